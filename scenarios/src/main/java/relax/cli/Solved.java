package relax.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
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

    /**
     * The diagnostics as JSON fields of {@code n} (modified): {@code backend}, {@code method},
     * {@code lp_solves}, {@code columns}, {@code seconds}, {@code timing} (master, pricing, certificate
     * seconds) and {@code fallbacks} (every rejected backend answer or other trouble on the way, in order; empty
     * when there was none).
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
        t.put("master", d.timing().master() / 1e9);
        t.put("pricing", d.timing().pricing() / 1e9);
        t.put("certificate", d.timing().certificate() / 1e9);
        com.fasterxml.jackson.databind.node.ArrayNode f = n.putArray("fallbacks");
        d.fallbacks().forEach(f::add);
    }
}
