package relax.core.contextuality;

import org.apache.commons.math3.fraction.BigFraction;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;

/**
 * A sum of full-context correlators of ±1-valued measurements,
 * <pre>  S(p) = Σ_c γ_c ⟨Π_{i ∈ c} A_i⟩_c,   ⟨Π_i A_i⟩_c = Σ_t p(t | c) (−1)^{Σ_i t_i},</pre>
 * with γ_c ∈ {−1, 0, +1} and outcome 0 read as +1, outcome 1 as −1. Two instances matter here: ⟨KS⟩ of the
 * Peres–Mermin square, Pearl &amp; Cavalcanti, eq. (6): γ = +1 on R1, R2, R3, C1, C2 and −1 on C3; and the n-cycle
 * expression Σ_i γ_i ⟨A_i A_{i+1}⟩ of Araújo, Quintino, Budroni, Terra Cunha &amp; Cabello, PRA 88, 022118 (2013),
 * with an odd number of γ_i = −1.
 *
 * <p>As a linear functional of p it has entry weights z_{(t,c)} = γ_c (−1)^{Σ t} (padding 0), all integers, so its
 * maximum over any strategy space is found exactly by that space's pricing search ({@link #maximum}).
 *
 * @param name     e.g. {@code <KS>}
 * @param scenario the scenario (every measurement of a context with γ_c ≠ 0 must have two outcomes)
 * @param signs    γ_c per context
 */
public record CorrelatorSum(String name, CompatibilityScenario scenario, int[] signs) {

    public CorrelatorSum {
        signs = signs.clone();
        if (signs.length != scenario.contexts()) {
            throw new IllegalArgumentException(name + " needs one sign per context (" + scenario.contexts() + "), got " + signs.length);
        }
        for (int c = 0; c < signs.length; c++) {
            if (signs[c] < -1 || signs[c] > 1) {
                throw new IllegalArgumentException(name + ": the sign of context " + scenario.contextName(c) + " must be -1, 0 or 1");
            }
            for (int slot = 0; slot < scenario.size(c) && signs[c] != 0; slot++) {
                if (scenario.outcomes(scenario.measurement(c, slot)) != 2) {
                    throw new IllegalArgumentException(name + ": measurement " + scenario.measurementName(scenario.measurement(c, slot))
                            + " of context " + scenario.contextName(c) + " must have two outcomes for a correlator");
                }
            }
        }
    }

    @Override
    public int[] signs() {
        return signs.clone();
    }

    /** z over the entries of the embedding: γ_c (−1)^{Σ t}; padding 0. */
    public double[] entryWeights() {
        double[] z = new double[scenario.embedding().size()];
        for (int c = 0; c < scenario.contexts(); c++) {
            for (int t = 0; t < scenario.tuples(c); t++) {
                z[scenario.entry(c, t)] = signs[c] * (Integer.bitCount(t) % 2 == 0 ? 1 : -1);
            }
        }
        return z;
    }

    /** S(p) in floating point. */
    public double value(CompatibilityBehaviour p) {
        double[] z = entryWeights();
        double s = 0;
        for (int e = 0; e < z.length; e++) {
            s += z[e] * p.get(e);
        }
        return s;
    }

    /** S(p) exactly, from the behaviour's exact entries. */
    public BigFraction exactValue(CompatibilityBehaviour p) {
        double[] z = entryWeights();
        BigFraction s = BigFraction.ZERO;
        for (int e = 0; e < z.length; e++) {
            if (z[e] != 0) {
                s = s.add(p.exact(e).multiply((int) z[e]));
            }
        }
        return s;
    }

    /** The correlator ⟨Π_{i∈c} A_i⟩ of context c in p. */
    public double correlator(CompatibilityBehaviour p, int c) {
        double s = 0;
        for (int t = 0; t < scenario.tuples(c); t++) {
            s += (Integer.bitCount(t) % 2 == 0 ? 1 : -1) * p.get(c, t);
        }
        return s;
    }

    /**
     * max_λ S(T_λ) over every deterministic strategy of {@code space} (a space of this scenario, e.g. the
     * noncontextual one for the noncontextual bound), exactly: the weights are integers, so the pricing search
     * is exact (every partial sum is an integer below 2^53).
     */
    public long maximum(StrategySpace space) {
        Pricing best = new Pricing(1, space.digits().length());
        space.price(entryWeights(), new double[space.measureRows()], best);
        return Math.round(best.max());
    }
}
