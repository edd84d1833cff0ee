package relax.scenarios.statistics;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.statistics.Fit;
import relax.lp.statistics.FitMethod;

/**
 * The parametric bootstrap of a measure over the multinomial counts (Efron &amp; Tibshirani 1993, §6.5; Davison &amp;
 * Hinkley 1997, §5.2): B simulated experiments with the same runs n_x per input block, each run's outcome drawn from the
 * estimated behaviour p̃ (the fitted behaviour, in the structure's set); each simulated experiment is analysed exactly as
 * the real one — fitted by the same method when the structure requires it, then the measure solved and certified —
 * giving θ*_1 … θ*_B around the estimate θ̂ = θ(p̃). The interval at level c is the <i>basic</i> bootstrap interval
 * <pre>
 *   [ max(0, 2θ̂ − θ*_(k_hi)),  max(0, 2θ̂ − θ*_(k_lo)) ],   k_lo = max(1, ⌊(B+1)(1−c)/2⌋),  k_hi = min(B, ⌈(B+1)(1+c)/2⌉),
 * </pre>
 * over the sorted replicates: it assumes θ̂ − θ is distributed like θ* − θ̂, and so corrects the estimate's bias, which
 * is large here: a minimum over models is a convex function of p, and noise that looks like signalling the structure
 * allows (Bob's marginal moving with x, under x2b) is paid for by the measure — at a local behaviour every replicate has
 * θ* &gt; 0, and the plain percentile interval [θ*_(k_lo), θ*_(k_hi)] never contains the true value 0
 * (docs/statistics.md, coverage table).
 *
 * <p>Replicate b draws from random stream {@code 1 + b} of the seed ({@link Sampling#stream}); replicates run in
 * parallel and the result does not depend on the number of threads.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * The replicates of one bootstrap.
     *
     * @param estimate θ̂, the measure at the behaviour the replicates are drawn from (NaN if it could not be solved)
     * @param values   θ*_b of every replicate that was solved, sorted
     * @param failures replicates whose fit or solve failed (left out; reported)
     */
    public record Replicates(double estimate, double[] values, int failures) {

        /** The basic bootstrap interval at level {@code confidence} (see the class comment). */
        public Interval interval(double confidence) {
            int b = values.length;
            if (b == 0 || Double.isNaN(estimate)) {
                return new Interval(IntervalMethod.BOOTSTRAP, confidence, Double.NaN, Double.NaN, 0, failures,
                        b == 0 ? "every replicate failed" : "the estimate could not be solved");
            }
            int lo = (int) Math.max(1, Math.floor((b + 1) * (1 - confidence) / 2));
            int hi = (int) Math.min(b, Math.ceil((b + 1) * (1 + confidence) / 2));
            return new Interval(IntervalMethod.BOOTSTRAP, confidence, Math.max(0, 2 * estimate - values[hi - 1]), Math.max(0, 2 * estimate - values[lo - 1]),
                    b, failures, b + " replicates" + (failures > 0 ? " (" + failures + " failed and were left out)" : ""));
        }
    }

    /**
     * Runs the bootstrap.
     *
     * @param data       the experiment (counts; its runs per block are reused)
     * @param generating the behaviour replicates are drawn from (the fitted behaviour, or the frequencies when nothing is fitted)
     * @param fit        how replicates are fitted when {@code estimand} needs it (must then be non-null)
     * @param noSignalling whether the fit is onto the no-signalling behaviours of the structure
     * @param progress   receives the number of replicates done
     */
    public static Replicates run(Behaviour data, Behaviour generating, Estimand estimand, FitMethod fit, boolean noSignalling, int samples, long seed,
            SolveOptions options, IntConsumer progress) {
        long[] runs = data.countTotals().orElseThrow(() -> new IllegalArgumentException("a bootstrap over counts needs counts"));
        StrategySpace space = estimand.fitSpace(data.scenario());
        if (space != null && fit == null) {
            throw new IllegalArgumentException("resampled counts signal: give --fit l1 or --fit ml so that each replicate is fitted like the data");
        }
        SolveOptions single = options.withThreads(1);
        Estimand.Evaluation centre = estimand.evaluate(generating, single);
        Double[] theta = Parallel.run(samples, options.threads(), b -> {
            UniformRandomProvider rng = Sampling.stream(seed, 1 + b);
            Behaviour replicate = Sampling.experiment(generating, runs, rng);
            Behaviour solved = replicate;
            if (space != null) {
                Fit f = Fitting.fit(replicate, space, fit, noSignalling, single);
                if (f.status() != Status.OPTIMAL) {
                    return null;
                }
                solved = f.fitted();
            }
            Estimand.Evaluation e = estimand.evaluate(solved, single);
            return e.status() == Status.OPTIMAL ? e.value() : null;
        }, Double[]::new, progress);
        double[] values = Arrays.stream(theta).filter(v -> v != null).mapToDouble(Double::doubleValue).sorted().toArray();
        return new Replicates(centre.status() == Status.OPTIMAL ? centre.value() : Double.NaN, values, samples - values.length);
    }
}
