package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Numbers;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;
import relax.core.contextuality.ContextualModel;
import relax.core.contextuality.ContextualStrategies;
import relax.core.contextuality.NoDisturbance;
import relax.lp.contextuality.ContextualFractionCertificate;
import relax.lp.contextuality.ContextualFractionResult;
import relax.lp.engine.Status;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.ContextualityAnalysis;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.ContextualExpression;

/** The text and JSON of {@code relax nodisturbance} and {@code relax noncontextual}. */
final class ContextualityReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MODEL_LINES = 12;
    static final String MEASURE = "C_ctx->A";

    private ContextualityReport() {
    }

    /** The header: file, name and scenario size. */
    private static void header(StringBuilder s, String file, CompatibilityBehaviour p) {
        s.append(file).append(p.name().isEmpty() ? "" : " (" + p.name() + ")").append('\n');
        s.append("  scenario    ").append(p.scenario()).append('\n');
    }

    static String noDisturbanceText(String file, CompatibilityBehaviour p, NoDisturbance.Report r) {
        StringBuilder s = new StringBuilder();
        header(s, file, p);
        String how = r.exact() ? "exactly" : "within " + r.tolerance();
        for (NoDisturbance.Condition c : NoDisturbance.Condition.values()) {
            String what = switch (c) {
                case SLOTS -> "(i)  P(A_g|X) = P(A_g|X_g) for every set g of slots";
                case SYMMETRY -> "(ii) P(A_i|X_i=m) = P(A_j|X_j=m) for every measurement m";
                case SHARED -> "shared measurements in different slots (beyond Def. 2)";
            };
            Optional<NoDisturbance.Disturbance> d = r.of(c);
            s.append("  ").append(what).append(": ");
            if (d.isEmpty()) {
                s.append("holds ").append(r.exact() ? "exactly" : "(no difference in the entries as given)").append('\n');
            } else if (r.holds(c)) {
                s.append("holds within ").append(r.tolerance()).append(" (largest difference ").append(d.get().amountText()).append(")\n");
            } else {
                s.append("BROKEN\n      ").append(d.get().describe(p.scenario())).append(exactSuffix(d.get(), r)).append('\n');
            }
        }
        if (!r.complete()) {
            s.append("  (more than ").append(NoDisturbance.MAX_SLOTS_ALL_SUBSETS).append(" slots: (i) checked for single slots and all-but-one only)\n");
        }
        s.append("  verdict     ").append(r.holds() ? "no-disturbance holds (Pearl & Cavalcanti, Def. 2), " + how
                : "no-disturbance is broken (Pearl & Cavalcanti, Def. 2): largest violation " + r.largest().orElseThrow().amountText());
        return s.append('\n').toString();
    }

    private static String exactSuffix(NoDisturbance.Disturbance d, NoDisturbance.Report r) {
        return r.exact() ? " (exactly " + BellExpression.fraction(d.amount()) + ")" : "";
    }

    static ObjectNode noDisturbanceJson(String file, CompatibilityBehaviour p, NoDisturbance.Report r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        n.put("status", r.holds() ? "holds" : "broken");
        n.put("exact", r.exact());
        n.put("tolerance", r.tolerance());
        ObjectNode conditions = n.putObject("conditions");
        for (NoDisturbance.Condition c : NoDisturbance.Condition.values()) {
            ObjectNode o = conditions.putObject(c == NoDisturbance.Condition.SLOTS ? "i" : c == NoDisturbance.Condition.SYMMETRY ? "ii" : "shared");
            o.put("holds", r.holds(c));
            Optional<NoDisturbance.Disturbance> d = r.of(c);
            if (d.isPresent()) {
                o.set("largest", disturbance(p.scenario(), d.get()));
            } else {
                o.putNull("largest");
            }
        }
        if (r.largest().isPresent()) {
            n.set("largest", disturbance(p.scenario(), r.largest().get()));
        } else {
            n.putNull("largest");
        }
        return n;
    }

    private static ObjectNode disturbance(CompatibilityScenario s, NoDisturbance.Disturbance d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("condition", d.condition().label());
        o.put("subject", d.subject());
        o.put("contexts", s.contextName(d.first()) + "," + s.contextName(d.second()));
        o.put("outcome", d.outcome());
        o.put("first", d.inFirst().doubleValue());
        o.put("second", d.inSecond().doubleValue());
        o.put("amount", d.value());
        o.put("amount_exact", exact(d.amount()));
        o.put("description", d.describe(s));
        return o;
    }

    static String text(String file, ContextualityAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder();
        CompatibilityBehaviour p = o.behaviour();
        CompatibilityScenario sc = p.scenario();
        header(s, file, p);
        ContextualStrategies nc = ContextualModel.NONCONTEXTUAL.strategies(sc);
        ContextualStrategies ctx = ContextualModel.CONTEXT_INFLUENCE.strategies(sc);
        NoDisturbance.Report nd = o.noDisturbance();
        s.append("  no-disturbance  ").append(nd.holds() ? "holds (Def. 2 (i), (ii))" + (nd.exact() ? ", exactly" : "")
                : "broken: " + nd.largest().orElseThrow().describe(sc)).append('\n');
        RelaxationResult r = o.noncontextual();
        s.append("  noncontextual   ");
        switch (r.status()) {
            case OPTIMAL -> s.append("yes: a distribution over the ").append(nc.count()).append(" global value assignments reproduces p (residual ")
                    .append(String.format(Locale.ROOT, "%.1e", r.residual())).append(")\n");
            case INFEASIBLE -> s.append("no: the LP over the ").append(nc.count())
                    .append(" global value assignments is infeasible, proven by a Farkas certificate checked in exact arithmetic (p violates it by ")
                    .append(BellExpression.fraction(r.certificate().bound())).append("; --json prints it); the certificate of the influence below is a noncontextuality inequality too\n");
            case FAILED -> s.append("could not be established: ").append(r.reason()).append('\n');
        }
        RelaxationResult c = o.influence();
        s.append("  result      ").append(o.message()).append('\n');
        if (c.status() == Status.OPTIMAL) {
            Certificate cert = c.certificate();
            s.append("  verified    yes: exact dual bound ").append(BellExpression.fraction(cert.bound()))
                    .append(" matches the value within 1e-9; model residual ").append(String.format(Locale.ROOT, "%.1e", c.residual())).append('\n');
            s.append("  context-influence model (").append(c.model().size()).append(" strategies, weight q and strategy; m=(c:v) marks a response that depends on the context):\n");
            for (int i = 0; i < Math.min(MODEL_LINES, c.model().size()); i++) {
                RelaxationResult.WeightedStrategy w = c.model().get(i);
                s.append(String.format(Locale.ROOT, "    %.10f  %s%n", w.weight(), ctx.describe(w.strategy())));
            }
            if (c.model().size() > MODEL_LINES) {
                s.append("    … ").append(c.model().size() - MODEL_LINES).append(" more (see --json)\n");
            }
            if (cert.bound().compareTo(BigFraction.ZERO) > 0) {
                s.append("  certificate every context-influence model satisfies\n      ").append(ContextualExpression.format(sc, cert.entryWeights()))
                        .append("  <=  ").append(MEASURE).append('\n');
                s.append("    and this behaviour gives the left side ").append(BellExpression.fraction(cert.bound())).append(" = ")
                        .append(Numbers.format(cert.boundValue())).append("; with ").append(MEASURE)
                        .append(" = 0 it is a noncontextuality inequality (<= 0 for every noncontextual model)\n");
            }
        }
        ContextualFractionResult f = o.fraction();
        s.append("  contextual fraction  ");
        if (f.status() == Status.OPTIMAL) {
            ContextualFractionCertificate fc = f.certificate();
            s.append("CF = ").append(Numbers.format(f.value())).append(" (Abramsky, Barbosa & Mansfield 2017; noncontextual part of weight ")
                    .append(Numbers.format(1 - f.value())).append(")\n");
            if (fc.bound().compareTo(BigFraction.ZERO) > 0) {
                s.append("    certificate: every noncontextual behaviour satisfies  ").append(ContextualExpression.format(sc, fc.entryWeights()))
                        .append("  >=  1\n    and this behaviour gives ").append(BellExpression.fraction(fc.value())).append(", so CF >= ")
                        .append(BellExpression.fraction(fc.bound())).append(" (checked in exact arithmetic)\n");
            }
        } else {
            s.append("could not be established: ").append(f.reason()).append('\n');
        }
        RelaxationResult slot = o.slotDependent();
        s.append("  slot-dependent  ");
        switch (slot.status()) {
            case OPTIMAL -> s.append(o.isNoncontextual() ? "yes (as every noncontextual behaviour)"
                    : "yes: responses that depend on the slot a measurement fills (Fig. 1 without the symmetry clause of Def. 4.2) reproduce p")
                    .append('\n');
            case INFEASIBLE -> s.append("no: not even slot-dependent responses reproduce p; every slot-dependent model satisfies\n      ")
                    .append(ContextualExpression.format(sc, slot.certificate().entryWeights())).append("  <=  0\n    and this behaviour gives ")
                    .append(BellExpression.fraction(slot.certificate().bound())).append('\n');
            case FAILED -> s.append("could not be established: ").append(slot.reason()).append('\n');
        }
        s.append("  solved by   ").append(Solved.text(c.diagnostics(), "context-influence strategy columns of " + ctx.count()));
        return s.toString();
    }

    static String json(String file, ContextualityAnalysis.Outcome o) {
        CompatibilityScenario sc = o.behaviour().scenario();
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        n.put("model", ContextualModel.CONTEXT_INFLUENCE.key());
        n.put("measure", MEASURE);
        RelaxationResult c = o.influence();
        n.put("status", o.status().name().toLowerCase(Locale.ROOT));
        if (o.status() == Status.OPTIMAL) {
            n.put("value", c.value());
        } else {
            n.putNull("value");
        }
        n.put("message", o.message());
        n.put("verified", o.status() == Status.OPTIMAL);
        n.put("noncontextual", o.noncontextual().status() == Status.OPTIMAL ? "yes" : o.noncontextual().status() == Status.INFEASIBLE ? "no" : "unknown");
        if (c.certificate() != null) {
            ObjectNode cert = certificate(sc, c.certificate().entryWeights(), c.certificate().bound(), c.certificate().isChecked(), c.certificate().note());
            cert.put("relation", "<= " + MEASURE + " for every context-influence model; <= 0 for every noncontextual model");
            ObjectNode weights = cert.putObject("measure_weights");
            BigFraction[] w = c.certificate().measureWeights();
            ContextualStrategies ctx = ContextualModel.CONTEXT_INFLUENCE.strategies(sc);
            for (int i = 0; i < w.length; i++) {
                if (w[i].getNumerator().signum() != 0) {
                    weights.put(ctx.measureRowLabel(i), exact(w[i]));
                }
            }
            n.set("certificate", cert);
        } else {
            n.putNull("certificate");
        }
        model(n.putArray("hidden_variable_model"), c, ContextualModel.CONTEXT_INFLUENCE.strategies(sc));
        if (o.status() == Status.OPTIMAL) {
            n.put("residual", c.residual());
        }
        n.set("no_disturbance", noDisturbanceJson(file, o.behaviour(), o.noDisturbance()));
        n.set("noncontextual_model", feasibility(sc, o.noncontextual(), ContextualModel.NONCONTEXTUAL));
        n.set("slot_dependent", feasibility(sc, o.slotDependent(), ContextualModel.SLOT_DEPENDENT));
        ContextualFractionResult f = o.fraction();
        ObjectNode fn = n.putObject("contextual_fraction");
        fn.put("status", f.status().name().toLowerCase(Locale.ROOT));
        if (f.status() == Status.OPTIMAL) {
            fn.put("value", f.value());
        } else {
            fn.putNull("value");
            fn.put("reason", f.reason());
        }
        if (f.certificate() != null) {
            ContextualFractionCertificate fc = f.certificate();
            ObjectNode cert = certificate(sc, fc.entryWeights(), fc.bound(), fc.isChecked(), fc.note());
            cert.put("relation", ">= 1 for every noncontextual behaviour; CF >= 1 - left side");
            cert.put("left_side_exact", exact(fc.value()));
            fn.set("certificate", cert);
        }
        ArrayNode part = fn.putArray("noncontextual_part");
        for (RelaxationResult.WeightedStrategy w : f.model()) {
            part.addObject().put("weight", w.weight()).put("strategy", w.description());
        }
        Solved.json(n, c.diagnostics());
        return n.toString();
    }

    private static ObjectNode feasibility(CompatibilityScenario sc, RelaxationResult r, ContextualModel m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", r.status() == Status.OPTIMAL ? "feasible" : r.status() == Status.INFEASIBLE ? "infeasible" : "failed");
        o.put("strategies", m.strategies(sc).count().toString());
        if (r.status() == Status.INFEASIBLE) {
            o.set("farkas_certificate", certificate(sc, r.certificate().entryWeights(), r.certificate().bound(), r.certificate().isChecked(),
                    r.certificate().note()).put("relation", "<= 0 for every " + m.key() + " model"));
        }
        if (r.status() == Status.FAILED) {
            o.put("reason", r.reason());
        }
        model(o.putArray("model"), r, m.strategies(sc));
        return o;
    }

    private static void model(ArrayNode a, RelaxationResult r, ContextualStrategies space) {
        for (RelaxationResult.WeightedStrategy w : r.model()) {
            a.addObject().put("weight", w.weight()).put("strategy", space.describe(w.strategy()));
        }
    }

    /** z per context (nested like p, exact as fractions), its expression, and the exact bound. */
    private static ObjectNode certificate(CompatibilityScenario sc, BigFraction[] z, BigFraction bound, boolean checked, String note) {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode zs = n.putObject("z_exact");
        for (int c = 0; c < sc.contexts(); c++) {
            ArrayNode a = zs.putArray(sc.contextName(c));
            for (int t = 0; t < sc.tuples(c); t++) {
                a.add(exact(z[sc.entry(c, t)]));
            }
        }
        n.put("z_order", "per context, its outcome tuples row-major in slot order (as p, flattened)");
        n.put("expression", ContextualExpression.format(sc, z));
        n.put("bound", bound.doubleValue());
        n.put("bound_exact", exact(bound));
        n.put("checked_exactly", checked);
        n.put("note", note);
        return n;
    }

    /** A fraction as exact text: {@code 3}, {@code -1/8}. */
    static String exact(BigFraction f) {
        return f.getDenominator().equals(java.math.BigInteger.ONE) ? f.getNumerator().toString() : f.getNumerator() + "/" + f.getDenominator();
    }
}
