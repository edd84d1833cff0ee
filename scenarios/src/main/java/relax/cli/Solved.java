package relax.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import relax.lp.engine.Engine;
import relax.lp.engine.Diagnostics;

/** How a solve went, in the same words and the same JSON keys for every command. */
final class Solved {
    private Solved() {
    }

    /**
     * {@code ojalgo, colgen, 12 LP solves, 40 strategy columns of 4096, 0.131 s} — backend, method, effort and wall time.
     *
     * @param columns what the columns are, e.g. {@code strategy columns of 4096}
     */
    static String text(Diagnostics d, String columns) {
        if (d.lpSolves() == 0) {
            return "no LP needed: decided before solving";
        }
        return String.format(Locale.ROOT, "%s, %s, %d LP solves, %d %s, %.3f s", d.backend().isEmpty() ? "no backend" : d.backend(),
                d.method().key(), d.lpSolves(), d.columns(), columns, d.timing().total() / 1e9);
    }

    /** Whether the start-up was reported already (it is paid once per process). */
    private static final AtomicBoolean STARTUP_REPORTED = new AtomicBoolean();

    /**
     * The diagnostics as JSON fields of {@code n} (modified): {@code backend} (the one actually used),
     * {@code method}, {@code lp_solves}, {@code columns}, {@code seconds}, {@code timing} (seconds:
     * {@code startup} — from the JVM's start to the first solve of this process, on the first result only,
     * 0 on later ones — then {@code master}, {@code pricing}, {@code certificate}) and {@code fallbacks}
     * (every rejected backend answer or other trouble on the way, in order; empty when there was none).
     */
    static void json(ObjectNode n, Diagnostics d) {
        if (d.backend().isEmpty()) {
            n.putNull("backend");
        } else {
            n.put("backend", d.backend());
        }
        n.put("method", d.method().key());
        n.put("lp_solves", d.lpSolves());
        n.put("columns", d.columns());
        n.put("seconds", d.timing().total() / 1e9);
        ObjectNode t = n.putObject("timing");
        t.put("startup", startupSeconds());
        t.put("master", d.timing().master() / 1e9);
        t.put("pricing", d.timing().pricing() / 1e9);
        t.put("certificate", d.timing().certificate() / 1e9);
        com.fasterxml.jackson.databind.node.ArrayNode f = n.putArray("fallbacks");
        d.fallbacks().forEach(f::add);
    }

    /**
     * Seconds from the JVM's start (as the JVM recorded it) to the first solve, the first time it is
     * asked and only if a solve happened; 0 afterwards. Millisecond resolution.
     */
    private static double startupSeconds() {
        long first = Engine.firstSolveMillis();
        if (first == 0 || STARTUP_REPORTED.getAndSet(true)) {
            return 0;
        }
        return Math.max(0, first - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    }
}
