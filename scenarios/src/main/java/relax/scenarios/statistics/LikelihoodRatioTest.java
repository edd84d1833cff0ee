package relax.scenarios.statistics;

import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;
import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.statistics.AffineHull;
import relax.lp.statistics.Fit;
import relax.lp.statistics.MaximumLikelihood;

/**
 * The likelihood-ratio test of whether counts N(a|x) are consistent with a causal structure — whether their signalling
 * (or, for the local structure, their nonlocality) exceeds what sampling noise explains. With f the relative frequencies
 * (the unconstrained maximum of the likelihood of independent multinomials per input block) and p̂ the
 * maximum-likelihood behaviour of the structure ({@link MaximumLikelihood}),
 * <pre>
 *   G = 2 Σ_e N_e ln(f_e / p̂_e)  ≥ 0.
 * </pre>
 * Two p-values, P(G' ≥ G) under the null hypothesis that the runs come from a behaviour of the structure:
 * <ul>
 *   <li><b>asymptotic χ²</b> with df = (entries − input blocks) − dim(structure's behaviours) degrees of freedom
 *       ({@link AffineHull}; Wilks' theorem). Valid as the counts grow when the true behaviour lies in the relative
 *       interior of the structure's set; on a face where inequalities are active (a local behaviour on a Bell facet) the
 *       null distribution is a mixture of χ² with more degrees of freedom (chi-bar-squared), so this p-value can be too
 *       small there;</li>
 *   <li><b>parametric bootstrap</b>: B experiments with the same runs per block simulated from p̂, each fitted again;
 *       p = (1 + #{G* ≥ G}) / (1 + B) (Davison &amp; Hinkley 1997, §4.2). Right for small counts and on faces
 *       (approximately: it treats p̂ as the truth).</li>
 * </ul>
 * G is computed at the certified fit, whose log-likelihood per run is within its gap γ of the maximum, so the reported
 * G exceeds the exact statistic by at most 2Nγ ({@link Result#statisticError}).
 */
public final class LikelihoodRatioTest {
    /** Random stream of simulated experiment b of the bootstrap test: {@code TEST_STREAMS + b} ({@link Sampling#stream}). */
    public static final long TEST_STREAMS = 1L << 40;

    private LikelihoodRatioTest() {
    }

    /**
     * The test's outcome.
     *
     * @param fit            the maximum-likelihood fit (its status says whether the test ran)
     * @param statistic      G (+∞ if the structure gives an observed outcome probability 0; NaN if the fit failed)
     * @param statisticError how far G may exceed the exact statistic (2N times the fit's certified gap)
     * @param df             the χ² degrees of freedom, when computed
     * @param asymptoticP    the asymptotic χ² p-value (NaN without df or with df = 0)
     * @param samples        simulated experiments of the bootstrap test that were fitted (0 if none was asked)
     * @param failures       simulated experiments whose fit failed (left out)
     * @param bootstrapP     the bootstrap p-value (NaN without samples)
     */
    public record Result(Fit fit, double statistic, double statisticError, OptionalInt df, double asymptoticP, int samples, int failures,
            double bootstrapP) {

        /** Whether the statistic was computed. */
        public boolean ran() {
            return fit.status() != Status.FAILED;
        }
    }

    /**
     * Runs the test.
     *
     * @param data     counts ({@link Behaviour#counts()} present)
     * @param space    the structure's strategies
     * @param samples  simulated experiments for the bootstrap p-value (0 for none)
     * @param seed     the seed of their random streams
     * @param progress receives the number of simulated experiments done
     */
    public static Result run(Behaviour data, StrategySpace space, SolveOptions options, int samples, long seed, IntConsumer progress) {
        Fit fit = new MaximumLikelihood(space, data).solve(options);
        OptionalInt df = degreesOfFreedom(space);
        if (fit.status() == Status.FAILED) {
            return new Result(fit, Double.NaN, Double.NaN, df, Double.NaN, 0, 0, Double.NaN);
        }
        if (fit.status() == Status.INFEASIBLE) {
            return new Result(fit, Double.POSITIVE_INFINITY, 0, df, 0, 0, 0, 0);
        }
        long[] counts = data.counts().orElseThrow();
        double g = statistic(counts, fit.fitted(), data.scenario().outcomesPerBlock());
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        double asymptotic = df.isPresent() && df.getAsInt() > 0 ? Gamma.regularizedGammaQ(df.getAsInt() / 2.0, g / 2) : Double.NaN;
        if (samples <= 0) {
            return new Result(fit, g, 2 * total * fit.gap(), df, asymptotic, 0, 0, Double.NaN);
        }
        long[] runs = data.countTotals().orElseThrow();
        Behaviour nul = fit.fitted();
        Double[] simulated = Parallel.run(samples, options.threads(), b -> {
            UniformRandomProvider rng = Sampling.stream(seed, TEST_STREAMS + b);
            Behaviour sample = Sampling.experiment(nul, runs, rng);
            Fit f = new MaximumLikelihood(space, sample).solve(options.withThreads(1));
            return f.status() == Status.OPTIMAL ? statistic(sample.counts().orElseThrow(), f.fitted(), data.scenario().outcomesPerBlock()) : null;
        }, Double[]::new, progress);
        int exceed = 0;
        int fitted = 0;
        for (Double s : simulated) {
            if (s != null) {
                fitted++;
                exceed += s >= g ? 1 : 0;
            }
        }
        return new Result(fit, g, 2 * total * fit.gap(), df, asymptotic, fitted, samples - fitted, (1.0 + exceed) / (1.0 + fitted));
    }

    /** (entries − blocks) − dim of the structure's behaviours, when {@link AffineHull} computes it. */
    public static OptionalInt degreesOfFreedom(StrategySpace space) {
        OptionalInt dim = AffineHull.dimension(space);
        return dim.isPresent() ? OptionalInt.of(space.scenario().size() - space.scenario().inputBlocks() - dim.getAsInt()) : OptionalInt.empty();
    }

    /** G = 2 Σ_e N_e ln(f_e / p_e), f_e = N_e / n(block of e). */
    static double statistic(long[] counts, Behaviour p, int outcomesPerBlock) {
        double g = 0;
        for (int block = 0; block < counts.length / outcomesPerBlock; block++) {
            long n = 0;
            for (int o = 0; o < outcomesPerBlock; o++) {
                n += counts[block * outcomesPerBlock + o];
            }
            for (int o = 0; o < outcomesPerBlock; o++) {
                int e = block * outcomesPerBlock + o;
                if (counts[e] > 0) {
                    g += 2 * counts[e] * Math.log((double) counts[e] / n / p.get(e));
                }
            }
        }
        return Math.max(0, g);
    }
}
