package relax.cli;

import relax.lp.engine.Tolerances;
import relax.lp.engine.Status;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.lp.dependence.MeasurementDependenceCertificate;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.dependence.MeasurementDependentModel;
import relax.lp.dependence.MutualInformation;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.analysis.MeasurementDependenceAnalysis;

/** Renders a {@link MeasurementDependenceAnalysis.Outcome} as text for people or as one line of JSON for scripts. */
final class MdReport {
    private static final int MODEL_LINES = 20;

    private MdReport() {
    }

    static String text(String subject, MeasurementDependenceAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder();
        String name = o.behaviour() == null || o.behaviour().name().isEmpty() ? "" : " (" + o.behaviour().name() + ")";
        MeasurementDependenceResult r = o.result();
        s.append(subject).append(name).append('\n');
        s.append("  measure     ").append(o.measure().definition()).append(", p(x) ")
                .append(o.inputs().isUniform() ? "uniform" : o.inputs().toString()).append('\n');
        if (o.functional() != null) {
            s.append(FunctionalReport.constraintsLine(o.problem().constraints().subList(0, o.problem().constraints().size() - 1), o.noSignalling()));
        }
        switch (o.status()) {
            case OPTIMAL -> {
                s.append("  result      ").append(o.message()).append('\n');
                s.append("  verified    ").append(verification(r)).append('\n');
                s.append("  I(X:Lambda) ").append(Numbers.down(o.miLower(), 10)).append(" <= I <= ").append(Numbers.up(o.miUpper(), 10)).append(" bits");
                s.append(o.bracket() == null ? "  (Pinsker bound of the minimum; I of the optimal model below, one of possibly many optima)"
                        : "  (certified bracket of min I over all models reproducing p" + (o.bracket().converged() ? "" : ", NOT converged") + ", "
                                + o.bracket().iterations() + " iterations)").append('\n');
                MeasurementDependentModel model = r.model();
                s.append("  optimal model (").append(model.strategies()).append(" strategies; p(lambda), then q(x,lambda) for each input tuple x):\n");
                List<Integer> order = heaviest(model);
                for (int i = 0; i < Math.min(MODEL_LINES, order.size()); i++) {
                    int k = order.get(i);
                    s.append(String.format(Locale.ROOT, "    %.10f  [", model.strategyWeight(k)));
                    for (int x = 0; x < o.inputs().size(); x++) {
                        s.append(x > 0 ? " " : "").append(String.format(Locale.ROOT, "%.6f", model.weight(k, x)));
                    }
                    s.append("]  ").append(model.space().describe(model.space().digits().digits(model.strategy(k)))).append('\n');
                }
                if (order.size() > MODEL_LINES) {
                    s.append("    … ").append(order.size() - MODEL_LINES).append(" more (see --json)\n");
                }
                MeasurementDependenceCertificate c = r.certificate();
                s.append("  certificate every measurement-dependent model").append(o.behaviour() == null ? " meeting the constraints" : "")
                        .append(" satisfies\n");
                s.append("      ").append(BellExpression.format(scenario(o), c.entryWeights())).append("  <=  ").append(o.measure().symbol()).append('\n');
                if (o.measure() == MeasurementDependenceMeasure.HALL) {
                    s.append("    with pair weights ").append(pairWeights(o.inputs().size(), c.pairWeights())).append('\n');
                }
                s.append("    and ").append(o.behaviour() == null ? "the constraints give" : "this behaviour gives").append(" the left side ")
                        .append(BellExpression.fraction(c.bound())).append(" = ").append(Numbers.format(c.boundValue())).append('\n');
            }
            case INFEASIBLE -> {
                s.append("  result      infeasible: ").append(o.message()).append('\n');
                MeasurementDependenceCertificate c = r.certificate();
                if (c != null && c.provesInfeasible()) {
                    s.append("  certificate ").append(c.note()).append(":\n      ").append(BellExpression.format(scenario(o), c.entryWeights()))
                            .append("\n    (checked in exact arithmetic)\n");
                }
            }
            case FAILED -> s.append("  result      failed: ").append(o.message()).append('\n');
        }
        s.append("  solved by   ").append(Solved.text(r.diagnostics(), "ray columns over " + o.problem().strategies() + " strategies"));
        if (o.bracket() != null) {
            s.append(String.format(Locale.ROOT, "; min I: %.3f s", o.bracket().nanos() / 1e9));
        }
        return s.toString();
    }

    private static Scenario scenario(MeasurementDependenceAnalysis.Outcome o) {
        return o.behaviour() != null ? o.behaviour().scenario() : o.functional().scenario();
    }

    private static List<Integer> heaviest(MeasurementDependentModel model) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < model.strategies(); i++) {
            if (model.strategyWeight(i) > 1e-12) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(model::strategyWeight).reversed());
        return order;
    }

    private static String verification(MeasurementDependenceResult r) {
        MeasurementDependenceCertificate c = r.certificate();
        String model = String.format(Locale.ROOT, "model's %s recomputed %s, residual %.1e", r.measure().symbol(), Numbers.format(r.modelMeasure()),
                r.residual());
        if (r.verified()) {
            return "yes: exact dual bound " + BellExpression.fraction(c.bound()) + " matches the value within "
                    + String.format(java.util.Locale.ROOT, "%.0e", Tolerances.VERIFICATION).replace("e-0", "e-") + "; " + model;
        }
        return "NO: " + (c.isChecked() ? "exact dual bound " + Numbers.format(c.boundValue()) : c.note()) + "; " + model;
    }

    private static String pairWeights(int blocks, BigFraction[] u) {
        StringBuilder s = new StringBuilder();
        int i = 0;
        for (int x = 0; x < blocks; x++) {
            for (int y = x + 1; y < blocks; y++, i++) {
                if (u[i].getNumerator().signum() != 0) {
                    s.append(s.length() > 0 ? ", " : "").append("u(").append(x).append(',').append(y).append(")=").append(BellExpression.fraction(u[i]));
                }
            }
        }
        return s.length() == 0 ? "none" : s.toString();
    }

    static String json(String file, MeasurementDependenceAnalysis.Outcome o) {
        boolean functional = o.behaviour() == null;
        ObjectNode n = JsonRecord.start(file, functional ? "functional" : "behaviour", o.problem());
        if (functional) {
            FunctionalReport.functionalFields(n, o.functional().name(), o.exactValue(), o.noSignalling(), o.conditions());
        }
        ArrayNode px = n.putArray("input_distribution");
        ArrayNode pxExact = n.putArray("input_distribution_exact");
        for (int x = 0; x < o.inputs().size(); x++) {
            px.add(o.inputs().get(x));
            pxExact.add(JsonRecord.fraction(o.inputs().exact(x)));
        }
        MeasurementDependenceResult r = o.result();
        boolean optimal = o.status() == Status.OPTIMAL;
        JsonRecord.outcome(n, o.status(), r.value(), r.verified(), o.message());
        JsonRecord.number(n, "mi_lower", o.miLower());
        JsonRecord.number(n, "mi_upper", o.miUpper());
        n.put("mi_bounds", o.bracket() == null ? "lower: Pinsker (M^2/2) log2 e of the certified minimum; upper: I of the LP's optimal model (one of possibly many)"
                : "certified bracket of the minimum of I over all models reproducing p");
        MutualInformation.Bracket b = o.bracket();
        if (b != null) {
            n.put("mi_converged", b.converged());
            n.put("mi_iterations", b.iterations());
            n.put("mi_seconds", b.nanos() / 1e9);
        } else {
            n.putNull("mi_converged");
            n.putNull("mi_iterations");
            n.putNull("mi_seconds");
        }
        MeasurementDependenceCertificate c = r.certificate();
        if (c == null) {
            n.putNull("certificate");
        } else {
            n.set("certificate", certificateJson(scenario(o), c, o.measure()));
        }
        ArrayNode model = n.putArray("hidden_variable_model");
        if (optimal) {
            MeasurementDependentModel m = r.model();
            for (int i : heaviest(m)) {
                ObjectNode e = JsonRecord.strategy(m.strategyWeight(i), m.space().responses(m.space().digits().digits(m.strategy(i))));
                ArrayNode q = e.putArray("q_x");
                for (int x = 0; x < o.inputs().size(); x++) {
                    q.add(m.weight(i, x));
                }
                model.add(e);
            }
        }
        JsonRecord.number(n, "model_measure", optimal ? r.modelMeasure() : Double.NaN);
        JsonRecord.number(n, "model_mi", optimal ? r.model().mutualInformation() : Double.NaN);
        JsonRecord.number(n, "residual", optimal ? r.residual() : Double.NaN);
        Solved.json(n, r.diagnostics());
        return n.toString();
    }

    private static ObjectNode certificateJson(Scenario s, MeasurementDependenceCertificate c, MeasurementDependenceMeasure measure) {
        ObjectNode n = JsonRecord.JSON.createObjectNode();
        BigFraction[] z = c.entryWeights();
        if (z.length == s.size()) {
            double[] zd = new double[z.length];
            String[] exact = new String[z.length];
            for (int i = 0; i < z.length; i++) {
                zd[i] = z[i].doubleValue();
                exact[i] = JsonRecord.fraction(z[i]);
            }
            n.set("z", BehaviourFile.nested(s, zd));
            n.set("z_exact", BehaviourFile.nested(s, exact));
            n.put("expression", BellExpression.format(s, z));
        } else {
            n.putNull("z");
            n.putNull("z_exact");
            n.putNull("expression");
        }
        n.put("relation", !c.isChecked() ? null : c.provesInfeasible() ? "no behaviour meets the constraints"
                : "<= " + measure.symbol() + " for every measurement-dependent model");
        JsonRecord.exact(n, "bound", c.bound());
        n.put("infeasibility_proof", c.provesInfeasible());
        n.put("checked_exactly", c.isChecked());
        ArrayNode pairs = n.putArray("pair_weights");
        BigFraction[] u = c.pairWeights();
        int blocks = s.inputBlocks();
        int i = 0;
        for (int x = 0; x < blocks && measure == MeasurementDependenceMeasure.HALL; x++) {
            for (int y = x + 1; y < blocks; y++, i++) {
                if (i < u.length && u[i].getNumerator().signum() != 0) {
                    ObjectNode e = pairs.addObject();
                    e.putArray("pair").add(x).add(y);
                    JsonRecord.exact(e, "weight", u[i]);
                }
            }
        }
        n.put("note", c.note());
        return n;
    }
}
