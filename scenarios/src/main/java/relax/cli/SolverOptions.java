package relax.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.solver.LpBackend;

/** Options shared by every command that solves LPs: the backend and the input tolerance. */
public final class SolverOptions {
    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "ojalgo",
            description = "LP backend: ${COMPLETION-CANDIDATES}; the others are tried in turn if it fails a check (default: ${DEFAULT-VALUE}).",
            completionCandidates = BackendNames.class)
    String backend;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "1e-9",
            description = "How far each block of p may sum from 1, and how far a protected marginal may move, before the input is rejected (default: ${DEFAULT-VALUE}).")
    double tolerance;

    /** Backend names for help and completion. */
    static final class BackendNames extends ArrayList<String> {
        BackendNames() {
            super(LpBackend.names());
        }
    }

    /** Solve options from the command line: the chosen backend first, the others as fallbacks, the given method. */
    SolveOptions relaxationOptions(Method method) {
        List<LpBackend> backends = new ArrayList<>();
        backends.add(LpBackend.named(backend));
        for (String name : LpBackend.names()) {
            if (!name.equalsIgnoreCase(backend)) {
                backends.add(LpBackend.named(name));
            }
        }
        if (!(tolerance >= 0) || tolerance > 0.1) {
            throw new IllegalArgumentException("--tolerance must be between 0 and 0.1, got " + tolerance);
        }
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
