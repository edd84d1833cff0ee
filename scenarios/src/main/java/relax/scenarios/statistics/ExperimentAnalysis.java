package relax.scenarios.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.statistics.Fit;
import relax.lp.statistics.FitMethod;

/**
 * The statistics of one experiment, around the usual analysis of a behaviour: before it, the fit of the data to the
 * structure's behaviours with the likelihood-ratio test of the deviation ({@link #prepare}); after it, the confidence
 * intervals on the measure ({@link #intervals}). The analysis itself runs on {@link Prepared#solved()}.
 */
public final class ExperimentAnalysis {
    private ExperimentAnalysis() {
    }

    /**
     * What the user asked for.
     *
     * @param fit         how to fit (null: no fit)
     * @param noSignalling whether the fit is onto the structure's no-signalling behaviours
     * @param confidence  the level of the intervals (NaN: no interval)
     * @param methods     which intervals
     * @param samples     bootstrap replicates
     * @param testSamples simulated experiments of the bootstrap likelihood-ratio test (0: asymptotic p-value only)
     * @param seed        the seed of every random stream
     */
    public record Request(FitMethod fit, boolean noSignalling, double confidence, Set<IntervalMethod> methods, int samples, int testSamples, long seed) {

        /** Whether intervals were asked for. */
        public boolean intervals() {
            return !Double.isNaN(confidence);
        }
    }

    /**
     * The data, its fit and test, and the behaviour the analysis solves.
     *
     * @param data   the behaviour as read
     * @param fit    the fit (null when none was asked or the structure needs none)
     * @param test   the likelihood-ratio test (null without a fit or without counts)
     * @param solved the behaviour to analyse: the fitted one, or the data when nothing was fitted or the fit failed
     * @param note   why nothing was fitted although a fit was asked (empty otherwise)
     */
    public record Prepared(Behaviour data, Fit fit, LikelihoodRatioTest.Result test, Behaviour solved, String note) {

        /** Whether a fit was asked and did not succeed (the analysis then runs on the data as read). */
        public boolean fitFailed() {
            return fit != null && fit.status() != Status.OPTIMAL;
        }
    }

    /**
     * Fits {@code data} to the behaviours of {@code fitSpace} and tests the deviation, when a fit is asked.
     *
     * @param fitSpace the structure's strategies (null when every behaviour has a model: nothing to fit)
     * @param progress receives the simulated experiments of the bootstrap test done
     * @throws IllegalArgumentException for a maximum-likelihood fit without counts
     */
    public static Prepared prepare(Behaviour data, StrategySpace fitSpace, Request request, SolveOptions options, IntConsumer progress) {
        if (request.fit() == null) {
            return new Prepared(data, null, null, data, "");
        }
        if (fitSpace == null) {
            return new Prepared(data, null, null, data, "every behaviour has a model of this structure: nothing to fit");
        }
        Fit fit = Fitting.fit(data, fitSpace, request.fit(), request.noSignalling(), options);
        LikelihoodRatioTest.Result test = data.counts().isPresent()
                ? LikelihoodRatioTest.run(data, fitSpace, options, request.testSamples(), request.seed(), progress) : null;
        return new Prepared(data, fit, test, fit.status() == Status.OPTIMAL ? fit.fitted() : data, "");
    }

    /**
     * The intervals asked for, on the measure {@code estimand}.
     *
     * @param progress receives the bootstrap replicates done
     * @throws IllegalArgumentException if the data have no counts, or the structure needs a fit and none was asked
     */
    public static List<Interval> intervals(Prepared prepared, Estimand estimand, Request request, SolveOptions options, IntConsumer progress) {
        Behaviour data = prepared.data();
        if (data.counts().isEmpty()) {
            throw new IllegalArgumentException("--confidence resamples and splits runs: it needs counts (\"counts\" or a CSV count column), "
                    + "and the file gives probabilities");
        }
        List<Interval> intervals = new ArrayList<>();
        for (IntervalMethod m : IntervalMethod.values()) {
            if (!request.methods().contains(m)) {
                continue;
            }
            intervals.add(switch (m) {
                case BOOTSTRAP -> Bootstrap.run(data, prepared.solved(), estimand, request.fit(), request.noSignalling(), request.samples(), request.seed(), options,
                        progress)
                        .interval(request.confidence());
                case CERTIFICATE -> CertificateBound.run(data, estimand, request.fit(), request.noSignalling(), request.seed(), options)
                        .interval(request.confidence());
            });
        }
        return intervals;
    }

    /** The one-line hint for counts that no model reproduces as they are: the fit that would analyse them. */
    public static String fitHint(Behaviour p) {
        return p.counts().isPresent() ? "; these are counts, which signal by sampling noise: --fit l1 or --fit ml fits them to the structure's behaviours, "
                + "tests whether the deviation is significant, and solves on the fit" : "";
    }
}
