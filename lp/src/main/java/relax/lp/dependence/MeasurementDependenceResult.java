package relax.lp.dependence;

/**
 * The answer to one measurement-dependence LP (Chaves et al. 2015, eq. 42): the minimum of M or M_Hall, a
 * measurement-dependent model attaining it, and the exact certificate proving it.
 *
 * @param status      OPTIMAL (value and model present), INFEASIBLE (no behaviour meets the constraints;
 *                    the certificate is a Farkas proof) or FAILED (every backend failed)
 * @param measure     which measure was minimised
 * @param value       the LP optimum (NaN unless OPTIMAL)
 * @param model       an optimal model, the vertex the backend returned (LP optima are not unique), null
 *                    unless OPTIMAL
 * @param certificate the exactly re-verified dual certificate (null if FAILED)
 * @param residual    max violation of the constraint rows and block normalisations by the model's
 *                    behaviour (NaN unless OPTIMAL)
 * @param backend     the LP backend of the final master solve (empty if none succeeded)
 * @param rounds      master LP solves
 * @param columns     ray columns in the final master
 * @param nanos       wall time
 * @param diagnostics backends that failed on the way and why (empty when none did)
 */
public record MeasurementDependenceResult(Status status, MeasurementDependenceMeasure measure, double value, MeasurementDependentModel model,
        MeasurementDependenceCertificate certificate, double residual, String backend, int rounds, int columns, long nanos, String diagnostics) {

    /** Outcome of a solve. */
    public enum Status {
        OPTIMAL, INFEASIBLE, FAILED
    }

    /** Tolerance of {@link #verified()}. */
    public static final double VERIFICATION_TOLERANCE = 1e-9;

    /** The measure of the returned model recomputed from its definition (NaN unless OPTIMAL). */
    public double modelMeasure() {
        if (model == null) {
            return Double.NaN;
        }
        return measure == MeasurementDependenceMeasure.M ? model.measure() : model.hall();
    }

    /**
     * OPTIMAL: the certificate was checked exactly and its bound, the LP value and the model's recomputed
     * measure agree within {@link #VERIFICATION_TOLERANCE}, and the model meets the constraints within it.
     * INFEASIBLE: the Farkas certificate was checked exactly.
     */
    public boolean verified() {
        return switch (status) {
            case OPTIMAL -> certificate.isChecked() && Math.abs(certificate.boundValue() - value) <= VERIFICATION_TOLERANCE
                    && Math.abs(modelMeasure() - value) <= VERIFICATION_TOLERANCE && residual <= VERIFICATION_TOLERANCE;
            case INFEASIBLE -> certificate.isChecked() && certificate.provesInfeasible();
            case FAILED -> false;
        };
    }
}
