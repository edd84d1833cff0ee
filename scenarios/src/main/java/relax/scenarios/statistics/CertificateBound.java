package relax.scenarios.statistics;

import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.rng.UniformRandomProvider;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.statistics.Fit;
import relax.lp.statistics.FitMethod;

/**
 * A one-sided lower confidence bound on a measure θ from a certificate, without resampling (docs/statistics.md derives it).
 * The runs of every input block are split at random into two halves (random stream 0 of the seed, {@link Sampling#split}).
 * On the first half the measure is solved (after fitting, when the structure needs it), giving an exactly checked
 * certificate ẑ with ⟨ẑ, p⟩ ≤ θ(p) for every behaviour p. On the second half, with n_x runs of block x and relative
 * frequencies f,
 * <pre>
 *   ⟨ẑ, f⟩ = Σ_x (1/n_x) Σ_{runs t of x} ẑ(a_t|x)
 * </pre>
 * is a sum of independent terms, the one of run t of block x lying in an interval of length R_x / n_x with
 * R_x = max_a ẑ(a|x) − min_a ẑ(a|x), and its mean is ⟨ẑ, p⟩. Hoeffding's inequality (1963, Theorem 2) gives
 * P(⟨ẑ, f⟩ − ⟨ẑ, p⟩ ≥ t) ≤ exp(−2t² / Σ_x R_x²/n_x), so with α = 1 − confidence
 * <pre>
 *   L = ⟨ẑ, f⟩ − sqrt( ln(1/α) · Σ_x R_x² / (2 n_x) )  ≤  ⟨ẑ, p⟩  ≤  θ(p)    with probability ≥ 1 − α,
 * </pre>
 * because ẑ depends only on the first half, which is independent of the second. The bound reported is max(0, L)
 * (every measure is ≥ 0). Assumptions: the runs of each block are independent and identically distributed (the settings
 * are fixed by design, as count files record them); nothing else — no asymptotics, no model of the noise.
 */
public final class CertificateBound {
    /** Random stream of the split ({@link Sampling#stream}). */
    public static final long SPLIT_STREAM = 0;

    private CertificateBound() {
    }

    /**
     * The certificate and second-half data behind the bound; {@link #interval} gives the bound at any level.
     *
     * @param status     OPTIMAL when the first half gave a certificate (otherwise the bound is 0)
     * @param certificate ẑ from the first half (null unless OPTIMAL)
     * @param score      ⟨ẑ, f⟩ on the second half
     * @param spread     Σ_x R_x² / (2 n_x) over the second half
     * @param firstRuns  runs in the first half, second in the second
     * @param reason     why there is no certificate (empty when OPTIMAL)
     */
    public record Split(Status status, BigFraction[] certificate, double score, double spread, long firstRuns, long secondRuns, String reason) {

        /** The bound [max(0, L), open] at level {@code confidence}. */
        public Interval interval(double confidence) {
            String halves = firstRuns + " runs to find the certificate, " + secondRuns + " to evaluate it";
            if (status != Status.OPTIMAL) {
                return new Interval(IntervalMethod.CERTIFICATE, confidence, 0, Double.NaN, 0, 0, "no certificate from the first half (" + reason + "): 0");
            }
            double l = score - Math.sqrt(Math.log(1 / (1 - confidence)) * spread);
            return new Interval(IntervalMethod.CERTIFICATE, confidence, Math.max(0, l), Double.NaN, 0, 0, halves);
        }
    }

    /**
     * Splits, solves on the first half and evaluates on the second.
     *
     * @param data counts with at least 2 runs per input block
     * @param fit  how the first half is fitted when {@code estimand} needs it (must then be non-null)
     * @param noSignalling whether the fit is onto the no-signalling behaviours of the structure
     */
    public static Split run(Behaviour data, Estimand estimand, FitMethod fit, boolean noSignalling, long seed, SolveOptions options) {
        Scenario s = data.scenario();
        long[] counts = data.counts().orElseThrow(() -> new IllegalArgumentException("the certificate bound splits runs: it needs counts"));
        for (long n : data.countTotals().orElseThrow()) {
            if (n < 2) {
                throw new IllegalArgumentException("the certificate bound splits the runs of every setting in two: each needs at least 2 runs");
            }
        }
        StrategySpace space = estimand.fitSpace(s);
        if (space != null && fit == null) {
            throw new IllegalArgumentException("the half-sample's counts signal: give --fit l1 or --fit ml so that it is fitted like the data");
        }
        UniformRandomProvider rng = Sampling.stream(seed, SPLIT_STREAM);
        long[][] halves = Sampling.split(s, counts, rng);
        Behaviour first = Behaviour.ofCounts(s, halves[0], data.name(), "first half");
        long firstRuns = 0;
        long secondRuns = 0;
        for (int e = 0; e < counts.length; e++) {
            firstRuns += halves[0][e];
            secondRuns += halves[1][e];
        }
        Behaviour solved = first;
        if (space != null) {
            Fit f = Fitting.fit(first, space, fit, noSignalling, options);
            if (f.status() != Status.OPTIMAL) {
                return new Split(f.status(), null, 0, 0, firstRuns, secondRuns, "its fit: " + f.reason());
            }
            solved = f.fitted();
        }
        Estimand.Evaluation e = estimand.evaluate(solved, options);
        if (e.status() != Status.OPTIMAL) {
            return new Split(e.status(), null, 0, 0, firstRuns, secondRuns, e.reason());
        }
        return evaluate(s, e.certificate(), halves[1], firstRuns, secondRuns);
    }

    /** ⟨ẑ, f⟩ and Σ_x R_x²/(2 n_x) on the second half's counts. */
    static Split evaluate(Scenario s, BigFraction[] z, long[] second, long firstRuns, long secondRuns) {
        int k = s.outcomesPerBlock();
        double score = 0;
        double spread = 0;
        for (int block = 0; block < s.inputBlocks(); block++) {
            long n = 0;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int o = 0; o < k; o++) {
                int e = block * k + o;
                double ze = z[e].doubleValue();
                n += second[e];
                sum += ze * second[e];
                max = Math.max(max, ze);
                min = Math.min(min, ze);
            }
            score += sum / n;
            spread += (max - min) * (max - min) / (2.0 * n);
        }
        return new Split(Status.OPTIMAL, z, score, spread, firstRuns, secondRuns, "");
    }
}
