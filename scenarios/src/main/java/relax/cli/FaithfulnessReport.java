package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import relax.core.Numbers;
import relax.core.contextuality.Faithfulness;
import relax.scenarios.analysis.FaithfulnessAnalysis;

/** The text and JSON of {@code relax faithfulness}. */
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
        s.append("  tolerance   ").append(Double.toString(o.tolerance()).replace(".0E", "e").replace("E", "e")).append(" (an independence holds in p when its largest deviation is at most this)\n");
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
            s.put("verdict", x.verdict().name().toLowerCase(java.util.Locale.ROOT));
        }
        n.put("fine_tuned", o.fineTuned().size());
        n.put("broken", o.broken().size());
        if (o.ksScenario()) {
            n.put("slot_symmetry_holds", o.symmetry().map(d -> d.value() <= o.tolerance()).orElse(true));
        }
        n.put("summary", o.summary());
        return n.toString();
    }
}
