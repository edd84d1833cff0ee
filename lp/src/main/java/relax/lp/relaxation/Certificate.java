package relax.lp.relaxation;

import relax.lp.exact.ExactCertificate;
import relax.lp.exact.Rationals;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;

/**
 * A dual certificate (Chaves et al. 2015, Corollary 8, eq. 27), re-verified in exact rational arithmetic: a
 * vector ẑ over the behaviour entries and non-negative weights ŵ over the measure rows with Σ ŵ ≤ 1
 * such that, for every deterministic strategy λ,
 * <pre>  ⟨ẑ, T_λ⟩ ≤ Σ_i ŵ_i C_{i,λ}.</pre>
 * Averaging over any model q that meets the constraints gives the Bell-like inequality
 * ⟨ẑ, p⟩ ≤ max_i (C q)_i, i.e. {@link #bound()} ≤ measure. In functional mode ⟨ẑ, p⟩ = Σ_k ŷ_k g_k is
 * fixed by the constraints alone; in full mode it is ⟨ẑ, p_observed⟩.
 *
 * <p>With no measure rows (ŵ = 0) and a positive bound the certificate is a Farkas proof that no model
 * meets the constraints: every model satisfies ⟨ẑ, p⟩ ≤ 0, the constraints force ⟨ẑ, p⟩ = bound &gt; 0
 * ({@link #provesInfeasible()}).
 *
 * <p>How it is checked ({@link #verify}): the solver's floating-point multipliers y, w are rounded to
 * nearby rationals, ẑ = Σ y_k r_k is formed exactly (with the rows' exact coefficients), and the maximum
 * δ of ⟨ẑ, T_λ⟩ − ⟨ŵ, C_λ⟩ over all strategies is found exactly — with the strategy space's pricing
 * search run on integers (scaled by a common denominator, exact in double arithmetic below 2^53), or for
 * small spaces by exact enumeration — or, when neither applies (denominators too large for the integer
 * search on a space too large to enumerate), bounded from above rigorously: the pricing search in
 * floating point plus a bound on its rounding error ({@link #rigorousMax}). Small denominators (≤ 64,
 * 4096, 2^20 per multiplier) are tried first, since the optimal duals of these LPs are usually simple
 * fractions; then every multiplier rounded to one power of two. If δ &gt; 0 the certificate is repaired
 * by subtracting δ times the normalisation combination ν, which lowers every ⟨ẑ, T_λ⟩ and the bound by
 * exactly δ. The result is a proof about the constraints' exact data, whatever the solver's accuracy;
 * only its tightness depends on the solver.
 */
public final class Certificate extends ExactCertificate {
    private static final int[] DENOMINATOR_LIMITS = {64, 4096, 1 << 20};
    private static final double EXACT_INTEGER_LIMIT = 0x1p52;
    private static final long ENUMERATION_LIMIT = 1 << 16;

    private final BigFraction[] rowWeights;
    private final BigFraction[] measureWeights;

    private Certificate(BigFraction[] entryWeights, BigFraction[] rowWeights, BigFraction[] measureWeights, BigFraction bound,
            boolean checked, boolean infeasibilityProof, String note) {
        super(entryWeights, bound, checked, infeasibilityProof, note);
        this.rowWeights = rowWeights;
        this.measureWeights = measureWeights;
    }

    /**
     * Builds and exactly verifies a certificate from floating-point multipliers.
     *
     * @param space       the strategies of the causal structure
     * @param constraints the rows the multipliers belong to
     * @param y           one multiplier per constraint row; not modified
     * @param w           one multiplier per measure row (≥ 0 up to rounding); not modified
     * @param target      the value the certificate should reach (the LP optimum, or for a Farkas
     *                    certificate any positive number); rounding is refined until the bound is within
     *                    1e-10 of it, or the finest rounding is kept
     */
    public static Certificate verify(StrategySpace space, BehaviourConstraints constraints, double[] y, double[] w, double target) {
        Certificate best = null;
        for (int limit : DENOMINATOR_LIMITS) {
            Certificate c = verifyRounded(space, constraints, Rationals.round(y, limit), clipNegative(Rationals.round(w, limit)));
            if (best == null || c.betterThan(best)) {
                best = c;
            }
            if (c.isChecked() && c.boundValue() >= target - 1e-10) {
                return c;
            }
        }
        Certificate dyadic = verifyDyadic(space, constraints, y, w);
        return dyadic != null && dyadic.betterThan(best) ? dyadic : best;
    }

    /**
     * Rounds every multiplier to a multiple of one power of two 2^−k, k as large as keeps the integer
     * pricing search exact (every column's sum below 2^52 once scaled by 2^k). Unlike rounding each
     * multiplier to a small denominator, this always admits the exact check, whatever denominators the
     * solver's vertex has; the bound loses at most about (blocks + measure rows)·2^−k after repair. Null
     * if no k ≥ 1 fits.
     */
    private static Certificate verifyDyadic(StrategySpace space, BehaviourConstraints constraints, double[] y, double[] w) {
        double maxZ = 0;
        for (double z : constraints.entryWeights(y)) {
            maxZ = Math.max(maxZ, Math.abs(z));
        }
        double sumW = 0;
        for (double v : w) {
            sumW += Math.abs(v);
        }
        double budget = (maxZ + 1) * space.scenario().inputBlocks() + (sumW + 1) * space.measureScale();
        for (int k = Math.getExponent(EXACT_INTEGER_LIMIT / (4 * budget)); k >= 1; k -= 8) {
            Certificate c = verifyRounded(space, constraints, dyadic(y, k), clipNegative(dyadic(w, k)));
            if (c.isChecked()) {
                return c;
            }
        }
        return null;
    }

    private static BigFraction[] dyadic(double[] v, int k) {
        BigInteger denominator = BigInteger.ONE.shiftLeft(k);
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = new BigFraction(BigInteger.valueOf(Math.round(Math.scalb(v[i], k))), denominator);
        }
        return r;
    }

    private static Certificate verifyRounded(StrategySpace space, BehaviourConstraints constraints, BigFraction[] y, BigFraction[] w) {
        BigFraction[] z = constraints.entryWeights(y);
        BigFraction delta = maxScore(space, z, w);
        if (delta == null) {
            return new Certificate(z, y, w, BigFraction.ZERO, false, false,
                    "not verified: the multipliers are not finite");
        }
        BigFraction shift = delta.compareTo(BigFraction.ZERO) > 0 ? delta : BigFraction.ZERO;
        double[] nu = constraints.normalisation();
        BigFraction[] yShifted = y.clone();
        for (int k = 0; k < nu.length; k++) {
            if (nu[k] != 0) {
                yShifted[k] = yShifted[k].subtract(shift.multiply(new BigFraction(nu[k])));
            }
        }
        BigFraction g = BigFraction.ZERO;
        for (int k = 0; k < constraints.rows(); k++) {
            g = g.add(yShifted[k].multiply(constraints.exactRhs(k)));
        }
        BigFraction s = BigFraction.ZERO;
        for (BigFraction wi : w) {
            s = s.add(wi);
        }
        s = s.multiply(space.measureScale());
        boolean infeasible = g.compareTo(BigFraction.ZERO) > 0 && s.getNumerator().signum() == 0;
        BigFraction scale = infeasible || s.getNumerator().signum() == 0 ? BigFraction.ONE : s;
        BigFraction bound = g.compareTo(BigFraction.ZERO) <= 0 ? BigFraction.ZERO : g.divide(scale);
        BigFraction[] yHat = Rationals.divide(yShifted, scale);
        BigFraction[] zHat = constraints.entryWeights(yHat);
        BigFraction[] wHat = Rationals.divide(w, scale);
        String note = shift.getNumerator().signum() == 0 ? "dual feasible as rounded" : "repaired by a shift of " + shift.doubleValue();
        return new Certificate(zHat, yHat, wHat, bound, true, infeasible, note);
    }

    /**
     * Max over every strategy λ of ⟨z, T_λ⟩ − ⟨w, counts_λ⟩, exactly (the integer pricing search or exact
     * enumeration) or, when neither applies, as the rigorous upper bound of {@link #rigorousMax}; null only for
     * non-finite data. For other formulations that need the exact maximum of a linear functional over a
     * structure's strategies (e.g. the ℓ1 projection of {@code relax.lp.statistics}).
     *
     * @param z one exact weight per behaviour entry; not modified
     * @param w one exact weight per measure row (all zero for the plain maximum of ⟨z, T_λ⟩); not modified
     */
    public static BigFraction maximum(StrategySpace space, BigFraction[] z, BigFraction[] w) {
        return maxScore(space, z, w);
    }

    /** Max over λ of ⟨z, T_λ⟩ − ⟨w, counts_λ⟩, exactly or as a rigorous upper bound; null only for non-finite data. */
    private static BigFraction maxScore(StrategySpace space, BigFraction[] z, BigFraction[] w) {
        BigInteger d = BigInteger.ONE;
        for (BigFraction f : z) {
            d = lcm(d, f.getDenominator());
        }
        for (BigFraction f : w) {
            d = lcm(d, f.getDenominator());
        }
        double[] zi = new double[z.length];
        double[] wi = new double[w.length];
        double maxAbsZ = 0;
        double sumW = 0;
        boolean fits = d.bitLength() < 62;
        for (int e = 0; e < z.length && fits; e++) {
            BigInteger v = z[e].getNumerator().multiply(d.divide(z[e].getDenominator()));
            fits = v.bitLength() < 60;
            zi[e] = v.doubleValue();
            maxAbsZ = Math.max(maxAbsZ, Math.abs(zi[e]));
        }
        for (int i = 0; i < w.length && fits; i++) {
            BigInteger v = w[i].getNumerator().multiply(d.divide(w[i].getDenominator()));
            fits = v.bitLength() < 60;
            wi[i] = v.doubleValue();
            sumW += Math.abs(wi[i]);
        }
        int blocks = space.scenario().inputBlocks();
        if (fits && (maxAbsZ * blocks + sumW * space.measureScale()) * 2 < EXACT_INTEGER_LIMIT) {
            Pricing pricing = new Pricing(1, space.digits().length());
            space.price(zi, wi, pricing);
            return new BigFraction(new java.math.BigDecimal(pricing.max()).toBigIntegerExact(), d);
        }
        if (space.size() <= ENUMERATION_LIMIT) {
            return enumerateExactly(space, z, w);
        }
        return rigorousMax(space, z, w);
    }

    /**
     * A rigorous upper bound on max_λ ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ from the pricing search in floating point.
     * Each score is a sum of n = blocks + measure rows terms, each at most S = blocks·max|z| + scale·Σw in
     * total absolute value; converting z and w to doubles, forming the products w_i·counts_i and summing in
     * any order costs at most (n + 2)·2^−53·S (standard floating-point summation bounds), and rounding is
     * monotone, so the search's floating-point maximum is at least the exact maximum minus that. The bound
     * returned adds it (rounded up, with a margin) to the floating-point maximum. Requires the space's
     * pricing to compute every score as a floating-point sum of its terms, as {@link StrategySpace#price}
     * states.
     */
    static BigFraction rigorousMax(StrategySpace space, BigFraction[] z, BigFraction[] w) {
        double[] zd = new double[z.length];
        double[] wd = new double[w.length];
        double maxAbsZ = 0;
        double sumW = 0;
        for (int e = 0; e < z.length; e++) {
            zd[e] = z[e].doubleValue();
            maxAbsZ = Math.max(maxAbsZ, Math.abs(zd[e]));
        }
        for (int i = 0; i < w.length; i++) {
            wd[i] = w[i].doubleValue();
            sumW += Math.abs(wd[i]);
        }
        int terms = space.scenario().inputBlocks() + space.measureRows();
        double total = space.scenario().inputBlocks() * maxAbsZ + space.measureScale() * sumW;
        double error = Math.nextUp(2 * (terms + 2) * Math.ulp(1.0) * total + terms * Double.MIN_VALUE);
        Pricing pricing = new Pricing(1, space.digits().length());
        space.price(zd, wd, pricing);
        if (!Double.isFinite(pricing.max()) || !Double.isFinite(error)) {
            return null;
        }
        return new BigFraction(pricing.max()).add(new BigFraction(error));
    }

    private static BigFraction enumerateExactly(StrategySpace space, BigFraction[] z, BigFraction[] w) {
        int[] entries = new int[space.scenario().inputBlocks()];
        int[] counts = new int[space.measureRows()];
        BigFraction max = null;
        int[] lambda = space.digits().first();
        do {
            space.column(lambda, entries);
            space.measureCounts(lambda, counts);
            BigFraction v = BigFraction.ZERO;
            for (int e : entries) {
                v = v.add(z[e]);
            }
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    v = v.subtract(w[i].multiply(counts[i]));
                }
            }
            if (max == null || v.compareTo(max) > 0) {
                max = v;
            }
        } while (space.digits().next(lambda));
        return max;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    private static BigFraction[] clipNegative(BigFraction[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i].compareTo(BigFraction.ZERO) < 0) {
                v[i] = BigFraction.ZERO;
            }
        }
        return v;
    }

    /** ŷ over constraint rows, exact (a copy); the bound is Σ ŷ_k g_k. */
    public BigFraction[] rowWeights() {
        return rowWeights.clone();
    }

    /** ŵ over measure rows, exact (a copy). */
    public BigFraction[] measureWeights() {
        return measureWeights.clone();
    }
}
