package relax.cli;

import relax.lp.engine.Status;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.locality.CausalModel;
import relax.core.NoSignalling;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.analysis.FunctionalAnalysis;

/** Renders a {@link FunctionalAnalysis.Outcome} as text for people or as one line of JSON for scripts. */
final class FunctionalReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FunctionalReport() {
    }

    static String text(FunctionalAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder();
        String f = o.functional().name();
        s.append(f).append(" = ").append(Numbers.format(o.value())).append(" (functional mode, scenario ").append(o.functional().scenario())
                .append(")\n");
        s.append("  functional  ").append(f).append(" = ").append(o.functional().formula()).append(constant(o)).append('\n');
        s.append("  model       ").append(o.model().key()).append(": ").append(o.model().title()).append('\n');
        s.append("  constraints normalisation, ").append(f).append(" = ").append(Numbers.format(o.value()));
        if (o.noSignalling()) {
            s.append(", no-signalling").append(o.conditions().isEmpty() ? " (automatic: every " + o.model().key() + " model is non-signalling)"
                    : signallingSummary(o));
        } else {
            s.append(" (signalling allowed)");
        }
        s.append('\n');
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
                if (o.reachableBound() != null && r.certificate().provesInfeasible()) {
                    s.append("  certificate every ").append(o.model().key()).append(" model whose behaviour is ").append(conditions(o)).append(" has\n");
                    s.append("      ").append(f).append(o.slope().getNumerator().signum() > 0 ? " <= " : " >= ")
                            .append(BellExpression.fraction(o.reachableBound())).append("  (checked in exact arithmetic)\n");
                }
            }
            case FAILED -> s.append("  result      failed: ").append(o.message()).append('\n');
        }
        return s.append(InfluenceReport.solvedBy(r, o.model().strategies(o.functional().scenario()))).toString();
    }

    /** e.g. {@code : B's marginal independent of x (6 rows)}, per party whose input is protected. */
    private static String signallingSummary(FunctionalAnalysis.Outcome o) {
        Scenario sc = o.functional().scenario();
        StringBuilder s = new StringBuilder();
        for (int party = 0; party < sc.parties(); party++) {
            int rows = 0;
            for (NoSignalling.Condition c : o.conditions()) {
                rows += c.party() == party ? 1 : 0;
            }
            if (rows > 0) {
                StringBuilder others = new StringBuilder();
                for (int j = 0; j < sc.parties(); j++) {
                    others.append(j == party ? "" : Scenario.partyName(j));
                }
                s.append(s.length() == 0 ? ": " : "; ").append(others).append("'s marginal independent of ").append(sc.inputSymbol(party))
                        .append(" (").append(rows).append(rows == 1 ? " row)" : " rows)");
            }
        }
        return s.toString();
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

    static String json(FunctionalAnalysis.Outcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("mode", "functional");
        n.put("functional", o.functional().name());
        n.put("scenario", o.functional().scenario().toString());
        n.put("functional_value", o.value());
        n.put("model", o.model().key());
        n.put("measure", o.model().measure());
        n.put("no_signalling", o.noSignalling());
        ArrayNode rows = n.putArray("signalling_rows");
        for (NoSignalling.Condition c : o.conditions()) {
            rows.add(c.label());
        }
        RelaxationResult r = o.result();
        InfluenceReport.putOutcome(n, o.status(), r, o.message());
        Certificate c = r.certificate();
        if (c == null) {
            n.putNull("certificate");
        } else {
            ObjectNode cj = InfluenceReport.certificateJson(o.functional().scenario(), c, o.model());
            cj.put("slope", BellExpression.fraction(o.slope()));
            cj.put("intercept", BellExpression.fraction(o.intercept()));
            if (o.status() == Status.OPTIMAL && o.model() != CausalModel.LHV && c.isChecked()) {
                cj.put("line", line(o));
            }
            if (o.reachableBound() != null) {
                cj.put("reachable_bound", BellExpression.fraction(o.reachableBound()));
            }
            n.set("certificate", cj);
        }
        InfluenceReport.putSolver(n, r, o.status() == Status.OPTIMAL);
        return n.toString();
    }
}
