package relax.lp.statistics;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult;

/**
 * A behaviour estimated from data, fitted to the behaviours a causal structure can produce ({@link L1Projection},
 * {@link MaximumLikelihood}).
 *
 * @param method      how it was fitted
 * @param status      OPTIMAL (the fit is certified: see below), INFEASIBLE (maximum likelihood only: an outcome
 *                    observed in the data has probability 0 under every model of the structure, so every model has
 *                    likelihood 0) or FAILED (see {@code reason})
 * @param data        the behaviour fitted (the relative frequencies of the counts)
 * @param fitted      the fitted behaviour T q̂, exact, produced by the exact model {@code model} and so in the
 *                    structure's set by construction (null unless OPTIMAL)
 * @param model       the strategies of the fitted model and their weights, heaviest first (empty unless OPTIMAL)
 * @param distance    ‖data − fitted‖₁ = Σ_x Σ_a |p̂(a|x) − p̃(a|x)|, exactly (null unless OPTIMAL)
 * @param certificate for {@link FitMethod#L1}: the exactly verified lower bound on the least ℓ1 distance, equal to
 *                    {@code distance} within the verification tolerance when OPTIMAL (null for maximum likelihood)
 * @param gap         for {@link FitMethod#MAXIMUM_LIKELIHOOD}: an exactly verified upper bound on how far the fitted
 *                    log-likelihood per run, (1/N) Σ_e N_e ln p̃_e, lies below its maximum over the structure's
 *                    behaviours (the Frank–Wolfe duality gap at the fit; NaN for ℓ1)
 * @param iterations  Frank–Wolfe iterations (maximum likelihood) or 0
 * @param reason      why the fit failed or is infeasible (empty when OPTIMAL)
 * @param diagnostics LP solves and timing (ℓ1), or pricing calls and timing (maximum likelihood)
 */
public record Fit(FitMethod method, Status status, Behaviour data, Behaviour fitted, List<RelaxationResult.WeightedStrategy> model,
        BigFraction distance, ProjectionCertificate certificate, double gap, int iterations, String reason, Diagnostics diagnostics) {

    public Fit {
        model = List.copyOf(model);
    }

    /** The ℓ1 distance as a double (NaN unless OPTIMAL). */
    public double distanceValue() {
        return distance == null ? Double.NaN : distance.doubleValue();
    }

    /** Whether the data are already a behaviour of the structure (distance exactly 0). */
    public boolean exact() {
        return distance != null && distance.getNumerator().signum() == 0;
    }

    static Fit failed(FitMethod method, Behaviour data, String reason, Diagnostics d) {
        return new Fit(method, Status.FAILED, data, null, List.of(), null, null, Double.NaN, 0, reason, d);
    }
}
