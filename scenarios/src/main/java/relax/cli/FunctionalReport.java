package relax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.NoSignalling;
import relax.core.Numbers;
import relax.core.locality.CausalModel;
import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.FunctionalAnalysis;
import relax.scenarios.functional.BellExpression;

/** Renders a {@link FunctionalAnalysis.Outcome} as text for people or as one line of JSON for scripts. */
final class FunctionalReport {

    private FunctionalReport() {
    }

    static String text(FunctionalAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder();
        String f = o.functional().name();
        s.append(f).append(" = ").append(Numbers.format(o.value())).append(" (functional mode, scenario ").append(o.functional().scenario())
                .append(")\n");
        s.append("  functional  ").append(f).append(" = ").append(o.functional().formula()).append(constant(o)).append('\n');
        s.append("  model       ").append(o.model().key()).append(": ").append(o.model().title()).append('\n');
        s.append(constraintsLine(o.problem().constraints(), o.noSignalling()));
        RelaxationResult r = o.result();
        switch (o.status()) {
            case OPTIMAL -> {
                s.append("  result      ").append(o.message()).append('\n');
                InfluenceReport.appendModel(s, r);
                if (o.model() != CausalModel.LHV && !r.certificate().isChecked()) {
                    s.append("  certificate none: ").append(r.certificate().note()).append('\n');
                } else if (o.model() != CausalModel.LHV) {
                    s.append("  certificate every ").append(o.model().key()).append(" model whose behaviour is ").append(conditions(o))
                            .append(" satisfies\n");
                    s.append("      ").append(line(o)).append('\n');
                    s.append("    a supporting line of V -> min ").append(o.model().measure()).append(", exact at V = ")
                            .append(Numbers.format(o.value())).append(" where it gives ").append(BellExpression.fraction(r.certificate().bound()))
                            .append('\n');
                }
            }
            case INFEASIBLE -> {
                s.append("  result      infeasible: ").append(o.message()).append('\n');
                if (o.reachableBound() != null) {
                    s.append("  certificate every ").append(r.certificate() == null ? "normalised behaviour" : o.model().key() + " model whose behaviour is "
                            + conditions(o)).append(" has\n");
                    s.append("      ").append(f).append(o.aboveReach() ? " <= " : " >= ").append(BellExpression.fraction(o.reachableBound()))
                            .append(r.certificate() == null ? "  (checked in exact arithmetic: each input block adds at most its largest and at least its "
                                    + "smallest coefficient)" : "  (checked in exact arithmetic)").append('\n');
                }
            }
            case FAILED -> s.append("  result      failed: ").append(o.message()).append('\n');
        }
        return s.append(InfluenceReport.solvedBy(r, o.problem())).toString();
    }

    /** {@code   constraints normalisation, chsh = 0.2, no-signalling: …}, or with {@code (signalling allowed)}. */
    static String constraintsLine(java.util.List<String> constraints, boolean noSignalling) {
        return "  constraints " + String.join(", ", constraints) + (noSignalling ? "" : " (signalling allowed: --allow-signalling)") + '\n';
    }

    private static String constant(FunctionalAnalysis.Outcome o) {
        double c = o.functional().constant();
        return c == 0 ? "" : (c > 0 ? " + " : " - ") + Numbers.format(Math.abs(c));
    }

    private static String conditions(FunctionalAnalysis.Outcome o) {
        return o.noSignalling() ? "normalised and non-signalling" : "normalised";
    }

    /** {@code C_X→B >= 3/4 i3322 - 1/4}. */
    static String line(FunctionalAnalysis.Outcome o) {
        BigFraction slope = o.slope();
        BigFraction intercept = o.intercept();
        StringBuilder s = new StringBuilder(o.model().measure()).append(" >= ");
        if (slope.getNumerator().signum() == 0) {
            return s.append(BellExpression.fraction(intercept)).toString();
        }
        s.append(slope.equals(BigFraction.ONE) ? "" : BellExpression.fraction(slope) + " ").append(o.functional().name());
        if (intercept.getNumerator().signum() != 0) {
            s.append(intercept.getNumerator().signum() < 0 ? " - " : " + ").append(BellExpression.fraction(intercept.abs()));
        }
        return s.toString();
    }

    /**
     * The functional-mode fields shared with {@code relax md}: {@code functional}, {@code functional_value} and
     * {@code functional_value_exact},
     * {@code no_signalling} and {@code no_signalling_conditions} (the labels of the rows imposed).
     */
    static void functionalFields(ObjectNode n, String functional, BigFraction value, boolean noSignalling,
            java.util.List<NoSignalling.Condition> conditions) {
        n.put("functional", functional);
        JsonRecord.exact(n, "functional_value", value);
        n.put("no_signalling", noSignalling);
        ArrayNode rows = n.putArray("no_signalling_conditions");
        for (NoSignalling.Condition c : conditions) {
            rows.add(c.label());
        }
    }

    /**
     * {@code reachable}: for an infeasible value, the bound on F that proves it ({@code relation} "<=" or ">=",
     * {@code bound}, {@code bound_exact}, {@code proof}); null otherwise.
     */
    static void reachable(ObjectNode n, BigFraction bound, boolean above, boolean byRange) {
        if (bound == null) {
            n.putNull("reachable");
            return;
        }
        ObjectNode r = n.putObject("reachable");
        r.put("relation", above ? "<=" : ">=");
        JsonRecord.exact(r, "bound", bound);
        r.put("proof", byRange ? "range of the functional over normalised behaviours" : "Farkas certificate, checked in exact arithmetic");
    }

    static String json(FunctionalAnalysis.Outcome o) {
        ObjectNode n = JsonRecord.start(null, "functional", o.problem());
        functionalFields(n, o.functional().name(), o.exactValue(), o.noSignalling(), o.conditions());
        n.put("model", o.model().key());
        RelaxationResult r = o.result();
        JsonRecord.outcome(n, o.status(), r.value(), r.verified(), o.message());
        ObjectNode c = InfluenceReport.certificate(n, o.problem(), r.certificate(), o.model());
        if (c != null) {
            JsonRecord.exact(c, "slope", o.slope());
            JsonRecord.exact(c, "intercept", o.intercept());
            if (o.status() == Status.OPTIMAL && o.model() != CausalModel.LHV && r.certificate().isChecked()) {
                c.put("line", line(o));
            } else {
                c.putNull("line");
            }
        }
        reachable(n, o.reachableBound(), o.aboveReach(), r.certificate() == null);
        InfluenceReport.model(n, r, o.status() == Status.OPTIMAL);
        return n.toString();
    }
}
