package relax.lp.engine;

import java.util.ArrayList;
import java.util.List;
import relax.core.Numbers;
import relax.lp.exact.ExactCertificate;

/**
 * The one verdict policy of every formulation and every command.
 * <ul>
 *   <li>Constraints met to within {@link Tolerances#feasibility()} count as met: the problem is solved, and
 *       the reported model must meet them to within {@link Tolerances#verification()}. Only if that fails
 *       (or the residual exceeds the feasibility tolerance) is infeasibility claimed — and only with an
 *       exact proof. So data that is consistent up to rounding (a behaviour computed in floating point
 *       that is non-signalling only to 1e-17) is solved, while data that is inconsistent by more than
 *       the verification tolerance gets an exact proof of that.</li>
 *   <li>OPTIMAL only when the exact certificate was checked, its bound equals the LP value within
 *       {@link Tolerances#verification()}, and a model that meets the constraints within that tolerance
 *       has its own measure within it too. The value then reported is the LP value clamped into
 *       [exact bound, model's measure], so a measure is never reported below its proven bound (e.g.
 *       −1e-12 becomes the proven 0).</li>
 *   <li>INFEASIBLE only with a Farkas certificate checked in exact arithmetic (or, decided before any
 *       LP, an exactly measured signalling marginal).</li>
 *   <li>FAILED otherwise, with the reason: an unverified number is never reported as an answer.</li>
 * </ul>
 *
 * @param status the verdict
 * @param value  the value to report (NaN unless OPTIMAL)
 * @param reason why the answer could not be established (empty unless FAILED)
 */
public record Verdict(Status status, double value, String reason) {

    /** The verdict on an optimum. */
    public static Verdict optimum(ExactCertificate certificate, double lpValue, double modelMeasure, double modelResidual, Tolerances tolerances) {
        double tol = tolerances.verification();
        List<String> why = new ArrayList<>();
        if (certificate == null || !certificate.isChecked()) {
            why.add("the dual certificate could not be checked exactly" + (certificate == null ? "" : " (" + certificate.note() + ")"));
        } else if (!(Math.abs(certificate.boundValue() - lpValue) <= tol)) {
            why.add("the LP value " + Numbers.format(lpValue) + " is not matched by the exactly verified bound " + Numbers.format(certificate.boundValue()));
        }
        if (!(modelResidual <= tol)) {
            why.add("the LP's model meets the constraints only to " + Numbers.format(modelResidual));
        }
        if (!(Math.abs(modelMeasure - lpValue) <= tol)) {
            why.add("the LP's model has measure " + Numbers.format(modelMeasure) + ", not the LP value " + Numbers.format(lpValue));
        }
        if (!why.isEmpty()) {
            return new Verdict(Status.FAILED, Double.NaN, "could not verify the optimum: " + String.join("; ", why));
        }
        double lower = certificate.boundValue();
        return new Verdict(Status.OPTIMAL, Math.min(Math.max(lpValue, lower), Math.max(lower, modelMeasure)), "");
    }

    /** The verdict on a claim that no model exists, backed by {@code farkas} (may be null). */
    public static Verdict infeasibility(ExactCertificate farkas, double residual) {
        if (farkas != null && farkas.isChecked() && farkas.provesInfeasible()) {
            return new Verdict(Status.INFEASIBLE, Double.NaN, "");
        }
        return new Verdict(Status.FAILED, Double.NaN, "feasibility undecided: the LP leaves a residual of " + Numbers.format(residual)
                + " but no Farkas certificate verifies in exact arithmetic" + (farkas == null ? "" : " (" + farkas.note() + ")"));
    }

    /** A failure with its reason. */
    public static Verdict failed(String reason) {
        return new Verdict(Status.FAILED, Double.NaN, reason);
    }
}
