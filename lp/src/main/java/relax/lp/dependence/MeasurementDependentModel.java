package relax.lp.dependence;

import java.util.Arrays;
import relax.core.locality.LhvStrategies;

/**
 * A measurement-dependent hidden-variable model (Chaves et al. 2015, Fig. 1e, eq. 40): a joint distribution
 * q(x, λ) = p(x, λ) of the input tuple x = (x_1…x_N) and a deterministic local strategy λ, with
 * Σ_λ q(x, λ) = p(x). It produces the behaviour
 * <pre>  p(a | x) = Σ_λ q(x, λ) δ(a, λ(x)) / p(x).</pre>
 * The model lists only the strategies it uses: {@code weight(i, s)} is q(x = block s, λ = strategy(i)).
 *
 * <p>Its measures are computed here directly from their definitions — independently of the LP that
 * found the model — so that a reported value can be re-checked:
 * <ul>
 *   <li>{@link #measure()}: M = Σ_{x,λ} |q(x,λ) − p(x) p(λ)| (eq. 5 / 41);</li>
 *   <li>{@link #hall()}: M_Hall = max_{x,x'} Σ_λ |p(λ|x) − p(λ|x')| (Hall's measure, appendix);</li>
 *   <li>{@link #mutualInformation()}: I(X:Λ) = Σ q(x,λ) log2(q(x,λ) / (p(x) p(λ))) in bits.</li>
 * </ul>
 * Immutable.
 */
public final class MeasurementDependentModel {
    private final LhvStrategies space;
    private final InputDistribution inputs;
    private final long[] strategies;
    private final double[] weights;

    /**
     * @param strategies the strategies used, distinct (copied)
     * @param weights    q(x, λ) flat as {@code weights[i · blocks + s]} for strategy i and block s (copied)
     */
    public MeasurementDependentModel(LhvStrategies space, InputDistribution inputs, long[] strategies, double[] weights) {
        int blocks = space.scenario().inputBlocks();
        if (inputs.size() != blocks || weights.length != strategies.length * blocks) {
            throw new IllegalArgumentException("a model over " + strategies.length + " strategies and " + blocks + " input blocks needs "
                    + strategies.length * blocks + " weights and " + blocks + " input probabilities");
        }
        this.space = space;
        this.inputs = inputs;
        this.strategies = strategies.clone();
        this.weights = weights.clone();
    }

    public LhvStrategies space() {
        return space;
    }

    public InputDistribution inputs() {
        return inputs;
    }

    /** Number of strategies used. */
    public int strategies() {
        return strategies.length;
    }

    /** The i-th strategy used. */
    public long strategy(int i) {
        return strategies[i];
    }

    /** q(x = block s, λ = strategy(i)). */
    public double weight(int i, int block) {
        return weights[i * inputs.size() + block];
    }

    /** p(λ = strategy(i)) = Σ_x q(x, λ). */
    public double strategyWeight(int i) {
        double r = 0;
        for (int s = 0; s < inputs.size(); s++) {
            r += weight(i, s);
        }
        return r;
    }

    /** The behaviour the model produces, p(a|x) = Σ_λ q(x,λ) δ(a, λ(x)) / p(x), flat in the scenario's order. */
    public double[] behaviour() {
        int blocks = inputs.size();
        int k = space.scenario().outcomesPerBlock();
        double[] p = new double[space.scenario().size()];
        int[] o = new int[blocks];
        for (int i = 0; i < strategies.length; i++) {
            space.outcomes(strategies[i], o);
            for (int s = 0; s < blocks; s++) {
                p[s * k + o[s]] += weight(i, s) / inputs.get(s);
            }
        }
        return p;
    }

    /** M = Σ_{x,λ} |q(x,λ) − p(x) p(λ)| (Chaves et al. 2015, eq. 41). */
    public double measure() {
        double m = 0;
        for (int i = 0; i < strategies.length; i++) {
            double r = strategyWeight(i);
            for (int s = 0; s < inputs.size(); s++) {
                m += Math.abs(weight(i, s) - inputs.get(s) * r);
            }
        }
        return m;
    }

    /** M_Hall = max over pairs of input tuples x ≠ x' of Σ_λ |q(x,λ)/p(x) − q(x',λ)/p(x')|. */
    public double hall() {
        double worst = 0;
        int blocks = inputs.size();
        for (int s = 0; s < blocks; s++) {
            for (int t = s + 1; t < blocks; t++) {
                double d = 0;
                for (int i = 0; i < strategies.length; i++) {
                    d += Math.abs(weight(i, s) / inputs.get(s) - weight(i, t) / inputs.get(t));
                }
                worst = Math.max(worst, d);
            }
        }
        return worst;
    }

    /** I(X:Λ) = Σ_{x,λ} q(x,λ) log2(q(x,λ) / (p(x) p(λ))) in bits; terms with q = 0 count 0. */
    public double mutualInformation() {
        double nats = 0;
        for (int i = 0; i < strategies.length; i++) {
            double r = strategyWeight(i);
            for (int s = 0; s < inputs.size(); s++) {
                double q = weight(i, s);
                if (q > 0) {
                    nats += q * Math.log(q / (inputs.get(s) * r));
                }
            }
        }
        return Math.max(0, nats / Math.log(2));
    }

    /** The strategy indices used (a copy). */
    public long[] strategyIndices() {
        return strategies.clone();
    }

    @Override
    public String toString() {
        return "MeasurementDependentModel{" + strategies.length + " strategies " + Arrays.toString(strategies) + "}";
    }
}
