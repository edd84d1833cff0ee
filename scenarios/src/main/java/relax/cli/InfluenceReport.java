package relax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.engine.Status;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.FaithfulnessAnalysis;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.analysis.Problem;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.io.BehaviourFile;

/** Renders an {@link InfluenceAnalysis.Outcome} as text for people or as one line of JSON for scripts. */
final class InfluenceReport {
    private static final int MODEL_LINES = 20;

    private InfluenceReport() {
    }

    /** The text of one result, with the faithfulness section {@code f} of its behaviour under its model's graph. */
    static String text(String file, InfluenceAnalysis.Outcome o, FaithfulnessAnalysis.Outcome f) {
        StringBuilder s = new StringBuilder();
        String name = o.behaviour().name().isEmpty() ? "" : " (" + o.behaviour().name() + ")";
        s.append(file).append(name).append('\n');
        s.append("  model       ").append(o.model().key()).append(": ").append(o.model().title()).append('\n');
        RelaxationResult r = o.result();
        switch (o.status()) {
            case OPTIMAL -> {
                s.append("  result      ").append(o.message()).append('\n');
                if (o.model() == CausalModel.COMMUNICATION) {
                    s.append("              min H(m) = h(p(m=0)) = ").append(Numbers.format(o.messageEntropy())).append(" bits\n");
                }
                appendModel(s, r);
                if (o.model() != CausalModel.LHV && r.certificate().isChecked()) {
                    s.append("  certificate every ").append(o.model().key()).append(" model satisfies\n");
                    s.append("      ").append(expression(o.problem().scenario(), r.certificate())).append("  <=  ").append(o.model().measure()).append('\n');
                    appendRounding(s, r.certificate());
                    s.append("    and this behaviour gives the left side ").append(BellExpression.fraction(r.certificate().bound()))
                            .append(" = ").append(Numbers.format(r.certificate().boundValue())).append('\n');
                } else if (o.model() != CausalModel.LHV) {
                    s.append("  certificate none: ").append(r.certificate().note()).append('\n');
                }
            }
            case INFEASIBLE -> {
                s.append("  result      infeasible: ").append(o.message()).append('\n');
                Certificate c = r.certificate();
                if (c != null && c.provesInfeasible()) {
                    s.append("  certificate every ").append(o.model().key()).append(" model satisfies\n");
                    s.append("      ").append(expression(o.problem().scenario(), c)).append("  <=  0\n");
                    appendRounding(s, c);
                    s.append("    and this behaviour gives ").append(Numbers.format(c.boundValue()))
                            .append(c.isChecked() ? " (checked in exact arithmetic)" : "").append('\n');
                }
            }
            case FAILED -> s.append("  result      failed: ").append(o.message()).append('\n');
        }
        return s.append(FaithfulnessReport.section(f)).append(solvedBy(r, o.problem())).toString();
    }

    /** The verification line and the strategies of an optimal model, heaviest first. */
    static void appendModel(StringBuilder s, RelaxationResult r) {
        s.append("  verified    ").append(verification(r)).append('\n');
        s.append("  hidden-variable model (").append(r.model().size()).append(" strategies, weight q and strategy):\n");
        for (int i = 0; i < Math.min(MODEL_LINES, r.model().size()); i++) {
            RelaxationResult.WeightedStrategy w = r.model().get(i);
            s.append(String.format(Locale.ROOT, "    %.10f  %s%n", w.weight(), w.description()));
        }
        if (r.model().size() > MODEL_LINES) {
            s.append("    … ").append(r.model().size() - MODEL_LINES).append(" more (see --json)\n");
        }
    }

    /** The last line: backend, method, effort. */
    static String solvedBy(RelaxationResult r, Problem p) {
        return "  solved by   " + Solved.text(r.diagnostics(), "strategy columns of " + p.strategies());
    }

    private static String verification(RelaxationResult r) {
        Certificate c = r.certificate();
        if (r.verified()) {
            return "yes: exact dual bound " + BellExpression.fraction(c.bound()) + " matches the value within 1e-9; model residual " + String.format(Locale.ROOT, "%.1e", r.residual());
        }
        return "NO: " + (c.isChecked() ? "exact dual bound " + Numbers.format(c.boundValue()) : c.note()) + ", model residual "
                + String.format(Locale.ROOT, "%.1e", r.residual());
    }

    private static String expression(Scenario s, Certificate c) {
        return BellExpression.format(s, c.entryWeights());
    }

    /** One JSON line, with the faithfulness section {@code f} as the object {@code faithfulness}. */
    static String json(String file, InfluenceAnalysis.Outcome o, FaithfulnessAnalysis.Outcome f) {
        ObjectNode n = JsonRecord.start(file, "behaviour", o.problem());
        n.put("model", o.model().key());
        RelaxationResult r = o.result();
        JsonRecord.outcome(n, o.status(), r.value(), o.status() != Status.FAILED && r.verified(), o.message());
        if (o.model() == CausalModel.COMMUNICATION) {
            JsonRecord.number(n, "entropy", o.messageEntropy());
        }
        certificate(n, o.problem(), r.certificate(), o.model());
        FaithfulnessReport.fields(n.putObject("faithfulness"), f);
        model(n, r, o.status() == Status.OPTIMAL);
        return n.toString();
    }

    /** The model, its residual (null unless {@code optimal}) and how it was solved, as JSON fields of {@code n} (modified). */
    static void model(ObjectNode n, RelaxationResult r, boolean optimal) {
        ArrayNode model = n.putArray("hidden_variable_model");
        for (RelaxationResult.WeightedStrategy w : r.model()) {
            model.add(JsonRecord.strategy(w.weight(), w.responses()));
        }
        JsonRecord.number(n, "residual", optimal ? r.residual() : Double.NaN);
        Solved.json(n, r.diagnostics());
    }

    /** Says so when the printed inequality shows rounded coefficients. */
    static void appendRounding(StringBuilder s, Certificate c) {
        if (!BellExpression.exactInText(c.entryWeights())) {
            s.append("    (some coefficients are rounded to 12 digits here; --json gives them exactly as z_exact)\n");
        }
    }

    /**
     * {@code certificate}: the inequality ⟨ẑ, p⟩ ≤ Σ_i weight_i C_i ≤ measure (or ≤ 0 for a Farkas proof) of a structure,
     * or null without one; {@code relation} is null when it could not be checked exactly (it then proves nothing). The
     * measure weights are per row of C = counts / scale, so that they sum to at most 1.
     */
    static ObjectNode certificate(ObjectNode parent, Problem p, Certificate c, CausalModel model) {
        return certificate(parent, p, c, c == null || !c.isChecked() ? null : c.provesInfeasible() ? "<= 0 for every " + model.key() + " model"
                : model == CausalModel.LHV ? "none needed: a local model exists" : "<= " + model.measure() + " for every " + model.key() + " model");
    }

    /** {@link #certificate(ObjectNode, Problem, Certificate, CausalModel)} with the relation it proves in words (null: unchecked). */
    static ObjectNode certificate(ObjectNode parent, Problem p, Certificate c, String relation) {
        if (c == null) {
            parent.putNull("certificate");
            return null;
        }
        Scenario s = p.scenario();
        ObjectNode n = parent.putObject("certificate");
        BigFraction[] z = c.entryWeights();
        double[] zd = new double[z.length];
        String[] exact = new String[z.length];
        for (int i = 0; i < z.length; i++) {
            zd[i] = z[i].doubleValue();
            exact[i] = JsonRecord.fraction(z[i]);
        }
        n.set("z", BehaviourFile.nested(s, zd));
        n.set("z_exact", BehaviourFile.nested(s, exact));
        n.put("expression", BellExpression.format(s, z));
        n.put("relation", relation);
        JsonRecord.exact(n, "bound", c.bound());
        n.put("infeasibility_proof", c.provesInfeasible());
        n.put("checked_exactly", c.isChecked());
        ArrayNode weights = n.putArray("measure_weights");
        BigFraction[] w = c.measureWeights();
        for (int i = 0; i < w.length; i++) {
            if (w[i].getNumerator().signum() != 0) {
                ObjectNode e = weights.addObject();
                e.put("row", p.measureRows().get(i));
                JsonRecord.exact(e, "weight", w[i].multiply(p.measureScale()));
            }
        }
        n.put("note", c.note());
        return n;
    }
}
