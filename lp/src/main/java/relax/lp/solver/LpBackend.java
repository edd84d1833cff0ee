package relax.lp.solver;

import java.util.List;
import java.util.Locale;

/**
 * A linear-programming solver. Every backend returns primal point, row multipliers and status in the
 * conventions of {@link LinearProgram}; callers check the answer with {@link LpSolution#check}, since a
 * backend's status alone is not trusted (degenerate LPs make some report ABNORMAL, INFEASIBLE or a
 * wrong OPTIMAL).
 */
public interface LpBackend {

    /** Short name used on the command line, e.g. {@code ojalgo}. */
    String name();

    /** Solves {@code lp}; never throws for a solver breakdown, returns status FAILED with a note instead. */
    LpSolution solve(LinearProgram lp);

    /**
     * Attaches to {@code lp} for repeated solves while columns are appended to it (column generation):
     * every {@link Session#solve()} solves {@code lp} as it is at that moment. Rows must not be added after
     * opening. Backends that can keep their model and basis and only add the new columns (a warm start);
     * the default solves from scratch every time.
     */
    default Session open(LinearProgram lp) {
        return () -> solve(lp);
    }

    /** A backend attached to one growing {@link LinearProgram}; close it to free native memory. */
    interface Session extends AutoCloseable {
        /** Solves the program with every column added so far; never throws for a solver breakdown. */
        LpSolution solve();

        @Override
        default void close() {
        }
    }

    /** The backends this build ships, default first: the order in which fallbacks are tried. */
    static List<String> names() {
        return List.of("ojalgo", "glop", "clp", "highs", "commons");
    }

    /** The backend called {@code name} (one of {@link #names()}, case-insensitive). */
    static LpBackend named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ojalgo" -> new OjAlgoBackend();
            case "glop" -> new OrToolsBackend(OrToolsBackend.Engine.GLOP);
            case "clp" -> new OrToolsBackend(OrToolsBackend.Engine.CLP);
            case "highs" -> new OrToolsBackend(OrToolsBackend.Engine.HIGHS);
            case "commons" -> new CommonsBackend();
            default -> throw new IllegalArgumentException("unknown backend '" + name + "': expected one of " + String.join(", ", names()));
        };
    }
}
