package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.microstate.Audit;
import relax.scenarios.microstate.Chsh;
import relax.scenarios.microstate.HiddenVariableModel;
import relax.scenarios.microstate.MicrostateDependence;
import relax.scenarios.microstate.ModelVariable;
import relax.scenarios.microstate.Property;
import relax.scenarios.microstate.Surd;
import relax.scenarios.microstate.Verdict;

/** Renders an {@link Audit} as text for people or as one line of JSON for scripts. */
final class AuditReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditReport() {
    }

    static String text(String file, Audit audit) {
        HiddenVariableModel m = audit.model();
        StringBuilder s = new StringBuilder(file).append(m.name().isEmpty() ? "" : " (" + m.name() + ")").append('\n');
        s.append("  variables   ");
        String sep = "";
        for (ModelVariable v : ModelVariable.values()) {
            if (m.declares(v)) {
                s.append(sep).append(v.symbol()).append(" ∈ {").append(String.join(", ", m.values().get(v.ordinal()))).append('}');
                sep = "; ";
            }
        }
        s.append("\n  joint       ").append(audit.joint().entries()).append(" non-zero values of P(x,y,λ,λ_a,λ_b,a,b), all exact\n");
        behaviour(s, audit);
        chsh(s, audit.chsh());
        s.append("  properties  (holds: every equation holds exactly; else the largest |left − right| and where)\n");
        for (Verdict v : audit.verdicts()) {
            Property p = v.property();
            s.append(v.holds() ? "    holds     " : "    VIOLATED  ").append(p.title()).append(" (").append(p.source()).append(')');
            if (!v.holds()) {
                StringBuilder at = new StringBuilder();
                audit.where(v).forEach((var, value) -> at.append(at.length() > 0 ? " " : "").append(var.symbol()).append('=').append(value));
                s.append(": ").append(number(v.violation())).append("\n              ").append(v.equation()).append(" fails at ")
                        .append(at).append(": ").append(number(v.lhs())).append(" vs ").append(number(v.rhs()));
            }
            s.append('\n');
        }
        if (audit.dependence().isEmpty()) {
            s.append("  microstate dependence  not defined: the model is not settings-independent, so p(λ) depends on the settings\n");
        } else {
            s.append("  microstate dependence on the far setting (TV: total-variation distance)\n");
            for (MicrostateDependence d : audit.dependence()) {
                if (!m.declares(d.micro())) {
                    continue;
                }
                s.append("    ").append(d.definition()).append(" = ").append(number(d.value()));
                if (d.value().signum() > 0) {
                    s.append(", at ").append(assignment(audit.where(d)));
                }
                s.append('\n');
            }
        }
        return s.toString().stripTrailing();
    }

    private static void behaviour(StringBuilder s, Audit audit) {
        HiddenVariableModel m = audit.model();
        Scenario sc = audit.scenario();
        s.append("  behaviour   p(a,b|x,y), (a,b) in the order");
        for (int a = 0; a < sc.outputs(0); a++) {
            for (int b = 0; b < sc.outputs(1); b++) {
                s.append(" (").append(m.valueName(ModelVariable.A, a)).append(',').append(m.valueName(ModelVariable.B, b)).append(')');
            }
        }
        s.append('\n');
        for (int x = 0; x < sc.inputs(0); x++) {
            for (int y = 0; y < sc.inputs(1); y++) {
                s.append("      x=").append(m.valueName(ModelVariable.X, x)).append(" y=").append(m.valueName(ModelVariable.Y, y)).append(": ");
                for (int a = 0; a < sc.outputs(0); a++) {
                    for (int b = 0; b < sc.outputs(1); b++) {
                        s.append(a + b > 0 ? "  " : "").append(audit.behaviour()[sc.index(x, y, a, b)]);
                    }
                }
                s.append('\n');
            }
        }
    }

    private static void chsh(StringBuilder s, Chsh c) {
        if (c == null) {
            s.append("  CHSH        not defined (needs two settings and two results per side)\n");
            return;
        }
        s.append("  CHSH        eq. (8) of Chaves et al. 2015, max over its 8 relabellings: ").append(number(c.value())).append(" (")
                .append(c.relabelling()).append(c.violated() ? "): VIOLATED, local bound 0\n" : "): not violated, local bound 0\n");
        s.append("              S = E00 + E01 + E10 - E11 = ").append(number(c.s())).append(" as labelled; max over the 8 forms ")
                .append(number(c.sMax())).append(" (local bound 2)\n");
    }

    /** Exact value, and its decimal when that says something new. */
    private static String number(Surd v) {
        String exact = v.toString();
        String decimal = Numbers.format(v.doubleValue());
        return exact.equals(decimal) ? exact : exact + " = " + decimal;
    }

    private static String assignment(Map<String, String> where) {
        StringBuilder s = new StringBuilder();
        where.forEach((k, v) -> s.append(s.length() > 0 ? " " : "").append(k).append('=').append(v));
        return s.toString();
    }

    static String json(String file, Audit audit) {
        HiddenVariableModel m = audit.model();
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file);
        root.put("mode", "model");
        root.put("name", m.name());
        JsonRecord.scenario(root, audit.scenario());
        root.put("status", "audited");
        ObjectNode vars = root.putObject("variables");
        for (ModelVariable v : ModelVariable.values()) {
            if (m.declares(v)) {
                ArrayNode a = vars.putArray(v.key());
                m.values().get(v.ordinal()).forEach(a::add);
            }
        }
        ObjectNode behaviour = BehaviourFile.toJsonNode(audit.behaviourAsDoubles());
        String[] exact = new String[audit.behaviour().length];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = audit.behaviour()[i].toString();
        }
        behaviour.set("p_exact", BehaviourFile.nested(audit.scenario(), exact));
        root.set("behaviour", behaviour);
        Chsh c = audit.chsh();
        if (c == null) {
            root.putNull("chsh");
        } else {
            ObjectNode n = root.putObject("chsh");
            put(n, "value", c.value());
            n.put("relabelling", c.relabelling());
            n.put("violated", c.violated());
            n.put("local_bound", 0);
            n.put("definition", "Chaves et al. 2015, eq. (8): p(00|00) + p(00|01) + p(00|10) - p(00|11) - pA(0|0) - pB(0|0), "
                    + "maximised over its 8 relabellings; (S - 2)/4 for no-signalling behaviours");
            put(n, "S", c.s());
            put(n, "S_max", c.sMax());
            n.put("S_definition", "S = E00 + E01 + E10 - E11 as labelled (results +1, -1 in their declared order); "
                    + "S_max = max of the 8 forms +-(E00 + E01 + E10 + E11 - 2 E_st); local bound 2");
        }
        ObjectNode props = root.putObject("properties");
        for (Verdict v : audit.verdicts()) {
            ObjectNode n = props.putObject(v.property().key());
            n.put("holds", v.holds());
            n.put("violation", v.violation().doubleValue());
            n.put("violation_exact", v.violation().toString());
            ObjectNode where = n.putObject("where");
            audit.where(v).forEach((var, value) -> where.put(var.key(), value));
            if (v.holds()) {
                n.putNull("equation");
                n.putNull("lhs_exact");
                n.putNull("rhs_exact");
            } else {
                n.put("equation", v.equation().toString());
                n.put("lhs_exact", v.lhs().toString());
                n.put("rhs_exact", v.rhs().toString());
            }
            n.put("definition", definition(v.property()));
            n.put("source", v.property().source());
        }
        if (audit.dependence().isEmpty()) {
            root.putNull("microstate_dependence");
        } else {
            ObjectNode deps = root.putObject("microstate_dependence");
            for (MicrostateDependence d : audit.dependence()) {
                ObjectNode n = deps.putObject(d.key());
                put(n, "value", d.value());
                ObjectNode where = n.putObject("where");
                audit.where(d).forEach(where::put);
                n.put("definition", d.definition());
            }
        }
        return root.toString();
    }

    private static String definition(Property p) {
        StringBuilder s = new StringBuilder();
        p.equations().forEach(e -> s.append(s.length() > 0 ? "; " : "").append(e));
        return s.toString();
    }

    private static void put(ObjectNode n, String key, Surd v) {
        n.put(key, v.doubleValue());
        n.put(key + "_exact", v.toString());
    }
}
