package relax.lp.relaxation;

import java.util.List;

/**
 * The answer to one relaxation LP: the minimum of the measure, a hidden-variable model attaining it,
 * and the dual certificate that proves it, with what was verified and how it was solved.
 *
 * @param status    OPTIMAL (value and model present), INFEASIBLE (no model of the structure meets the
 *                  constraints, proved by the Farkas certificate, checked exactly) or FAILED (every backend
 *                  failed, or the answer could not be established: see {@code diagnostics})
 * @param value     the minimum of the measure (NaN unless OPTIMAL)
 * @param model     the strategies in the support of an optimal q, heaviest first (empty unless OPTIMAL)
 * @param certificate the exactly re-verified dual certificate (null if FAILED)
 * @param residual  max_k |⟨r_k, T q⟩ − g_k| of the reported model (NaN unless OPTIMAL)
 * @param verified  OPTIMAL: the certificate was checked exactly and its bound is within 1e-9 of
 *                  {@code value}, the model's residual is below 1e-9 and its measure, recomputed from its
 *                  strategies, is within 1e-9 of {@code value}; INFEASIBLE: always (the Farkas certificate
 *                  was checked exactly)
 * @param backend   the LP backend that produced the final solve
 * @param method    how the strategy space was handled
 * @param rounds    number of master LP solves
 * @param columns   number of strategy columns in the final master
 * @param nanos     wall time of the solve
 * @param diagnostics backends that failed on the way, and why (empty when none did)
 * @param timing    how the wall time splits between master solves, pricing and the exact certificate check
 */
public record RelaxationResult(Status status, double value, List<WeightedStrategy> model, Certificate certificate, double residual,
        boolean verified, String backend, Relaxation.Method method, int rounds, int columns, long nanos, String diagnostics, Timing timing) {

    /**
     * Where the time of a solve went, in nanoseconds.
     *
     * @param master      building and solving master LPs (every backend tried, including failed ones)
     * @param pricing     the exact pricing searches of column generation
     * @param certificate rounding the multipliers and checking the certificate exactly
     */
    public record Timing(long master, long pricing, long certificate) {
    }

    /** Outcome of a relaxation. */
    public enum Status {
        OPTIMAL, INFEASIBLE, FAILED
    }

    /** One deterministic strategy of the optimal model with its weight q_λ. */
    public record WeightedStrategy(long strategy, double weight, String description) {
    }

    /**
     * This result with its solution removed — no value, model or certificate, not verified — for a verdict
     * reached without the LP (e.g. a protected marginal that signals).
     */
    public RelaxationResult unsolved() {
        return new RelaxationResult(status, Double.NaN, List.of(), null, Double.NaN, false, backend, method, rounds, columns, nanos, diagnostics,
                timing);
    }

    /** Tolerance of {@link #verified}. */
    public static final double VERIFICATION_TOLERANCE = 1e-9;
}
