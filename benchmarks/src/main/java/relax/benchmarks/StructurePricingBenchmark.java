package relax.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.strategy.StrategySpace;
import relax.core.structure.StructureStrategies;
import relax.scenarios.io.StructureFile;

/**
 * Is the generic pricing search of a structure file ({@link StructureStrategies}: all tables but one sink enumerated,
 * the sink optimised per slice) as fast as the hand-written one ({@link relax.core.locality.LocalityStrategies}) on the
 * same Fig. 1 structures? Both do the same work in the same order of magnitude, |α|·|μ|·my·(mx·ob + S·P) (see
 * LocalityStrategies#price), so the ratio measures the generic bookkeeping. m inputs per side, two outputs; z and w
 * seeded random.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StructurePricingBenchmark {

    @Param({"x2b:4", "x2b:6", "a2b:6", "comm:6", "lhv:10"})
    public String space;

    @Param({"hand", "generic"})
    public String implementation;

    private PricingCall call;

    @Setup
    public void setUp() {
        String[] parts = space.split(":");
        int m = Integer.parseInt(parts[1]);
        Scenario s = Scenario.bipartite(m, m, 2, 2);
        StrategySpace strategies = implementation.equals("hand") ? CausalModel.fromKey(parts[0]).strategies(s)
                : new StructureStrategies(StructureFile.load(parts[0], 1e-9).resolve(s, parts[0]));
        call = new PricingCall(strategies);
    }

    @Benchmark
    public double price() {
        return call.price();
    }
}
