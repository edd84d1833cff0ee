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
import relax.core.locality.CausalModel;
import relax.core.Scenario;

/**
 * How long does one exact pricing search take, the step column generation and the exact certificate
 * check repeat? It maximises ⟨z, T_λ⟩ − ⟨w, C_λ⟩ over spaces of up to 2^42 strategies without
 * visiting them. Expected scaling: |α|·|μ|·my·(mx·ob + S·P) (see LocalityStrategies#price), e.g.
 * 2^m·m·(2m + 2^m·m) for X→B, 2^m·m·(2m + 2) for LHV. z and w are seeded random.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PricingBenchmark {

    @Param({"x2b:4", "x2b:6", "a2b:8", "comm:6", "lhv:10", "lhv:14"})
    public String space;

    private PricingCall call;

    @Setup
    public void setUp() {
        String[] parts = space.split(":");
        int m = Integer.parseInt(parts[1]);
        call = new PricingCall(CausalModel.fromKey(parts[0]).strategies(Scenario.bipartite(m, m, 2, 2)));
    }

    @Benchmark
    public double price() {
        return call.price();
    }
}
