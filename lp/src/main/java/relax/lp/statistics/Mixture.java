package relax.lp.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.relaxation.RelaxationResult;

/**
 * A model found in floating point turned into an exact one: weights q̂_λ = (the exact binary value of each positive
 * weight) / (their exact sum), so Σ q̂ = 1 exactly, and the behaviour T q̂ it produces, computed exactly. That
 * behaviour lies in the structure's set of behaviours by construction, whatever the solver's accuracy.
 */
final class Mixture {
    private final StrategySpace space;
    private final List<int[]> strategies = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Mixture(StrategySpace space) {
        this.space = space;
    }

    /** Adds strategy λ (copied) with weight q (ignored unless positive). */
    void add(int[] strategy, double q) {
        if (q > 0) {
            strategies.add(strategy.clone());
            weights.add(q);
        }
    }

    boolean isEmpty() {
        return strategies.isEmpty();
    }

    /** The exact behaviour T q̂ with q̂ the normalised exact weights, named {@code name}. */
    Behaviour behaviour(String name, String description) {
        return behaviour(name, description, 0);
    }

    /**
     * The exact behaviour T q̂ with q̂ the weights rounded to the nearest fractions of denominator at most
     * {@code maxDenominator} (0: their exact binary values), then normalised exactly.
     */
    Behaviour behaviour(String name, String description, int maxDenominator) {
        int blocks = space.scenario().inputBlocks();
        BigFraction[] p = new BigFraction[space.scenario().size()];
        java.util.Arrays.fill(p, BigFraction.ZERO);
        BigFraction[] exact = new BigFraction[weights.size()];
        BigFraction total = BigFraction.ZERO;
        for (int k = 0; k < exact.length; k++) {
            exact[k] = maxDenominator == 0 ? new BigFraction(weights.get(k)) : relax.lp.exact.Rationals.nearest(weights.get(k), maxDenominator);
            total = total.add(exact[k]);
        }
        if (total.getNumerator().signum() == 0) {
            return behaviour(name, description, 0);
        }
        int[] entries = new int[blocks];
        for (int k = 0; k < strategies.size(); k++) {
            BigFraction q = exact[k].divide(total);
            space.column(strategies.get(k), entries);
            for (int e : entries) {
                p[e] = p[e].add(q);
            }
        }
        return Behaviour.ofExact(space.scenario(), p, name, description);
    }

    /** The model as weighted strategies with their normalised (double) weights, heaviest first, weights above {@code negligible}. */
    List<RelaxationResult.WeightedStrategy> model(double negligible) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        List<RelaxationResult.WeightedStrategy> m = new ArrayList<>();
        for (int k = 0; k < strategies.size(); k++) {
            double q = weights.get(k) / total;
            if (q > negligible) {
                m.add(new RelaxationResult.WeightedStrategy(strategies.get(k), q, space.responses(strategies.get(k))));
            }
        }
        m.sort(Comparator.comparingDouble(RelaxationResult.WeightedStrategy::weight).reversed());
        return m;
    }

    /** Σ_e |a_e − b_e| exactly. */
    static BigFraction l1(Behaviour a, Behaviour b) {
        BigFraction d = BigFraction.ZERO;
        for (int e = 0; e < a.scenario().size(); e++) {
            d = d.add(a.exact(e).subtract(b.exact(e)).abs());
        }
        return d;
    }

    static boolean isZero(BigFraction f) {
        return f.getNumerator().equals(BigInteger.ZERO);
    }
}
