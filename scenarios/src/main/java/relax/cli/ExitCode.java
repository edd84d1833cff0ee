package relax.cli;

/**
 * Exit codes of every relax command. With several files, the command exits with the largest code
 * among them.
 */
public final class ExitCode {
    /** Every file was solved to optimality (or, for lhv, found local). */
    public static final int OPTIMAL = 0;
    /** At least one behaviour cannot be produced by the structure (includes non-local under lhv). */
    public static final int INFEASIBLE = 1;
    /** Bad input: unreadable or invalid file, wrong option. Nothing was solved for that input. */
    public static final int INVALID = 2;
    /** Every LP backend failed on at least one input. */
    public static final int SOLVER_FAILURE = 3;
    /** An unexpected internal error (a bug: please report it with the input). */
    public static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }

    /** The exit code of a solved input: OPTIMAL, INFEASIBLE or SOLVER_FAILURE. */
    public static int of(relax.lp.engine.Status status) {
        return switch (status) {
            case OPTIMAL -> OPTIMAL;
            case INFEASIBLE -> INFEASIBLE;
            case FAILED -> SOLVER_FAILURE;
        };
    }
}
