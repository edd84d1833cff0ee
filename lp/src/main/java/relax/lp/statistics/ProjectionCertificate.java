package relax.lp.statistics;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.exact.Rationals;
import relax.lp.relaxation.Certificate;

/**
 * An exactly verified lower bound on the ℓ1 distance from a behaviour p to every behaviour a causal structure can
 * produce: a vector ẑ over the behaviour entries with every |ẑ_e| ≤ 1, and β ≥ max_λ ⟨ẑ, T_λ⟩ over every
 * deterministic strategy λ of the structure (computed exactly by the strategy space's pricing search on integers or
 * by exact enumeration, else bounded rigorously: {@link Certificate#maximum}). Then for every behaviour p' = T q of
 * the structure,
 * <pre>
 *   ‖p − p'‖₁ = Σ_e |p_e − p'_e|  ≥  ⟨ẑ, p − p'⟩  ≥  ⟨ẑ, p⟩ − β  =  {@link #bound()}   (if positive),
 * </pre>
 * since ⟨ẑ, p'⟩ = Σ_λ q_λ ⟨ẑ, T_λ⟩ ≤ β. It is the dual of the projection LP of {@link L1Projection}: the inequality
 * ⟨ẑ, p'⟩ ≤ β holds for every behaviour of the structure (a Bell-like inequality when the structure is local), and p
 * violates it by the bound. The bound is a proof about p's exact entries whatever the solver's accuracy; only its
 * tightness depends on the solver.
 *
 * @param z       ẑ over the behaviour entries, each in [−1, 1]
 * @param beta    β, the exact maximum of ⟨ẑ, T_λ⟩ (or a rigorous upper bound on it)
 * @param bound   max(0, ⟨ẑ, p⟩ − β): the proven lower bound on the ℓ1 distance
 * @param checked whether the exact check ran (false only for non-finite multipliers; the bound is then 0)
 */
public record ProjectionCertificate(BigFraction[] z, BigFraction beta, BigFraction bound, boolean checked) {
    private static final int[] DENOMINATOR_LIMITS = {64, 4096, 1 << 20};
    private static final int DYADIC_EXPONENT = 40;

    public ProjectionCertificate {
        z = z.clone();
    }

    @Override
    public BigFraction[] z() {
        return z.clone();
    }

    public double boundValue() {
        return bound.doubleValue();
    }

    /**
     * Rounds the projection LP's multipliers of the entry rows to nearby rationals (denominators ≤ 64, 4096, 2^20,
     * then multiples of 2^−40), clips each into [−1, 1] and checks the result exactly; returns the first whose bound
     * reaches {@code target} − 1e-10, else the best.
     *
     * @param y      one multiplier per behaviour entry; not modified
     * @param target the LP optimum
     */
    static ProjectionCertificate verify(StrategySpace space, Behaviour p, double[] y, double target) {
        return verify(space, p, y, new double[0], java.util.List.of(), target);
    }

    /**
     * The same for a fit that must also meet conditions ⟨r_k, p'⟩ = 0 (no-signalling): with multipliers ν̂_k (any
     * rationals) β bounds ⟨ẑ + Σ_k ν̂_k r_k, T_λ⟩ instead, and since ⟨r_k, p'⟩ = 0 the inequality ⟨ẑ, p'⟩ ≤ β holds for
     * every behaviour p' of the structure that meets the conditions.
     *
     * @param nu         one multiplier per condition; not modified
     * @param conditions the conditions' coefficients over entries (small integers); not modified
     */
    static ProjectionCertificate verify(StrategySpace space, Behaviour p, double[] y, double[] nu, java.util.List<double[]> conditions, double target) {
        ProjectionCertificate best = null;
        for (int limit = 0; limit <= DENOMINATOR_LIMITS.length; limit++) {
            BigFraction[] z = limit < DENOMINATOR_LIMITS.length ? Rationals.round(y, DENOMINATOR_LIMITS[limit]) : dyadic(y);
            BigFraction[] v = limit < DENOMINATOR_LIMITS.length ? Rationals.round(nu, DENOMINATOR_LIMITS[limit]) : dyadic(nu);
            ProjectionCertificate c = check(space, p, z, v, conditions);
            if (best == null || c.bound.compareTo(best.bound) > 0) {
                best = c;
            }
            if (c.checked && c.boundValue() >= target - 1e-10) {
                return c;
            }
        }
        return best;
    }

    /** The certificate of ẑ (clipped into [−1, 1]) for p, checked exactly. */
    static ProjectionCertificate check(StrategySpace space, Behaviour p, BigFraction[] z) {
        return check(space, p, z, new BigFraction[0], java.util.List.of());
    }

    private static ProjectionCertificate check(StrategySpace space, Behaviour p, BigFraction[] z, BigFraction[] nu, java.util.List<double[]> conditions) {
        BigFraction[] clipped = new BigFraction[z.length];
        BigFraction[] effective = new BigFraction[z.length];
        for (int e = 0; e < z.length; e++) {
            clipped[e] = z[e].compareTo(BigFraction.ONE) > 0 ? BigFraction.ONE : z[e].compareTo(BigFraction.MINUS_ONE) < 0 ? BigFraction.MINUS_ONE : z[e];
            effective[e] = clipped[e];
        }
        for (int k = 0; k < conditions.size(); k++) {
            if (nu[k].getNumerator().signum() != 0) {
                double[] r = conditions.get(k);
                for (int e = 0; e < r.length; e++) {
                    if (r[e] != 0) {
                        effective[e] = effective[e].add(nu[k].multiply(new BigFraction(r[e])));
                    }
                }
            }
        }
        BigFraction[] w = new BigFraction[space.measureRows()];
        Arrays.fill(w, BigFraction.ZERO);
        BigFraction beta = Certificate.maximum(space, effective, w);
        if (beta == null) {
            return new ProjectionCertificate(clipped, BigFraction.ZERO, BigFraction.ZERO, false);
        }
        BigFraction v = BigFraction.ZERO;
        for (int e = 0; e < clipped.length; e++) {
            if (clipped[e].getNumerator().signum() != 0) {
                v = v.add(clipped[e].multiply(p.exact(e)));
            }
        }
        BigFraction bound = v.subtract(beta);
        return new ProjectionCertificate(clipped, beta, bound.compareTo(BigFraction.ZERO) > 0 ? bound : BigFraction.ZERO, true);
    }

    private static BigFraction[] dyadic(double[] y) {
        BigInteger d = BigInteger.ONE.shiftLeft(DYADIC_EXPONENT);
        BigFraction[] r = new BigFraction[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = Double.isFinite(y[i]) ? new BigFraction(BigInteger.valueOf(Math.round(Math.scalb(y[i], DYADIC_EXPONENT))), d) : BigFraction.ZERO;
        }
        return r;
    }
}
