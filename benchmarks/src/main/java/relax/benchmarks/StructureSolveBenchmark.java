package relax.benchmarks;

import java.util.List;
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
import relax.core.Behaviour;
import relax.core.structure.CausalStructure;
import relax.core.structure.StructureStrategies;
import relax.lp.engine.SolveOptions;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.lp.solver.LpBackend;
import relax.scenarios.analysis.BenchmarkSuite;
import relax.scenarios.io.StructureFile;

/**
 * Is a whole relaxation (LP, column generation where the space is large, exact certificate) as fast through a
 * shipped structure file ({@code --structure x2b}) as through the hand-written space ({@code --model x2b})? The
 * {@link BenchmarkSuite} cases under X→B, ojAlgo alone, default method. The strategy columns differ in order, so
 * the LPs may stop at different optimal vertices; a failed or unverified solve throws.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StructureSolveBenchmark {

    @Param({"chsh", "3322", "cglmp4", "x2b-m4"})
    public String instance;

    @Param({"hand", "generic"})
    public String implementation;

    private Relaxation relaxation;
    private SolveOptions options;

    @Setup
    public void setUp() {
        BenchmarkSuite.Case c = BenchmarkSuite.named(instance);
        Behaviour p = c.behaviour();
        if (implementation.equals("hand")) {
            relaxation = c.relaxation();
        } else {
            CausalStructure s = StructureFile.load(c.model().key(), 1e-9).resolve(p.scenario(), instance);
            relaxation = new Relaxation(new StructureStrategies(s), BehaviourConstraints.reproducing(StructureFile.behaviourFor(s, p, instance)));
        }
        options = SolveOptions.defaults().withBackends(List.of(LpBackend.named("ojalgo")));
    }

    @Benchmark
    public double solve() {
        RelaxationResult r = relaxation.solve(options);
        if (!r.verified()) {
            throw new IllegalStateException(instance + " (" + implementation + ") was not verified: " + r.diagnostics());
        }
        return r.value();
    }
}
