package relax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import relax.core.Numbers;
import relax.core.structure.CausalStructure;
import relax.lp.engine.Status;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.FaithfulnessAnalysis;
import relax.scenarios.analysis.StructureAnalysis;
import relax.scenarios.functional.BellExpression;

/**
 * Renders a {@link StructureAnalysis.Outcome} ({@code relax influence --structure}) as text or one line of JSON, in
 * the words and keys of {@link InfluenceReport}: {@code structure} and {@code relaxed} instead of {@code model}
 * (docs/json.md).
 */
final class StructureInfluenceReport {
    private StructureInfluenceReport() {
    }

    /** The text of one result, with the faithfulness section {@code f} (empty: the structure does not pair settings and outcomes). */
    static String text(String file, StructureAnalysis.Outcome o, Optional<FaithfulnessAnalysis.Outcome> f) {
        StringBuilder s = new StringBuilder();
        String name = o.behaviour().name().isEmpty() || file.startsWith(o.behaviour().name()) ? "" : " (" + o.behaviour().name() + ")";
        s.append(file).append(name).append('\n');
        CausalStructure st = o.structure();
        s.append("  structure   ").append(key(o)).append(": ").append(measureInWords(o)).append('\n');
        RelaxationResult r = o.result();
        switch (o.status()) {
            case OPTIMAL -> {
                s.append("  result      ").append(o.message()).append('\n');
                if (!Double.isNaN(o.messageEntropy())) {
                    String m = st.minimised().orElseThrow().node();
                    s.append("              min H(").append(m).append(") = h(").append(st.measureLabel()).append(") = ")
                            .append(Numbers.format(o.messageEntropy())).append(" bits\n");
                }
                InfluenceReport.appendModel(s, r);
                if (o.measured() && r.certificate().isChecked()) {
                    s.append("  certificate every ").append(key(o)).append(" model satisfies\n");
                    s.append("      ").append(expression(o, r.certificate())).append("  <=  ").append(st.measureLabel()).append('\n');
                    InfluenceReport.appendRounding(s, r.certificate());
                    s.append("    and this behaviour gives the left side ").append(BellExpression.fraction(r.certificate().bound())).append(" = ")
                            .append(Numbers.format(r.certificate().boundValue())).append('\n');
                } else if (o.measured()) {
                    s.append("  certificate none: ").append(r.certificate().note()).append('\n');
                }
            }
            case INFEASIBLE -> {
                s.append("  result      infeasible: ").append(o.message()).append('\n');
                Certificate c = r.certificate();
                if (c != null && c.provesInfeasible()) {
                    s.append("  certificate every ").append(key(o)).append(" model satisfies\n");
                    s.append("      ").append(expression(o, c)).append("  <=  0\n");
                    InfluenceReport.appendRounding(s, c);
                    s.append("    and this behaviour gives ").append(Numbers.format(c.boundValue())).append(c.isChecked() ? " (checked in exact arithmetic)" : "")
                            .append('\n');
                }
            }
            case FAILED -> s.append("  result      failed: ").append(o.message()).append('\n');
        }
        s.append(f.map(FaithfulnessReport::section).orElseGet(() -> FaithfulnessReport.notApplicable(st.settings().size(), st.outcomes().size())));
        return s.append(InfluenceReport.solvedBy(r, o.problem())).toString();
    }

    /** The structure's name (or "structure" when it has none). */
    static String key(StructureAnalysis.Outcome o) {
        return o.structure().name().isEmpty() ? "structure" : o.structure().name();
    }

    /** E.g. {@code minimise C_x→b (relaxed x->b)}, {@code minimise p(m=0)}, {@code is p compatible? (no relaxed edge)}. */
    private static String measureInWords(StructureAnalysis.Outcome o) {
        if (!o.measured()) {
            return "is p compatible? (no relaxed edge)";
        }
        CausalStructure st = o.structure();
        return "minimise " + st.measureLabel() + (st.relaxed().isEmpty() ? "" : " (relaxed "
                + String.join(", ", st.relaxed().stream().map(Object::toString).toList()) + ")");
    }

    /** The certificate's inequality with the entries named by the structure's nodes where its scenario is padded. */
    private static String expression(StructureAnalysis.Outcome o, Certificate c) {
        return BellExpression.format(o.problem().scenario(), c.entryWeights(), o.structure()::entryName);
    }

    /** One JSON line, with the faithfulness section {@code f} as the object {@code faithfulness} (null when empty). */
    static String json(String file, StructureAnalysis.Outcome o, Optional<FaithfulnessAnalysis.Outcome> f) {
        ObjectNode n = JsonRecord.start(file, "behaviour", o.problem());
        n.put("structure", key(o));
        ArrayNode relaxed = n.putArray("relaxed");
        o.structure().relaxed().forEach(e -> relaxed.add(e.toString()));
        RelaxationResult r = o.result();
        JsonRecord.outcome(n, o.status(), r.value(), o.status() != Status.FAILED && r.verified(), o.message());
        if (o.structure().minimised().isPresent()) {
            JsonRecord.number(n, "entropy", o.messageEntropy());
        }
        Certificate c = r.certificate();
        String relation = c == null || !c.isChecked() ? null : c.provesInfeasible() ? "<= 0 for every " + key(o) + " model"
                : o.measured() ? "<= " + o.structure().measureLabel() + " for every " + key(o) + " model" : "none needed: a " + key(o) + " model reproduces p";
        ObjectNode cj = InfluenceReport.certificate(n, o.problem(), c, relation);
        if (cj != null) {
            cj.put("expression", expression(o, c));
        }
        f.ifPresentOrElse(x -> FaithfulnessReport.fields(n.putObject("faithfulness"), x), () -> n.putNull("faithfulness"));
        InfluenceReport.model(n, r, o.status() == Status.OPTIMAL);
        return n.toString();
    }
}
