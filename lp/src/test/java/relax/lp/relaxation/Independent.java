package relax.lp.relaxation;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.locality.LocalityStrategies;
import relax.core.Scenario;

/**
 * Re-evaluates a reported hidden-variable model from the definitions of the causal structures, without
 * the LP: the behaviour it produces (eq. 28) and its measure (eqs. 4, 29, 39).
 */
final class Independent {
    private Independent() {
    }

    /** max |Σ_λ q_λ T_λ − p| over entries, with T_λ computed from a = α_x and b = β[π(x)][y]. */
    static double maxDeviation(LocalityStrategies space, List<RelaxationResult.WeightedStrategy> model, Behaviour p) {
        Scenario s = p.scenario();
        double[] produced = new double[s.size()];
        for (RelaxationResult.WeightedStrategy w : model) {
            for (int x = 0; x < s.inputs(0); x++) {
                for (int y = 0; y < s.inputs(1); y++) {
                    int a = space.aliceOutput(w.strategy(), x);
                    int b = space.bobResponse(w.strategy(), parent(space, w.strategy(), x), y);
                    produced[s.index(x, y, a, b)] += w.weight();
                }
            }
        }
        double worst = 0;
        for (int i = 0; i < produced.length; i++) {
            worst = Math.max(worst, Math.abs(produced[i] - p.get(i)));
        }
        return worst;
    }

    private static int parent(LocalityStrategies space, int[] lambda, int x) {
        return switch (space.model()) {
            case LHV -> 0;
            case X_TO_B -> x;
            case A_TO_B -> space.aliceOutput(lambda, x);
            case COMMUNICATION -> space.message(lambda, x);
        };
    }

    /**
     * The measure of the model: sup over (v, v', y, b) of Σ_λ q_λ |δ(b, β[v][y]) − δ(b, β[v'][y])|
     * (eqs. 4, 29), or p(m=0) = Σ_λ q_λ #{x: μ_x = 0}/mx (eq. 39); 0 for LHV.
     */
    static double measure(LocalityStrategies space, List<RelaxationResult.WeightedStrategy> model) {
        Scenario s = space.scenario();
        switch (space.model()) {
            case LHV:
                return 0;
            case COMMUNICATION: {
                double pm0 = 0;
                for (RelaxationResult.WeightedStrategy w : model) {
                    for (int x = 0; x < s.inputs(0); x++) {
                        pm0 += space.message(w.strategy(), x) == 0 ? w.weight() / s.inputs(0) : 0;
                    }
                }
                return pm0;
            }
            default: {
                double sup = 0;
                int values = space.parentValues();
                for (int v = 0; v < values; v++) {
                    for (int v2 = 0; v2 < values; v2++) {
                        for (int y = 0; y < s.inputs(1); y++) {
                            for (int b = 0; b < s.outputs(1); b++) {
                                double sum = 0;
                                for (RelaxationResult.WeightedStrategy w : model) {
                                    int d1 = space.bobResponse(w.strategy(), v, y) == b ? 1 : 0;
                                    int d2 = space.bobResponse(w.strategy(), v2, y) == b ? 1 : 0;
                                    sum += w.weight() * Math.abs(d1 - d2);
                                }
                                sup = Math.max(sup, sum);
                            }
                        }
                    }
                }
                return sup;
            }
        }
    }

    /** ⟨z, p⟩ exactly. */
    static BigFraction pair(BigFraction[] z, Behaviour p) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < z.length; i++) {
            s = s.add(z[i].multiply(new BigFraction(p.get(i))));
        }
        return s;
    }
}
