package relax.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import relax.core.locality.CausalModel;
import relax.core.locality.LocalityStrategies;
import relax.core.Scenario;

/**
 * How fast are deterministic strategies enumerated and turned into the sparse columns of T (one
 * behaviour entry per input block, Chaves et al. 2015 eq. 28) and C (the influence counts, eqs. 4, 29, 39)?
 *
 * <p>One invocation visits every strategy of the space (m inputs per side, two outputs) and writes
 * T and C in compressed-column form into arrays allocated once in setup: nothing is allocated per
 * strategy. The {@code nonzeros} counter is reported per second, the figure of docs/performance.md.
 * Expected scaling: linear in (number of strategies) × (mx·my + measure rows).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class StrategyMatrixBenchmark {

    @Param({"lhv:6", "x2b:3", "x2b:4", "a2b:4", "comm:4"})
    public String space;

    private LocalityStrategies strategies;
    private int[] entries;
    private int[] counts;
    private int[] tRows;
    private int[] cRows;
    private byte[] cValues;
    private int[] cStart;

    /** Nonzeros of T and C written, reported by JMH as a rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long nonzeros;

        @Setup(Level.Iteration)
        public void clear() {
            nonzeros = 0;
        }
    }

    @Setup
    public void setUp() {
        String[] parts = space.split(":");
        int m = Integer.parseInt(parts[1]);
        strategies = CausalModel.fromKey(parts[0]).strategies(Scenario.bipartite(m, m, 2, 2));
        int n = Math.toIntExact(strategies.size());
        entries = new int[m * m];
        counts = new int[strategies.measureRows()];
        tRows = new int[n * m * m];
        cRows = new int[n * counts.length];
        cValues = new byte[n * counts.length];
        cStart = new int[n + 1];
    }

    /** Builds T and C for the whole space in compressed sparse columns; returns C's nonzero count. */
    @Benchmark
    public int buildTandC(Counters counters) {
        int n = (int) strategies.size();
        int blocks = entries.length;
        int c = 0;
        int[] strategy = strategies.digits().first();
        for (int lambda = 0; lambda < n; lambda++, strategies.digits().next(strategy)) {
            strategies.column(strategy, entries);
            System.arraycopy(entries, 0, tRows, lambda * blocks, blocks);
            strategies.measureCounts(strategy, counts);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    cRows[c] = i;
                    cValues[c++] = (byte) counts[i];
                }
            }
            cStart[lambda + 1] = c;
        }
        counters.nonzeros += (long) n * blocks + c;
        return c;
    }
}
