package relax.scenarios.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.statistics.Fit;
import relax.lp.statistics.FitMethod;
import relax.scenarios.quantum.ExampleBehaviours;

/**
 * The empirical coverage of the confidence intervals: many experiments simulated from behaviours whose measure is known,
 * each analysed as a user would (fit, bootstrap interval, certificate bound), counting how often each interval contains
 * the true value. An interval procedure at level c should cover in at least a fraction c of experiments, up to Monte-Carlo
 * error sqrt(c(1−c)/experiments).
 *
 * <p>Experiment i of case k draws its counts from stream {@code 2^48 + 2^24·k + i} of the seed, its bootstrap and split
 * use seed {@code seed + 2^24·k + i + 1} ({@link Sampling#stream}).
 */
public final class Coverage {
    private static final long EXPERIMENT_STREAMS = 1L << 48;
    private static final long CASE_STRIDE = 1L << 24;

    private Coverage() {
    }

    /**
     * A behaviour with a known value of the measure of {@code model}.
     *
     * @param name     for the table
     * @param truth    the behaviour experiments are simulated from
     * @param model    the structure whose measure is estimated
     * @param value    the true measure (computed and certified by the engine; docs/statistics.md gives each analytically)
     */
    public record Case(String name, Behaviour truth, CausalModel model, double value) {
    }

    /**
     * One row of the table: how often each method's interval covered the true value at each level.
     *
     * @param covered  covered[m][l]: experiments whose interval of method m at level l contains the value
     * @param failures experiments whose analysis failed (not counted)
     */
    public record Row(Case c, double[] levels, int experiments, int[][] covered, double[][] meanLower, int failures) {

        /** The empirical coverage of method m at level index l. */
        public double coverage(IntervalMethod m, int l) {
            return (double) covered[m.ordinal()][l] / (experiments - failures);
        }
    }

    /** The default cases: Werner states and noisy PR boxes inside, and a local behaviour on the boundary (C_X→B = 0). */
    public static List<Case> defaultCases(SolveOptions options) {
        List<Case> cases = new ArrayList<>();
        cases.add(known("Werner v = 0.9, C_X→B = (1.8√2 − 2)/4", ExampleBehaviours.werner(0.9), CausalModel.X_TO_B, options));
        cases.add(known("noisy PR box v = 0.8, C_X→B = 0.3", ExampleBehaviours.prBox(0.8), CausalModel.X_TO_B, options));
        cases.add(known("PR box v = 1/2 (local, on the CHSH facet), C_X→B = 0", ExampleBehaviours.prBox(0.5), CausalModel.X_TO_B, options));
        cases.add(known("Werner v = 0.9, C_A→B = (1.8√2 − 2)/2", ExampleBehaviours.werner(0.9), CausalModel.A_TO_B, options));
        return cases;
    }

    /** A case whose value the engine computes (and certifies) on the exact behaviour. */
    public static Case known(String name, Behaviour truth, CausalModel model, SolveOptions options) {
        Estimand.Evaluation e = Estimand.influence(model).evaluate(truth, options);
        if (e.status() != Status.OPTIMAL) {
            throw new IllegalStateException("the true value of " + name + " could not be computed: " + e.reason());
        }
        return new Case(name, truth, model, e.value());
    }

    /**
     * Simulates and analyses {@code experiments} experiments per case.
     *
     * @param runs     runs per input block of every experiment
     * @param samples  bootstrap replicates per experiment
     * @param noSignalling whether every fit is onto the no-signalling behaviours of the structure
     * @param progress receives the number of experiments done (over all cases)
     */
    public static List<Row> run(List<Case> cases, double[] levels, int experiments, long runs, int samples, FitMethod fit, boolean noSignalling,
            long seed, SolveOptions options, IntConsumer progress) {
        List<Row> rows = new ArrayList<>();
        int[] done = {0};
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            long base = CASE_STRIDE * k;
            long[] perBlock = new long[c.truth().scenario().inputBlocks()];
            java.util.Arrays.fill(perBlock, runs);
            Estimand estimand = Estimand.influence(c.model());
            SolveOptions single = options.withThreads(1);
            int offset = done[0];
            Interval[][][] results = Parallel.run(experiments, options.threads(), i -> {
                Behaviour data = Sampling.experiment(c.truth(), perBlock, Sampling.stream(seed, EXPERIMENT_STREAMS + base + i));
                Fit f = Fitting.fit(data, estimand.fitSpace(data.scenario()), fit, noSignalling, single);
                if (f.status() != Status.OPTIMAL) {
                    return null;
                }
                long s = seed + base + i + 1;
                Bootstrap.Replicates replicates = Bootstrap.run(data, f.fitted(), estimand, fit, noSignalling, samples, s, single, n -> { });
                CertificateBound.Split split = CertificateBound.run(data, estimand, fit, noSignalling, s, single);
                Interval[][] r = new Interval[2][levels.length];
                for (int l = 0; l < levels.length; l++) {
                    r[IntervalMethod.BOOTSTRAP.ordinal()][l] = replicates.interval(levels[l]);
                    r[IntervalMethod.CERTIFICATE.ordinal()][l] = split.interval(levels[l]);
                }
                return r;
            }, Interval[][][]::new, n -> progress.accept(offset + n));
            done[0] += experiments;
            int[][] covered = new int[2][levels.length];
            double[][] meanLower = new double[2][levels.length];
            int failures = 0;
            for (Interval[][] r : results) {
                if (r == null || r[0][0].samples() == 0) {
                    failures++;
                    continue;
                }
                for (int m = 0; m < 2; m++) {
                    for (int l = 0; l < levels.length; l++) {
                        covered[m][l] += r[m][l].contains(c.value()) ? 1 : 0;
                        meanLower[m][l] += r[m][l].lower();
                    }
                }
            }
            for (int m = 0; m < 2; m++) {
                for (int l = 0; l < levels.length; l++) {
                    meanLower[m][l] /= Math.max(1, experiments - failures);
                }
            }
            rows.add(new Row(c, levels.clone(), experiments, covered, meanLower, failures));
        }
        return rows;
    }
}
