package relax.lp.dependence;

import relax.lp.exact.ExactCertificate;
import relax.lp.exact.Rationals;
import relax.lp.relaxation.BehaviourConstraints;

import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.locality.LhvStrategies;

/**
 * A dual certificate of the measurement-dependence LP (Chaves et al. 2015, Theorem 6 specialised to eqs. 41–42),
 * re-verified in exact rational arithmetic. It is a vector ẑ over the behaviour entries — a Bell-like
 * functional — and, for M_Hall, weights u ≥ 0 over pairs of input tuples with Σ u ≤ 1, such that for
 * every deterministic local strategy λ (ŵ_x = ẑ(λ(x)|x), ζ_x = ŵ_x / p(x)):
 * <pre>
 *   M:      Σ_x p(x) max(ζ_x, max_t ζ_t − 2) ≤ 0,
 *   M_Hall: Σ_{x∈T} ŵ_x ≤ Σ_{pairs {x,x'} separated by T} u_{x,x'}   for every non-empty set T of input tuples.
 * </pre>
 * Then every measurement-dependent model whose behaviour meets the constraint rows obeys
 * <pre>  ⟨ẑ, p⟩ ≤ M   (respectively M_Hall),</pre>
 * and ⟨ẑ, p⟩ = Σ_k ŷ_k g_k is the {@link #bound()}. Proof for M: for each λ with p(λ) &gt; 0 write
 * q(x,λ) = p(λ) Q(x); maximising Σ_x Q(x) ζ_x − ‖Q − p‖₁ over distributions Q moves the mass of every x
 * with ζ_x &lt; ζ_max − 2 to the best tuple, giving the left side above, so Σ_x ζ_x q(x,λ) ≤
 * Σ_x |q(x,λ) − p(x) p(λ)|; summing over λ gives ⟨ẑ, p⟩ ≤ M. For M_Hall the layer-cake decomposition of
 * r_x = q(x,λ)/p(x) gives Σ_x ŵ_x r_x ≤ Σ_pairs u |r_x − r_x'|, and Σ_pairs u (…) ≤ M_Hall.
 *
 * <p>How it is checked ({@link #verify}): the LP multipliers are rounded to nearby rationals, ẑ is formed
 * exactly, and the exact maximum δ over all strategies (and rays) of the left side, per unit of ⟨p, ε⟩,
 * is found (a floating-point pass over every strategy selects the candidates within a safe margin of the
 * maximum; those are evaluated in rational arithmetic). Subtracting δ·p(x) from every entry of block x
 * lowers each left side and the bound by exactly δ, which makes any rounded dual feasible. The result is
 * a proof whatever the solver's accuracy; only its tightness depends on the solver.
 *
 * <p>A second kind ({@link #infeasibility}) proves that no behaviour at all meets the constraint rows
 * (Farkas): max over behaviours of ⟨ẑ, p⟩ = Σ_x max_a ẑ(a|x) is below Σ_k ŷ_k g_k.
 */
public final class MeasurementDependenceCertificate extends ExactCertificate {
    private static final int[] DENOMINATOR_LIMITS = {64, 4096, 1 << 20};

    private final BigFraction[] pairWeights;

    private MeasurementDependenceCertificate(BigFraction[] entryWeights, BigFraction[] pairWeights, BigFraction bound, boolean checked,
            boolean infeasibilityProof, String note) {
        super(entryWeights, bound, checked, infeasibilityProof, note);
        this.pairWeights = pairWeights;
    }

    /**
     * Builds and exactly verifies a lower-bound certificate from floating-point LP multipliers.
     *
     * @param rows   the LP's row layout (constraint rows, then block normalisations of tuples 1…S−1)
     * @param y      one multiplier per constraint row and per block-normalisation row; not modified
     * @param u      one non-negative weight per ℓ1 term (M_Hall pairs; ignored for M); not modified
     * @param target the LP optimum: rounding is refined until the bound is within 1e-10 of it
     */
    static MeasurementDependenceCertificate verify(Rows rows, double[] y, double[] u, double target) {
        MeasurementDependenceCertificate best = null;
        for (int limit : DENOMINATOR_LIMITS) {
            MeasurementDependenceCertificate c = verifyRounded(rows, Rationals.round(y, limit), Rationals.round(u, limit));
            if (best == null || c.betterThan(best)) {
                best = c;
            }
            if (c.boundValue() >= target - 1e-10) {
                return c;
            }
        }
        MeasurementDependenceCertificate exact = verifyRounded(rows, Rationals.exact(y), Rationals.exact(u));
        return exact.betterThan(best) ? exact : best;
    }

    private static MeasurementDependenceCertificate verifyRounded(Rows rows, BigFraction[] y, BigFraction[] u) {
        MeasurementDependenceMeasure measure = rows.measure();
        BigFraction weight = BigFraction.ZERO;
        for (int i = 0; i < u.length; i++) {
            if (measure == MeasurementDependenceMeasure.M || u[i].compareTo(BigFraction.ZERO) < 0) {
                u[i] = BigFraction.ZERO;
            }
            weight = weight.add(u[i]);
        }
        if (weight.compareTo(BigFraction.ONE) > 0) {
            y = Rationals.divide(y, weight);
            u = Rationals.divide(u, weight);
        }
        BigFraction[] z = rows.entryWeights(y);
        BigFraction dualObjective = rows.dualObjective(y);
        BigFraction delta = maxScore(rows, z, u);
        BigFraction bound = dualObjective.subtract(delta);
        if (bound.compareTo(BigFraction.ZERO) <= 0) {
            BigFraction[] zero = new BigFraction[z.length];
            Arrays.fill(zero, BigFraction.ZERO);
            BigFraction[] noPairs = new BigFraction[u.length];
            Arrays.fill(noPairs, BigFraction.ZERO);
            return new MeasurementDependenceCertificate(zero, noPairs, BigFraction.ZERO, true, false, "trivial: the measure is >= 0");
        }
        int k = rows.space().scenario().outcomesPerBlock();
        for (int j = 0; j < z.length; j++) {
            z[j] = z[j].subtract(delta.multiply(rows.inputs().exact(j / k)));
        }
        String note = delta.getNumerator().signum() == 0 ? "dual feasible as rounded"
                : "shifted by " + delta.doubleValue() + " along the normalisation to make it exactly feasible";
        return new MeasurementDependenceCertificate(z, u, bound, true, false, note);
    }

    /**
     * Exact max over strategies λ (and, for M_Hall, rays 1_T) of the score: a double pass over all
     * strategies, then rational arithmetic on every strategy within a margin of the double maximum that
     * safely exceeds the rounding error of the double pass — for M its closed form
     * {@link MeasurementDependenceMeasure#exactScore}, for M_Hall every set T whose double score is within
     * the same margin (exact (Σ_{x∈T} ŵ_x − u(δT)) / p(T), cut and mass formed exactly for those sets only;
     * the 2^S sets of every near-optimal strategy in rational arithmetic took 14 s on four-party GHZ).
     */
    private static BigFraction maxScore(Rows rows, BigFraction[] z, BigFraction[] u) {
        LhvStrategies space = rows.space();
        MeasurementDependenceMeasure measure = rows.measure();
        int blocks = space.scenario().inputBlocks();
        int k = space.scenario().outcomesPerBlock();
        double[] zd = new double[z.length];
        double scale = 1;
        for (int j = 0; j < z.length; j++) {
            zd[j] = z[j].doubleValue();
            scale = Math.max(scale, Math.abs(zd[j]) / rows.inputs().get(j / k));
        }
        double[] ud = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            ud[i] = u[i].doubleValue();
        }
        double[] p = rows.inputs().toArray();
        MeasurementDependenceMeasure.Cuts cuts = new MeasurementDependenceMeasure.Cuts(measure, ud, p);
        double[] scratch = new double[measure == MeasurementDependenceMeasure.HALL ? 1 << blocks : 0];
        int[] o = new int[blocks];
        double[] w = new double[blocks];
        long[] ray = new long[1];
        double max = Double.NEGATIVE_INFINITY;
        for (long lambda = 0; lambda < space.size(); lambda++) {
            max = Math.max(max, doubleScore(rows, lambda, zd, p, cuts, scratch, o, w, ray));
        }
        double minMass = Double.POSITIVE_INFINITY;
        for (double v : p) {
            minMass = Math.min(minMass, v);
        }
        double margin = 1e-9 * (1 + scale * blocks / minMass);
        BigFraction[] pe = new BigFraction[blocks];
        for (int s = 0; s < blocks; s++) {
            pe[s] = rows.inputs().exact(s);
        }
        ExactCuts exactCuts = measure == MeasurementDependenceMeasure.HALL ? new ExactCuts(u, pe) : null;
        BigFraction[] we = new BigFraction[blocks];
        BigFraction best = null;
        for (long lambda = 0; lambda < space.size(); lambda++) {
            if (doubleScore(rows, lambda, zd, p, cuts, scratch, o, w, ray) < max - margin) {
                continue;
            }
            space.outcomes(lambda, o);
            for (int s = 0; s < blocks; s++) {
                we[s] = z[s * k + o[s]];
            }
            if (measure == MeasurementDependenceMeasure.M) {
                BigFraction v = measure.exactScore(we, pe);
                best = best == null || v.compareTo(best) > 0 ? v : best;
                continue;
            }
            // scratch[T] = Σ_{x∈T} ŵ_x in doubles, left by doubleScore
            for (int set = 1; set < 1 << blocks; set++) {
                if ((scratch[set] - cuts.cut[set]) / cuts.mass[set] < max - margin) {
                    continue;
                }
                BigFraction v = exactCuts.score(set, we);
                best = best == null || v.compareTo(best) > 0 ? v : best;
            }
        }
        return best;
    }

    private static double doubleScore(Rows rows, long lambda, double[] zd, double[] p, MeasurementDependenceMeasure.Cuts cuts, double[] scratch,
            int[] o, double[] w, long[] ray) {
        int k = rows.space().scenario().outcomesPerBlock();
        rows.space().outcomes(lambda, o);
        for (int s = 0; s < o.length; s++) {
            w[s] = zd[s * k + o[s]];
        }
        return rows.measure().score(w, p, cuts, scratch, ray);
    }

    /** The exact cut weight u(δT) and mass p(T) of sets T of input tuples (M_Hall), formed on first use. */
    private static final class ExactCuts {
        private final BigFraction[] u;
        private final BigFraction[] p;
        private final BigFraction[] cut;
        private final BigFraction[] mass;

        ExactCuts(BigFraction[] u, BigFraction[] p) {
            this.u = u;
            this.p = p;
            this.cut = new BigFraction[1 << p.length];
            this.mass = new BigFraction[1 << p.length];
        }

        /** (Σ_{x∈T} w_x − u(δT)) / p(T) exactly, for the set T coded by {@code set}. */
        BigFraction score(int set, BigFraction[] w) {
            int blocks = p.length;
            if (cut[set] == null) {
                BigFraction c = BigFraction.ZERO;
                BigFraction m = BigFraction.ZERO;
                for (int s = 0; s < blocks; s++) {
                    boolean in = (set >>> s & 1) != 0;
                    if (in) {
                        m = m.add(p[s]);
                    }
                    for (int t = s + 1; t < blocks; t++) {
                        if (in != ((set >>> t & 1) != 0)) {
                            c = c.add(u[MeasurementDependenceMeasure.pair(s, t, blocks)]);
                        }
                    }
                }
                cut[set] = c;
                mass[set] = m;
            }
            BigFraction sum = BigFraction.ZERO;
            for (int s = 0; s < blocks; s++) {
                if ((set >>> s & 1) != 0) {
                    sum = sum.add(w[s]);
                }
            }
            return sum.subtract(cut[set]).divide(mass[set]);
        }
    }

    /**
     * A Farkas certificate that no behaviour meets the rows, built from phase-1 multipliers and checked
     * exactly: Σ_x max_a ẑ(a|x) &lt; Σ_k ŷ_k g_k. If the check fails the returned certificate is not
     * {@link #provesInfeasible()}.
     */
    static MeasurementDependenceCertificate infeasibility(Rows rows, double[] y) {
        int k = rows.space().scenario().outcomesPerBlock();
        int blocks = rows.space().scenario().inputBlocks();
        for (int limit : DENOMINATOR_LIMITS) {
            BigFraction[] yr = Rationals.round(y, limit);
            BigFraction[] z = rows.entryWeights(yr);
            BigFraction best = BigFraction.ZERO;
            for (int s = 0; s < blocks; s++) {
                BigFraction m = z[s * k];
                for (int a = 1; a < k; a++) {
                    m = z[s * k + a].compareTo(m) > 0 ? z[s * k + a] : m;
                }
                best = best.add(m);
            }
            BigFraction violation = rows.dualObjective(yr).subtract(best);
            if (violation.compareTo(BigFraction.ZERO) > 0) {
                return new MeasurementDependenceCertificate(z, new BigFraction[0], violation, true, true,
                        "no behaviour meets the constraints: the functional below is at most " + best.doubleValue()
                                + " on every behaviour, but the constraints force it to " + rows.dualObjective(yr).doubleValue());
            }
        }
        return new MeasurementDependenceCertificate(new BigFraction[0], new BigFraction[0], BigFraction.ZERO, false, false,
                "the phase-1 multipliers did not round to an exact infeasibility proof");
    }

    /** u over pairs of input tuples (M_Hall; empty or zero for M), exact (a copy). */
    public BigFraction[] pairWeights() {
        return pairWeights.clone();
    }

    /**
     * The row layout of the LP the multipliers belong to: constraint rows, then normalisation rows
     * Σ_a p(a|x) = 1 for input tuples 1…S−1 (tuple 0's normalisation is the constraints' own
     * normalisation combination).
     */
    record Rows(LhvStrategies space, BehaviourConstraints constraints, InputDistribution inputs, MeasurementDependenceMeasure measure) {

        /** ẑ = Σ_k y_k r_k + Σ_{x≥1} ρ_x 1_x over behaviour entries, exactly. */
        BigFraction[] entryWeights(BigFraction[] y) {
            int rowsK = constraints.rows();
            BigFraction[] z = constraints.entryWeights(Arrays.copyOf(y, rowsK));
            int k = space.scenario().outcomesPerBlock();
            for (int s = 1; s < space.scenario().inputBlocks(); s++) {
                BigFraction rho = y[rowsK + s - 1];
                for (int a = 0; a < k; a++) {
                    z[s * k + a] = z[s * k + a].add(rho);
                }
            }
            return z;
        }

        /** Σ_k y_k g_k + Σ_{x≥1} ρ_x, exactly. */
        BigFraction dualObjective(BigFraction[] y) {
            BigFraction d = BigFraction.ZERO;
            for (int r = 0; r < constraints.rows(); r++) {
                d = d.add(y[r].multiply(constraints.exactRhs(r)));
            }
            for (int s = 1; s < space.scenario().inputBlocks(); s++) {
                d = d.add(y[constraints.rows() + s - 1]);
            }
            return d;
        }
    }
}
