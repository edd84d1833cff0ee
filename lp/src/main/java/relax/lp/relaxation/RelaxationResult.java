package relax.lp.relaxation;

import java.util.List;
import relax.core.strategy.ResponseFunction;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Status;

/**
 * The answer to one minimal-relaxation LP ({@link Relaxation}): the minimum of the measure, a
 * hidden-variable model attaining it, and the exactly verified dual certificate that proves it.
 *
 * @param status      OPTIMAL (value, model and a certificate whose exact bound equals the value),
 *                    INFEASIBLE (no model of the structure meets the constraints; {@code certificate} is the
 *                    exactly checked Farkas proof) or FAILED (see {@code reason})
 * @param value       the minimum of the measure (NaN unless OPTIMAL); never below the certificate's bound
 * @param model       the strategies in the support of an optimal q, heaviest first (empty unless OPTIMAL)
 * @param certificate the exactly checked certificate (null if none was built)
 * @param residual    max_k |⟨r_k, T q⟩ − g_k| of the reported model (NaN unless OPTIMAL)
 * @param reason      why the answer could not be established (empty unless FAILED)
 * @param diagnostics backends, fallbacks, LP solves, columns and timing
 */
public record RelaxationResult(Status status, double value, List<WeightedStrategy> model, Certificate certificate, double residual, String reason,
        Diagnostics diagnostics) {

    public RelaxationResult {
        model = List.copyOf(model);
    }

    /** One deterministic strategy of the optimal model: its digits, weight q_λ and response functions. */
    public record WeightedStrategy(int[] strategy, double weight, List<ResponseFunction> responses) {
        public WeightedStrategy {
            strategy = strategy.clone();
            responses = List.copyOf(responses);
        }

        /** The strategy in words, e.g. {@code a(x)=(0,1) b(x,y)=((0,1),(1,1))}. */
        public String description() {
            return ResponseFunction.describe(responses);
        }
    }

    /** Whether the answer was established (OPTIMAL or INFEASIBLE: both rest on exactly checked certificates). */
    public boolean verified() {
        return status != Status.FAILED;
    }

    /**
     * This result with its solution removed — no value, model or certificate — for a verdict reached
     * without the LP (e.g. a protected marginal that signals, measured exactly).
     */
    public RelaxationResult unsolved() {
        return new RelaxationResult(status, Double.NaN, List.of(), null, Double.NaN, reason, diagnostics);
    }
}
