package relax.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.core.structure.CausalStructure;
import relax.core.structure.Edge;
import relax.core.structure.ImpliedIndependences;
import relax.core.structure.Node;
import relax.core.structure.NodeKind;

/** The text of {@code relax structure}. */
final class StructureReport {
    private StructureReport() {
    }

    /** The structure in words; nodes in {@code fromBehaviour} are marked as taking their values from each behaviour. */
    static String text(String source, CausalStructure s, java.util.Set<String> fromBehaviour) {
        StringBuilder t = new StringBuilder();
        t.append("structure ").append(s.name().isEmpty() || s.name().equals(source) ? source : s.name() + " (" + source + ")").append('\n');
        if (!s.description().isEmpty()) {
            t.append("  ").append(s.description()).append('\n');
        }
        t.append("nodes (the latent λ is a parent of every outcome and hidden node, independent of the settings):\n");
        int width = s.nodes().stream().mapToInt(n -> n.name().length()).max().orElse(1);
        for (Node n : s.nodes()) {
            t.append(String.format("  %-" + width + "s  %-7s  %d value%s", n.name(), n.kind().key(), n.values(), n.values() == 1 ? "" : "s"));
            if (fromBehaviour.contains(n.name())) {
                t.append(" (from the behaviour; ").append(n.values()).append(" when none is given)");
            }
            if (!n.parents().isEmpty()) {
                t.append("  parents ").append(String.join(", ", n.parents()));
            }
            if (n.kind() == NodeKind.SETTING) {
                t.append(n.distribution() == null ? "  uniform" : "  p = " + distribution(n));
            }
            t.append('\n');
        }
        t.append("measure: ").append(measure(s)).append('\n');
        t.append("deterministic strategies: ").append(count(s)).append('\n');
        List<ImpliedIndependences.Independence> implied = ImpliedIndependences.of(s);
        t.append("implied conditional independences among observed variables (d-separation with λ):\n");
        if (implied.isEmpty()) {
            t.append("  none: every constraint of this structure on p is an inequality, tested by the LP\n");
        }
        int w = implied.stream().mapToInt(i -> i.describe(s).length()).max().orElse(0);
        for (ImpliedIndependences.Independence i : implied) {
            t.append(String.format("  %-" + w + "s   [%s]%n", i.describe(s), i.dSeparation(s)));
        }
        if (!implied.isEmpty() && implied.stream().allMatch(i -> i.given().isEmpty())) {
            t.append("  (no-signalling conditions; any p that breaks one is reproduced by no model of this structure)\n");
        }
        return t.toString();
    }

    private static String distribution(Node n) {
        List<String> p = new ArrayList<>();
        for (double v : n.distribution()) {
            p.add(Numbers.format(v));
        }
        return "(" + String.join(", ", p) + ")";
    }

    private static String measure(CausalStructure s) {
        if (s.minimised().isPresent()) {
            return s.minimised().get() + ", averaged over the settings (Chaves et al. 2015, eq. 39)";
        }
        if (s.relaxed().isEmpty()) {
            return "none (no relaxed edge): the question is whether p is compatible with the structure";
        }
        List<String> c = s.relaxed().stream().map(StructureReport::influence).toList();
        return (c.size() == 1 ? c.get(0) : "max(" + String.join(", ", c) + ")") + ", the direct causal influence of the relaxed edge"
                + (c.size() == 1 ? "" : "s") + " (Chaves et al. 2015, eqs. 4, 29)";
    }

    private static String influence(Edge e) {
        return "C_" + e.from() + "→" + e.to();
    }

    /** E.g. {@code 512 = a(x): 2^3 · b(x,a): 2^6}. */
    private static String count(CausalStructure s) {
        List<String> factors = new ArrayList<>();
        for (Node v : s.responseOrder()) {
            List<String> in = s.tableInputs(v.name());
            factors.add(v.name() + (in.isEmpty() ? "" : "(" + String.join(",", in) + ")") + ": " + v.values() + "^" + s.tableEntries(v.name()));
        }
        String n;
        try {
            BigInteger c = s.strategyCount();
            n = c.bitLength() < 200 ? c.toString() : "about 10^" + (c.toString().length() - 1);
        } catch (relax.core.InvalidStructureException e) {
            n = "more than 10^1000000";
        }
        return n + " = " + String.join(" · ", factors) + "  (one response table per outcome and hidden node)";
    }

    /** Which implied independences behaviour {@code b} breaks, with the entries that show it. */
    static String check(String source, CausalStructure s, List<ImpliedIndependences.Independence> implied, Behaviour b, double tolerance) {
        StringBuilder t = new StringBuilder("behaviour ").append(source).append(": ");
        List<ImpliedIndependences.Violation> broken = new ArrayList<>();
        for (ImpliedIndependences.Independence i : implied) {
            Optional<ImpliedIndependences.Violation> v = ImpliedIndependences.check(s, i, b, tolerance);
            v.ifPresent(broken::add);
        }
        if (broken.isEmpty()) {
            return t.append(implied.isEmpty() ? "no independence to check\n" : "obeys every implied independence (within " + tolerance + ")\n").toString();
        }
        t.append("breaks ").append(broken.size()).append(" implied independence").append(broken.size() == 1 ? "" : "s")
                .append(", so no model of this structure reproduces it:\n");
        for (ImpliedIndependences.Violation v : broken) {
            t.append("  ").append(v.independence().describe(s)).append(", but ").append(v.where()).append('\n');
        }
        return t.toString();
    }
}
