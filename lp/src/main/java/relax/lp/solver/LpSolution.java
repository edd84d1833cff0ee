package relax.lp.solver;

/**
 * What a backend returns for a {@link LinearProgram}: status, primal point ξ, row multipliers y
 * (convention of {@link LinearProgram}), the objective c·ξ, and for a failed solve a one-line note
 * saying why (empty otherwise).
 *
 * <p>A backend's word is never trusted alone: {@link #check} recomputes primal feasibility, dual
 * feasibility and the duality gap from the program itself.
 */
public record LpSolution(Status status, double objective, double[] primal, double[] dual, String backend, long nanos, String note) {

    /** Largest residual (primal, dual infeasibility, gap) at which an optimal answer is accepted. */
    public static final double ACCEPTED_RESIDUAL = 1e-7;

    /** Outcome of a solve. */
    public enum Status {
        OPTIMAL, INFEASIBLE, UNBOUNDED, FAILED
    }

    /** An optimal solve as reported by the backend (still to be checked with {@link #check}). */
    public static LpSolution optimal(double objective, double[] primal, double[] dual, String backend, long nanos) {
        return new LpSolution(Status.OPTIMAL, objective, primal, dual, backend, nanos, "");
    }

    /** A failed solve with no numbers; {@code why} is one line for diagnostics. */
    public static LpSolution failed(Status status, String backend, long nanos, String why) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], backend, nanos, why);
    }

    /**
     * Residuals of an optimal solution measured on {@code lp}.
     *
     * @param primalInfeasibility largest violation of a row, of ξ ≥ 0 or of ξ_j = 0 for a removed column
     * @param dualInfeasibility   largest violation of a reduced-cost sign or a multiplier sign
     * @param gap                 |c·ξ − b·y|
     */
    public record Quality(double primalInfeasibility, double dualInfeasibility, double gap) {
        /** All three below {@code tolerance}, and none is NaN. */
        public boolean within(double tolerance) {
            return primalInfeasibility <= tolerance && dualInfeasibility <= tolerance && gap <= tolerance;
        }

        @Override
        public String toString() {
            return String.format("primal infeasibility %.2e, dual infeasibility %.2e, gap %.2e", primalInfeasibility, dualInfeasibility, gap);
        }
    }

    /** Measures this (optimal) solution against {@code lp}; NaN anywhere gives an infinite residual. */
    public Quality check(LinearProgram lp) {
        if (primal.length != lp.columns() || dual.length != lp.rows()) {
            return new Quality(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double pInf = 0;
        double[] ax = lp.multiply(primal);
        for (int i = 0; i < lp.rows(); i++) {
            double r = ax[i] - lp.rhs(i);
            double v = switch (lp.relation(i)) {
                case EQ -> Math.abs(r);
                case LE -> Math.max(0, r);
                case GE -> Math.max(0, -r);
            };
            pInf = worse(pInf, v);
        }
        double dInf = 0;
        double primalObjective = 0;
        for (int j = 0; j < lp.columns(); j++) {
            if (lp.isRemoved(j)) {
                pInf = worse(pInf, Math.abs(primal[j]));
            } else if (!lp.isFree(j)) {
                pInf = worse(pInf, Math.max(0, -primal[j]));
            }
            primalObjective += lp.cost(j) * primal[j];
        }
        double[] aty = lp.multiplyTransposed(dual);
        for (int j = 0; j < lp.columns(); j++) {
            double d = lp.cost(j) - aty[j];
            if (!lp.isRemoved(j)) {
                dInf = worse(dInf, lp.isFree(j) ? Math.abs(d) : Math.max(0, -d));
            }
        }
        double dualObjective = 0;
        for (int i = 0; i < lp.rows(); i++) {
            double y = dual[i];
            double v = switch (lp.relation(i)) {
                case EQ -> 0;
                case LE -> Math.max(0, y);
                case GE -> Math.max(0, -y);
            };
            dInf = worse(dInf, v);
            dualObjective += lp.rhs(i) * y;
        }
        double gap = Math.abs(primalObjective - dualObjective);
        return new Quality(pInf, dInf, Double.isNaN(gap) ? Double.POSITIVE_INFINITY : gap);
    }

    private static double worse(double a, double b) {
        return Double.isNaN(b) ? Double.POSITIVE_INFINITY : Math.max(a, b);
    }
}
