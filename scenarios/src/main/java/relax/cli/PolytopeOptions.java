package relax.cli;

import picocli.CommandLine.Option;
import relax.lp.polytope.Lrs;
import relax.lp.polytope.Polyhedra;

/** Options shared by the commands that enumerate polyhedra exactly ({@code dual-vertices}, {@code facets}). */
public final class PolytopeOptions {
    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "java",
            description = "Enumeration engine: java (pure-Java double description, exact), lrs (the lrs executable on the PATH, "
                    + "Debian package lrslib) or both (run both; exit code 4 unless they agree) (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--max-rays", paramLabel = "N", defaultValue = "100000",
            description = "The java engine refuses (exit code 2, with the upper bound on the answer's size) above N intermediate rays (default: ${DEFAULT-VALUE}).")
    int maxRays;

    @Option(names = "--max-work", paramLabel = "N", defaultValue = "3000000000",
            description = "... or after N adjacency comparisons in all (about 10^8 a second, measured on a shared 2-core machine), so that "
                    + "an enumeration that cannot finish in about a minute is refused instead of running for hours (default: ${DEFAULT-VALUE}).")
    long maxWork;

    @Option(names = "--lrs-timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Stop lrs after this long (default: ${DEFAULT-VALUE}).")
    long lrsTimeout;

    /** The options of the first engine (java, or lrs for --engine lrs). */
    Polyhedra.Options options(relax.lp.polytope.EnumerationProgress progress) {
        Polyhedra.Options o = new Polyhedra.Options(Polyhedra.Backend.JAVA, maxRays, Polyhedra.Options.defaults().maxPairs(), maxWork, lrsTimeout,
                progress);
        return switch (engine) {
            case "java", "both" -> o;
            case "lrs" -> o.withBackend(Polyhedra.Backend.LRS);
            default -> throw new IllegalArgumentException("unknown engine '" + engine + "': expected java, lrs or both");
        };
    }

    /** Whether lrs must also run and agree. */
    boolean crossCheck() {
        return engine.equals("both");
    }

    /** The options for the lrs run of --engine both; refuses in one line when lrs is not installed. */
    Polyhedra.Options lrsOptions() {
        if (Lrs.find(lrsTimeout).isEmpty()) {
            throw new IllegalArgumentException("--engine " + engine + " needs the lrs executable on the PATH (Debian/Ubuntu: apt-get install lrslib)");
        }
        return options(relax.lp.polytope.EnumerationProgress.NONE).withBackend(Polyhedra.Backend.LRS);
    }
}
