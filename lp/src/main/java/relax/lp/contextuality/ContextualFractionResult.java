package relax.lp.contextuality;

import java.util.List;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult.WeightedStrategy;

/**
 * The contextual fraction of a behaviour ({@link ContextualFraction}).
 *
 * @param status      OPTIMAL (value, model and a certificate whose exact bound equals the value) or FAILED
 * @param value       CF = 1 − NCF (NaN unless OPTIMAL)
 * @param model       the noncontextual part: strategies λ with weights q_λ, Σ q = NCF, T q ≤ p (heaviest first)
 * @param certificate the exactly checked dual certificate (null if none was built)
 * @param residual    max_e max(0, (T q)_e − p_e) of the model (NaN unless OPTIMAL)
 * @param reason      why the answer could not be established (empty unless FAILED)
 * @param diagnostics backends, LP solves, columns and timing
 */
public record ContextualFractionResult(Status status, double value, List<WeightedStrategy> model, ContextualFractionCertificate certificate,
        double residual, String reason, Diagnostics diagnostics) {

    public ContextualFractionResult {
        model = List.copyOf(model);
    }
}
