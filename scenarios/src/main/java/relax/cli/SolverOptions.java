package relax.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.solver.LpBackend;

/** Options shared by every command that solves LPs: the backend and the input tolerance. */
public final class SolverOptions {
    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "auto",
            description = "LP backend: ${COMPLETION-CANDIDATES}; auto picks the fastest for each LP (GLOP for column-generation masters of more than 48 rows or 20000 nonzeros, ojAlgo for smaller masters and small LPs, CLP for large one-shot LPs; ojAlgo everywhere without the OR-Tools natives); the others are tried in turn if it fails a check (default: ${DEFAULT-VALUE}).",
            completionCandidates = BackendNames.class)
    String backend;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "1e-9",
            description = "How far each block of p may sum from 1, and how far a protected marginal may move, before the input is rejected (default: ${DEFAULT-VALUE}).")
    double tolerance;

    /** Backend names for help and completion: auto, then the shipped backends. */
    static final class BackendNames extends ArrayList<String> {
        BackendNames() {
            super(SolveOptions.backendNames());
        }
    }

    /** Every command's {@code --tolerance} is in [0, 0.1]; anything else is one line, exit 2. */
    static void checkTolerance(double tolerance) {
        if (!(tolerance >= 0) || tolerance > 0.1) {
            throw new IllegalArgumentException("--tolerance must be between 0 and 0.1, got " + tolerance);
        }
    }

    /** Solve options from the command line: the chosen backend first, the others as fallbacks, the given method. */
    SolveOptions relaxationOptions(Method method) {
        List<LpBackend> backends = SolveOptions.backendsStartingWith(backend);
        checkTolerance(tolerance);
        return SolveOptions.defaults().withBackends(backends).withMethod(method);
    }

    /** How strategy columns enter the LP, for commands that offer every method. */
    public static final class MethodOption {
        @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
                description = "How strategies enter the LP: auto (enumerate up to " + Method.ENUMERATION_LIMIT
                        + " strategies, column generation above), enumerate, colgen (default: ${DEFAULT-VALUE}).")
        String method;

        Method method() {
            return Method.fromKey(method);
        }
    }
}
