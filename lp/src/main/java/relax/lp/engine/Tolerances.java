package relax.lp.engine;

/**
 * Every numerical threshold of the engine, named, documented and in one place. A solve takes them from
 * its {@link SolveOptions}; nothing else in the LP layer uses a bare tolerance literal.
 *
 * <p>Rows of a formulation are scaled so that their largest coefficient is of order 1 (see
 * {@code BehaviourConstraints}), so these absolute thresholds are relative to the data's scale.
 *
 * @param feasibility      ℓ1 residual of the constraints above which a formulation calls them
 *                         unsatisfiable — a verdict that must then be proved by an exactly verified Farkas
 *                         certificate, or the answer is "failed"
 * @param acceptedResidual largest primal infeasibility, dual infeasibility or duality gap at which a
 *                         backend's OPTIMAL answer is accepted ({@link relax.lp.solver.LpSolution#check})
 * @param pricing          a generated column is improving when its reduced score exceeds this
 * @param verification     an optimum is verified when the exact certificate bound, the LP value and the
 *                         model's own measure agree within this, and the model meets the constraints
 *                         within it
 * @param negligibleWeight model weights at or below this are not reported
 */
public record Tolerances(double feasibility, double acceptedResidual, double pricing, double verification, double negligibleWeight) {

    /** Default of {@link #feasibility}. */
    public static final double FEASIBILITY = 1e-9;
    /** Default of {@link #acceptedResidual}. */
    public static final double ACCEPTED_RESIDUAL = relax.lp.solver.LpSolution.ACCEPTED_RESIDUAL;
    /** Default of {@link #pricing}. */
    public static final double PRICING = 1e-9;
    /** Default of {@link #verification}. */
    public static final double VERIFICATION = 1e-9;
    /** Default of {@link #negligibleWeight}. */
    public static final double NEGLIGIBLE_WEIGHT = 1e-12;

    public Tolerances {
        for (double t : new double[] {feasibility, acceptedResidual, pricing, verification, negligibleWeight}) {
            if (!(t >= 0) || t > 0.1) {
                throw new IllegalArgumentException("a tolerance must be in [0, 0.1], got " + t);
            }
        }
    }

    /** The defaults above. */
    public static Tolerances defaults() {
        return new Tolerances(FEASIBILITY, ACCEPTED_RESIDUAL, PRICING, VERIFICATION, NEGLIGIBLE_WEIGHT);
    }
}
