package relax.benchmarks;

import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
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
import relax.lp.solver.LpBackend;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.BenchmarkSuite;

/**
 * How long does a whole relaxation take per LP backend and method, including the exact certificate
 * check? Cases from {@link BenchmarkSuite}: CHSH, 3322, CGLMP d = 4 and 8, and X→B with m = 4 by column
 * generation (the enumerated m = 4 LP has 2^20 columns and is left to {@code relax bench} users with
 * time to spare). Each backend runs alone, without fallback; a failed solve throws, so it cannot pass
 * for a fast one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SolveBenchmark {

    @Param({"chsh:enumerate", "chsh:colgen", "3322:enumerate", "3322:colgen", "cglmp4:enumerate", "cglmp4:colgen", "cglmp8:colgen",
            "x2b-m4:colgen"})
    public String instance;

    @Param({"ojalgo", "glop", "clp", "highs"})
    public String backend;

    private Relaxation relaxation;
    private SolveOptions options;

    @Setup
    public void setUp() {
        String[] parts = instance.split(":");
        relaxation = BenchmarkSuite.named(parts[0]).relaxation();
        Method method = Method.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
        options = SolveOptions.defaults().withBackends(List.of(LpBackend.named(backend))).withMethod(method);
    }

    @Benchmark
    public double solve() {
        RelaxationResult r = relaxation.solve(options);
        if (!r.verified()) {
            throw new IllegalStateException(instance + " with " + backend + " was not verified: " + r.diagnostics());
        }
        return r.value();
    }
}
