package relax.lp.engine;

/**
 * The verdict of every formulation, under one policy ({@link Verdict}): OPTIMAL only with a model that
 * meets the constraints and an exactly verified bound equal to the value; INFEASIBLE only with an exactly
 * verified proof that no model exists; FAILED otherwise (every backend failed, or the answer could not be
 * established).
 */
public enum Status {
    OPTIMAL, INFEASIBLE, FAILED;

    /** The machine name used in JSON: {@code optimal}, {@code infeasible}, {@code failed}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
