package relax.lp;

import java.util.List;
import java.util.Locale;

/**
 * A linear-programming solver. Every backend returns primal point, row multipliers and status in the
 * conventions of {@link LinearProgram}; callers check the answer with {@link LpSolution#check}.
 */
public interface LpBackend {

    /** Short name used on the command line, e.g. {@code ojalgo}. */
    String name();

    /** Solves {@code lp}; never throws for a solver breakdown, returns status FAILED instead. */
    LpSolution solve(LinearProgram lp);

    /** The backends this build ships, default first. */
    static List<String> names() {
        return List.of("ojalgo", "commons");
    }

    /** The backend called {@code name} (ojalgo or commons). */
    static LpBackend named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ojalgo" -> new OjAlgoBackend();
            case "commons" -> new CommonsBackend();
            default -> throw new IllegalArgumentException("unknown backend '" + name + "': expected one of " + String.join(", ", names()));
        };
    }
}
