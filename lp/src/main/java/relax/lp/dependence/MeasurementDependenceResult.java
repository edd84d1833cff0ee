package relax.lp.dependence;

import relax.lp.engine.Diagnostics;
import relax.lp.engine.Status;

/**
 * The answer to one measurement-dependence LP (Chaves et al. 2015, eq. 42): the minimum of M or M_Hall, a
 * measurement-dependent model attaining it, and the exact certificate proving it.
 *
 * @param status      OPTIMAL (value, model and a certificate whose exact bound equals the value),
 *                    INFEASIBLE (no behaviour meets the constraints; the certificate is an exactly checked
 *                    Farkas proof) or FAILED (see {@code reason})
 * @param measure     which measure was minimised
 * @param value       the minimum (NaN unless OPTIMAL)
 * @param model       an optimal model, the vertex the backend returned (LP optima are not unique), null
 *                    unless OPTIMAL
 * @param certificate the exactly checked certificate (null if none was built)
 * @param residual    max violation of the constraint rows and block normalisations by the model's
 *                    behaviour (NaN unless OPTIMAL)
 * @param reason      why the answer could not be established (empty unless FAILED)
 * @param diagnostics backends, fallbacks, LP solves, columns and timing
 */
public record MeasurementDependenceResult(Status status, MeasurementDependenceMeasure measure, double value, MeasurementDependentModel model,
        MeasurementDependenceCertificate certificate, double residual, String reason, Diagnostics diagnostics) {

    /** The measure of the returned model recomputed from its definition (NaN unless OPTIMAL). */
    public double modelMeasure() {
        if (model == null) {
            return Double.NaN;
        }
        return measure == MeasurementDependenceMeasure.M ? model.measure() : model.hall();
    }

    /** Whether the answer was established (OPTIMAL or INFEASIBLE, both resting on exactly checked certificates). */
    public boolean verified() {
        return status != Status.FAILED;
    }
}
