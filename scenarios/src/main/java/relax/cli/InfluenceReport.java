package relax.cli;

import relax.lp.engine.Status;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.locality.CausalModel;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.core.strategy.StrategySpace;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.analysis.InfluenceAnalysis;

/** Renders an {@link InfluenceAnalysis.Outcome} as text for people or as one line of JSON for scripts. */
final class InfluenceReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MODEL_LINES = 20;

    private InfluenceReport() {
    }

    static String text(String file, InfluenceAnalysis.Outcome o) {
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
                    s.append("      ").append(expression(o)).append("  <=  ").append(o.model().measure()).append('\n');
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
                    s.append("      ").append(expression(o)).append("  <=  0\n");
                    appendRounding(s, c);
                    s.append("    and this behaviour gives ").append(Numbers.format(c.boundValue()))
                            .append(c.isChecked() ? " (checked in exact arithmetic)" : "").append('\n');
                }
            }
            case FAILED -> s.append("  result      failed: ").append(o.message()).append('\n');
        }
        return s.append(solvedBy(r, o.model().strategies(o.behaviour().scenario()))).toString();
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
    static String solvedBy(RelaxationResult r, StrategySpace space) {
        return "  solved by   " + Solved.text(r.diagnostics()) + " (strategy columns of " + space.count() + ")";
    }

    private static String verification(RelaxationResult r) {
        Certificate c = r.certificate();
        if (r.verified()) {
            return "yes: exact dual bound " + BellExpression.fraction(c.bound()) + " matches the value within 1e-9; model residual " + String.format(Locale.ROOT, "%.1e", r.residual());
        }
        return "NO: " + (c.isChecked() ? "exact dual bound " + Numbers.format(c.boundValue()) : c.note()) + ", model residual "
                + String.format(Locale.ROOT, "%.1e", r.residual());
    }

    private static String expression(InfluenceAnalysis.Outcome o) {
        return BellExpression.format(o.behaviour().scenario(), o.result().certificate().entryWeights());
    }

    static String json(String file, InfluenceAnalysis.Outcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        n.put("model", o.model().key());
        n.put("measure", o.model().measure());
        RelaxationResult r = o.result();
        putOutcome(n, o.status(), r, o.message());
        if (o.model() == CausalModel.COMMUNICATION && o.status() == Status.OPTIMAL) {
            n.put("entropy", o.messageEntropy());
        }
        Certificate c = r.certificate();
        if (c == null) {
            n.putNull("certificate");
        } else {
            n.set("certificate", certificateJson(o.behaviour().scenario(), c, o.model()));
        }
        putSolver(n, r, o.status() == Status.OPTIMAL);
        return n.toString();
    }

    /** Status, value (null unless optimal), message and whether it was verified, as JSON fields of {@code n} (modified). */
    static void putOutcome(ObjectNode n, Status status, RelaxationResult r, String message) {
        n.put("status", status.name().toLowerCase(Locale.ROOT));
        if (status == Status.OPTIMAL) {
            n.put("value", r.value());
        } else {
            n.putNull("value");
        }
        n.put("message", message);
        n.put("verified", status != Status.FAILED && r.verified());
    }

    /** The model, its residual (if {@code optimal}) and how it was solved, as JSON fields of {@code n} (modified). */
    static void putSolver(ObjectNode n, RelaxationResult r, boolean optimal) {
        ArrayNode model = n.putArray("hidden_variable_model");
        for (RelaxationResult.WeightedStrategy w : r.model()) {
            model.addObject().put("weight", w.weight()).put("strategy", w.description());
        }
        if (optimal) {
            n.put("residual", r.residual());
        }
        Solved.json(n, r.diagnostics());
    }

    /** Says so when the printed inequality shows rounded coefficients. */
    static void appendRounding(StringBuilder s, Certificate c) {
        if (!BellExpression.exactInText(c.entryWeights())) {
            s.append("    (some coefficients are rounded to 12 digits here; --json gives them exactly as z_exact)\n");
        }
    }

    /**
     * The certificate ⟨ẑ, p⟩ ≤ measure (or ≤ 0 for a Farkas proof) of a structure, as JSON; {@code relation}
     * is null when the certificate could not be checked exactly (it then proves nothing).
     */
    static ObjectNode certificateJson(Scenario s, Certificate c, CausalModel model) {
        String relation = c.provesInfeasible() ? "<= 0 for every " + model.key() + " model"
                : model == CausalModel.LHV ? "none needed: a local model exists" : "<= " + model.measure() + " for every " + model.key() + " model";
        return certificateJson(s, c, model.strategies(s), relation);
    }

    /**
     * The certificate of a relaxation over {@code space} as JSON; {@code relation} says what ⟨ẑ, p⟩ is bounded by
     * when the certificate is checked, and is written as null otherwise (it then proves nothing).
     */
    static ObjectNode certificateJson(Scenario s, Certificate c, StrategySpace space, String relation) {
        ObjectNode n = JSON.createObjectNode();
        BigFraction[] z = c.entryWeights();
        double[] zd = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            zd[i] = z[i].doubleValue();
        }
        String[] exact = new String[z.length];
        for (int i = 0; i < z.length; i++) {
            exact[i] = z[i].getDenominator().equals(java.math.BigInteger.ONE) ? z[i].getNumerator().toString()
                    : z[i].getNumerator() + "/" + z[i].getDenominator();
        }
        n.set("z", BehaviourFile.nested(s, zd));
        n.set("z_exact", BehaviourFile.nested(s, exact));
        n.put("expression", BellExpression.format(s, z));
        if (!c.isChecked()) {
            n.putNull("relation");
        } else {
            n.put("relation", relation);
        }
        n.put("bound", c.boundValue());
        n.put("bound_exact", BellExpression.fraction(c.bound()));
        n.put("infeasibility_proof", c.provesInfeasible());
        n.put("checked_exactly", c.isChecked());
        // The certificate weighs the integer count rows of C (C = counts / measureScale, e.g. for comm the number of
        // inputs x with message 0); per labelled row (p(m=0) itself for comm) the weight is w · measureScale, so that
        // expression − bound ≤ Σ weight · row holds as written.
        ObjectNode weights = n.putObject("measure_weights");
        BigFraction[] w = c.measureWeights();
        for (int i = 0; i < w.length; i++) {
            if (w[i].getNumerator().signum() != 0) {
                weights.put(space.measureRowLabel(i), BellExpression.fraction(w[i].multiply(space.measureScale())));
            }
        }
        n.put("note", c.note());
        return n;
    }
}
