package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.statistics.FitMethod;
import relax.scenarios.statistics.Estimand;
import relax.scenarios.statistics.ExperimentAnalysis;
import relax.scenarios.statistics.Interval;
import relax.scenarios.statistics.IntervalMethod;

/**
 * The options of finite-statistics analysis shared by the commands that solve behaviour files: fitting counts that
 * signal by noise ({@code --fit}), the test of that signalling, and confidence intervals ({@code --confidence}). The
 * work is {@link ExperimentAnalysis}'s; this class reads the options and adds the results to a command's record.
 */
public final class StatisticsOptions {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Most bootstrap replicates or simulated test experiments accepted. */
    static final int MAX_SAMPLES = 1_000_000;

    @Option(names = "--fit", paramLabel = "l1|ml",
            description = "Fit the behaviour to the closest one the structure can produce, in l1 distance (l1, an LP with a certificate) or by maximum "
                    + "likelihood (ml, needs counts), test whether the deviation is statistically significant (likelihood ratio), and solve on the fit.")
    String fit;

    @Option(names = "--fit-no-signalling",
            description = "With --fit l1: fit onto the behaviours of the structure that are also no-signalling (no party's input changes the other's "
                    + "marginal), as space-like separated parties produce; removes the bias that noise in Bob's marginal puts into C_X->B "
                    + "(docs/statistics.md, section 4). The test stays against the structure's behaviours.")
    boolean noSignalling;

    @Option(names = "--confidence", paramLabel = "C",
            description = "Also give a confidence interval at level C (e.g. 0.95) on the measure: needs counts. See docs/statistics.md.")
    Double confidence;

    @Option(names = "--interval", paramLabel = "METHOD", defaultValue = "both",
            description = "Which interval: bootstrap (parametric bootstrap, two-sided), certificate (a lower bound from a certificate found on half the runs "
                    + "and evaluated on the other half; assumes i.i.d. runs), or both (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--samples", paramLabel = "B", defaultValue = "1000", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--test-samples", paramLabel = "B", defaultValue = "199",
            description = "Simulated experiments of the parametric-bootstrap p-value of the fit's test; 0 for the asymptotic chi-squared p-value only "
                    + "(default: ${DEFAULT-VALUE}).")
    int testSamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of every random stream (bootstrap, split, test); the same seed gives the same numbers on any number of cores (default: ${DEFAULT-VALUE}).")
    long seed;

    /** Whether any statistics were asked for. */
    boolean active() {
        return fit != null || confidence != null;
    }

    /** The request, validated (bad values: IllegalArgumentException naming the option). */
    ExperimentAnalysis.Request request() {
        FitMethod method = fit == null ? null : FitMethod.fromKey(fit);
        if (noSignalling && method != FitMethod.L1) {
            throw new IllegalArgumentException(method == null ? "--fit-no-signalling needs --fit l1" : relax.scenarios.statistics.Fitting.NO_SIGNALLING_ML);
        }
        double level = confidence == null ? Double.NaN : Interval.checkLevel(confidence);
        Set<IntervalMethod> methods = interval.equalsIgnoreCase("both") ? EnumSet.allOf(IntervalMethod.class) : EnumSet.of(IntervalMethod.fromKey(interval));
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("--samples must be between 1 and " + MAX_SAMPLES + ", got " + samples);
        }
        if (testSamples < 0 || testSamples > MAX_SAMPLES) {
            throw new IllegalArgumentException("--test-samples must be between 0 and " + MAX_SAMPLES + ", got " + testSamples);
        }
        return new ExperimentAnalysis.Request(method, noSignalling, level, methods, samples, testSamples, seed);
    }

    /**
     * Checks the options against the command's measure before anything is solved: an interval needs a measure.
     *
     * @param estimand the measure, or null when the command has none (lhv)
     */
    void check(Estimand estimand) {
        ExperimentAnalysis.Request r = request();
        if (r.intervals() && estimand == null) {
            throw new IllegalArgumentException("--confidence needs a measure, and this model has none: use --fit for a test of the model");
        }
    }

    /**
     * Fits and tests {@code p} when asked (see {@link ExperimentAnalysis#prepare}); checks that intervals have counts.
     *
     * @param fitSpaces the structure's strategies for p's scenario (null result: nothing to fit), built only when asked
     */
    ExperimentAnalysis.Prepared prepare(Behaviour p, java.util.function.Supplier<StrategySpace> fitSpaces, SolveOptions options, StatusLine progress) {
        ExperimentAnalysis.Request r = request();
        if (!active()) {
            return ExperimentAnalysis.prepare(p, null, r, options, n -> { });
        }
        StrategySpace fitSpace = fitSpaces.get();
        if (r.intervals() && p.counts().isEmpty()) {
            throw new IllegalArgumentException("--confidence resamples and splits runs, so it needs counts (\"counts\" or a CSV count column), and this file "
                    + "gives probabilities");
        }
        if (r.intervals() && r.fit() == null && fitSpace != null) {
            throw new IllegalArgumentException("--confidence resamples counts, and resampled counts signal by noise: give --fit l1 or --fit ml so that every "
                    + "resample is fitted like the data");
        }
        SweepProgressBar bar = new SweepProgressBar(progress, "likelihood-ratio test", r.testSamples());
        ExperimentAnalysis.Prepared prepared = ExperimentAnalysis.prepare(p, fitSpace, r, options, bar::step);
        progress.done();
        return prepared;
    }

    /**
     * The command's record with the statistics added: for text, the data/fit/test lines after the first line and the
     * intervals at the end; for JSON, the fields {@code counts}, {@code fitted}, {@code test}, {@code interval},
     * {@code confidence}, {@code interval_method}, {@code intervals}, {@code seed}. Intervals are computed here (when
     * asked and the solve was optimal).
     */
    String record(String report, boolean json, ExperimentAnalysis.Prepared prepared, Estimand estimand, Status status, SolveOptions options,
            StatusLine progress) {
        if (!active()) {
            return report;
        }
        ExperimentAnalysis.Request r = request();
        List<Interval> intervals = List.of();
        if (r.intervals() && status == Status.OPTIMAL && !prepared.fitFailed()) {
            SweepProgressBar bar = new SweepProgressBar(progress, "bootstrap", r.methods().contains(IntervalMethod.BOOTSTRAP) ? r.samples() : 0);
            intervals = ExperimentAnalysis.intervals(prepared, estimand, r, options, bar::step);
            progress.done();
        }
        if (!json) {
            return StatisticsReport.text(report, prepared, intervals, estimand == null ? "" : estimand.symbol(), r);
        }
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(report);
            StatisticsReport.json(n, prepared, intervals, r);
            return n.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a report is not JSON", e);
        }
    }

    /** The exit code the statistics imply: solver failure if a fit was asked and failed. */
    static int exit(ExperimentAnalysis.Prepared prepared) {
        return prepared.fitFailed() ? ExitCode.SOLVER_FAILURE : ExitCode.OPTIMAL;
    }

    /** A progress bar for parallel work, safe to call from any thread; shows nothing for zero steps. */
    private static final class SweepProgressBar {
        private final relax.scenarios.reproduce.curves.SweepProgress bar;
        private final int total;

        SweepProgressBar(StatusLine line, String what, int total) {
            this.bar = total > 0 ? line.bar(what) : relax.scenarios.reproduce.curves.SweepProgress.NONE;
            this.total = total;
        }

        synchronized void step(int done) {
            bar.step(done, total);
        }
    }
}
