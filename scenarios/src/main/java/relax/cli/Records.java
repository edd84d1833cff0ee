package relax.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import relax.core.InvalidBehaviourException;
import relax.core.InvalidStructureException;
import relax.lp.engine.Status;
import relax.scenarios.microstate.InvalidModelException;

/**
 * Where a command's records go: one per input, on standard output (text or one JSON line), whatever happens while that
 * input is read or solved, so that one bad input never costs the others their answers. Also folds the inputs' exit codes
 * into the command's (the largest wins; with {@code --exit-zero-on-infeasible} an infeasible input counts as 0).
 *
 * <p>An input that fails is given its own record: bad input (an {@link InvalidBehaviourException},
 * {@link InvalidModelException} or {@link IllegalArgumentException}: one line naming the file and the rule) is {@code invalid}, exit 2; running out of
 * memory is {@code failed}, exit 3 (never 1, which means "infeasible"); anything else is a bug, {@code failed} with exit
 * 4, in one line (the stack trace only with the environment variable {@code RELAX_DEBUG} set).
 */
final class Records {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean exitZeroOnInfeasible;
    private final Object[] context;
    private int exit = ExitCode.OPTIMAL;

    /**
     * @param context keys an unsolved record should carry besides file and status (e.g. {@code model}, {@code x2b}), as
     *                key, value pairs
     */
    Records(PrintWriter out, PrintWriter err, boolean json, boolean exitZeroOnInfeasible, Object... context) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.exitZeroOnInfeasible = exitZeroOnInfeasible;
        this.context = context.clone();
    }

    /** Whether records are JSON lines. */
    boolean json() {
        return json;
    }

    /** The exit code of every input so far. */
    int exit() {
        return exit;
    }

    /** Prints the record of a solved input and counts its status. */
    void solved(String record, Status status) {
        out.println(record);
        out.flush();
        count(ExitCode.of(status));
    }

    /** Counts an exit code (infeasible as 0 with --exit-zero-on-infeasible). */
    void count(int code) {
        exit = Math.max(exit, code == ExitCode.INFEASIBLE && exitZeroOnInfeasible ? ExitCode.OPTIMAL : code);
    }

    /**
     * Runs the work for one input; if it throws, prints that input's record instead and counts its exit code.
     *
     * @param file the input as the user named it (null in functional mode)
     * @param mode {@code behaviour}, {@code functional} or (audit) {@code model}
     * @param work reads, solves and reports the input (through {@link #solved})
     */
    void guard(String file, String mode, Callable<?> work) {
        try {
            work.call();
        } catch (InvalidBehaviourException | InvalidStructureException | InvalidModelException e) {
            unsolved(file, mode, "invalid", e.getMessage(), ExitCode.INVALID);
        } catch (IllegalArgumentException e) {
            unsolved(file, mode, "invalid", file == null ? e.getMessage() : file + ": " + e.getMessage(), ExitCode.INVALID);
        } catch (OutOfMemoryError e) {
            unsolved(file, mode, "failed", (file == null ? "" : file + ": ") + Main.outOfMemory(), ExitCode.SOLVER_FAILURE);
        } catch (Exception | LinkageError | StackOverflowError | AssertionError e) {
            unsolved(file, mode, "failed", (file == null ? "" : file + ": ") + Main.internalError(e, err), ExitCode.INTERNAL_ERROR);
        }
    }

    /** An input that was not solved: its JSON record, or one line on standard error. */
    void unsolved(String file, String mode, String status, String message, int code) {
        String line = Main.oneLine(message);
        if (json) {
            out.println(JsonRecord.unsolved(file, mode, status, line, context));
            out.flush();
        } else {
            out.flush();
            err.println("relax: " + line);
            err.flush();
        }
        count(code);
    }
}
