package relax.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import relax.core.Numbers;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.MicrostateDependenceAnalysis;
import relax.scenarios.functional.BellExpression;

/** Renders a {@link MicrostateDependenceAnalysis.Outcome} as text for people or as one line of JSON for scripts. */
final class MicrostateReport {
    private static final String MODELS = "locally causal, settings-independent model";

    private MicrostateReport() {
    }

    static String text(String file, MicrostateDependenceAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder();
        String name = o.behaviour().name().isEmpty() ? "" : " (" + o.behaviour().name() + ")";
        s.append(file).append(name).append('\n');
        s.append("  measure     ").append(o.measure().symbol()).append(" = ").append(o.measure().definition()).append('\n');
        s.append("              over every ").append(MODELS).append(" whose microstate λ_b may depend on ").append(o.measure().far())
                .append(o.measure().givenY() ? " and y" : "").append('\n');
        RelaxationResult r = o.result();
        switch (o.status()) {
            case OPTIMAL -> {
                s.append("  result      ").append(o.message()).append('\n');
                InfluenceReport.appendModel(s, r);
                s.append("              (each strategy: a maximal coupling of λ_b's distributions, Bob's answers for each value of ")
                        .append(o.measure().far()).append(")\n");
                Certificate c = r.certificate();
                if (c.isChecked()) {
                    s.append("  certificate every ").append(MODELS).append(" satisfies\n");
                    s.append("      ").append(BellExpression.format(o.behaviour().scenario(), c.entryWeights())).append("  <=  ")
                            .append(o.measure().symbol()).append('\n');
                    InfluenceReport.appendRounding(s, c);
                    s.append("    and this behaviour gives the left side ").append(BellExpression.fraction(c.bound())).append(" = ")
                            .append(Numbers.format(c.boundValue())).append('\n');
                } else {
                    s.append("  certificate none: ").append(c.note()).append('\n');
                }
            }
            case INFEASIBLE -> {
                s.append("  result      infeasible: ").append(o.message()).append('\n');
                Certificate c = r.certificate();
                if (c != null && c.provesInfeasible()) {
                    s.append("  certificate every ").append(MODELS).append(" satisfies\n");
                    s.append("      ").append(BellExpression.format(o.behaviour().scenario(), c.entryWeights())).append("  <=  0\n");
                    InfluenceReport.appendRounding(s, c);
                    s.append("    and this behaviour gives ").append(Numbers.format(c.boundValue()))
                            .append(c.isChecked() ? " (checked in exact arithmetic)" : "").append('\n');
                }
            }
            case FAILED -> s.append("  result      failed: ").append(o.message()).append('\n');
        }
        return s.append(InfluenceReport.solvedBy(r, o.problem())).toString();
    }

    static String json(String file, MicrostateDependenceAnalysis.Outcome o) {
        ObjectNode n = JsonRecord.start(file, "behaviour", o.problem());
        n.put("definition", o.measure().definition());
        RelaxationResult r = o.result();
        JsonRecord.outcome(n, o.status(), r.value(), o.status() != relax.lp.engine.Status.FAILED && r.verified(), o.message());
        Certificate c = r.certificate();
        InfluenceReport.certificate(n, o.problem(), c, c == null || !c.isChecked() ? null
                : c.provesInfeasible() ? "<= 0 for every " + MODELS : "<= " + o.measure().symbol() + " for every " + MODELS);
        InfluenceReport.model(n, r, o.status() == relax.lp.engine.Status.OPTIMAL);
        return n.toString();
    }
}
