package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import relax.core.Numbers;
import relax.core.contextuality.Faithfulness;
import relax.scenarios.analysis.FaithfulnessAnalysis;

/**
 * The text and JSON of {@code relax faithfulness}, and the {@code faithfulness} section it adds to every result of
 * {@code relax influence} (behaviour mode; docs/json.md).
 */
final class FaithfulnessReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FaithfulnessReport() {
    }

    static String text(String file, FaithfulnessAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder();
        s.append(file).append(o.behaviour().name().isEmpty() ? "" : " (" + o.behaviour().name() + ")").append('\n');
        s.append("  graph       ").append(o.graph().name()).append(": ").append(o.graph().description()).append('\n');
        s.append("  slots       ");
        for (int i = 0; i < o.graph().slots(); i++) {
            s.append(i > 0 ? ", " : "").append("slot ").append(i + 1).append(" = (").append(o.graph().settings().get(i)).append(", ")
                    .append(o.graph().outcomes().get(i)).append(')');
        }
        s.append('\n');
        s.append("  tolerance   ").append(tolerance(o)).append(" (an independence holds in p when its largest deviation is at most this)\n");
        int w = o.statements().stream().mapToInt(x -> x.statement().length()).max().orElse(0);
        for (Faithfulness.Statement x : o.statements()) {
            String holds = x.deviation().isEmpty() ? "holds in p exactly" : x.holds() ? "holds in p (deviation " + Numbers.format(x.deviation().get().value()) + ")"
                    : "BROKEN in p by " + Numbers.format(x.deviation().get().value());
            s.append(String.format("  %-" + w + "s   %-38s d-separated: %-3s -> %s%n", x.statement(), holds, x.separated() ? "yes" : "no", x.verdict().words()));
        }
        if (o.ksScenario()) {
            s.append("  symmetry    Def. 2 (ii), a measurement's statistics do not depend on its slot: ")
                    .append(o.symmetry().map(d -> d.value() <= o.tolerance() ? "holds in p" : "BROKEN in p (" + d.describe(o.behaviour().scenario()) + ")")
                            .orElse("holds in p exactly"))
                    .append("; a model reflects it (Def. 4.2) only if its responses do not depend on the slot\n");
        }
        s.append("  verdict     ").append(o.summary());
        return s.toString();
    }

    static String json(String file, FaithfulnessAnalysis.Outcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        return fields(n, o).toString();
    }

    /**
     * The keys of the report after {@code file} — {@code graph}, {@code tolerance}, {@code faithful},
     * {@code independences}, {@code fine_tuned}, {@code broken}, ({@code slot_symmetry_holds},) {@code summary} — put
     * into {@code n} (modified, and returned): the record of {@code relax faithfulness} and the {@code faithfulness}
     * object of {@code relax influence}.
     */
    static ObjectNode fields(ObjectNode n, FaithfulnessAnalysis.Outcome o) {
        n.put("graph", o.graph().name());
        n.put("tolerance", o.tolerance());
        n.put("faithful", o.faithful());
        ArrayNode a = n.putArray("independences");
        for (Faithfulness.Statement x : o.statements()) {
            ObjectNode s = a.addObject();
            s.put("statement", x.statement());
            s.put("holds_in_p", x.holds());
            s.put("deviation", x.deviation().map(d -> d.value()).orElse(0.0));
            s.put("d_separated", x.separated());
            s.put("verdict", verdict(x));
        }
        n.put("fine_tuned", o.fineTuned().size());
        n.put("broken", o.broken().size());
        if (o.ksScenario()) {
            n.put("slot_symmetry_holds", o.symmetry().map(d -> d.value() <= o.tolerance()).orElse(true));
        }
        n.put("summary", o.summary());
        return n;
    }

    /**
     * The two-line {@code faithfulness} section of a {@code relax influence} result (ending in a newline): the summary
     * (which independences of p hold only by fine-tuning in the graph), then every no-signalling independence with its
     * verdict.
     */
    static String section(FaithfulnessAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder("  faithfulness ").append(o.summary()).append('\n');
        s.append("               ");
        for (int i = 0; i < o.statements().size(); i++) {
            Faithfulness.Statement x = o.statements().get(i);
            s.append(i > 0 ? "; " : "").append(x.statement()).append(' ').append(verdict(x).replace('_', '-'));
        }
        return s.append(" (Pearl & Cavalcanti, Def. 4.1: holds in p within ").append(tolerance(o)).append(", d-separated in the graph)\n").toString();
    }

    /** The section of {@code relax influence --structure} when the structure does not pair one setting with each outcome. */
    static String notApplicable(int settings, int outcomes) {
        return "  faithfulness not checked: the structure has " + settings + (settings == 1 ? " setting" : " settings") + " and " + outcomes
                + (outcomes == 1 ? " outcome" : " outcomes") + ", and the no-signalling independences (A_γ ⊥ X_∖γ | X_γ) need one setting per outcome\n";
    }

    private static String verdict(Faithfulness.Statement x) {
        return x.verdict().name().toLowerCase(Locale.ROOT);
    }

    private static String tolerance(FaithfulnessAnalysis.Outcome o) {
        return Double.toString(o.tolerance()).replace(".0E", "e").replace("E", "e");
    }
}
