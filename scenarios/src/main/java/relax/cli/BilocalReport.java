package relax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.core.network.BilocalModel;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Method;
import relax.lp.engine.Status;
import relax.lp.engine.Tolerances;
import relax.lp.network.BilocalityResult;
import relax.lp.network.NonBilocality;
import relax.lp.relaxation.Certificate;
import relax.scenarios.analysis.BilocalityAnalysis;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BilocalityInequality;

/** Renders a {@link BilocalityAnalysis.Outcome} as text for people or as one line of JSON for scripts. */
final class BilocalReport {

    private BilocalReport() {
    }

    static String text(String file, BilocalityAnalysis.Outcome o) {
        StringBuilder s = new StringBuilder();
        Behaviour p = o.behaviour();
        s.append(file).append(p.name().isEmpty() ? "" : " (" + p.name() + ")").append('\n');
        s.append("  network     entanglement swapping A <- L1 -> B <- L2 -> C (Fig. 1f), ").append(o.problem().strategies())
                .append(" deterministic strategies\n");
        BilocalityResult r = o.result();
        if (r == null) {
            s.append("  result      infeasible: ").append(o.message()).append('\n');
            bText(s, o);
            return s.toString().stripTrailing();
        }
        switch (r.status()) {
            case INFEASIBLE -> {
                s.append("  result      infeasible: ").append(o.message()).append('\n');
                Certificate c = r.network().certificate();
                if (c != null && c.provesInfeasible()) {
                    s.append("  certificate every network model satisfies\n      ").append(BellExpression.format(p.scenario(), c.entryWeights()))
                            .append("  <=  0\n    and this behaviour gives ").append(Numbers.format(c.boundValue())).append(" (checked in exact arithmetic)\n");
                }
            }
            case FAILED -> s.append("  result      failed: ").append(r.reason()).append('\n');
            case OPTIMAL -> optimalText(s, o);
        }
        bText(s, o);
        s.append("  solved by   ").append(Solved.text(r.diagnostics(), "columns")).append(" over ").append(r.boxes()).append(" parameter boxes");
        return s.toString();
    }

    private static void optimalText(StringBuilder s, BilocalityAnalysis.Outcome o) {
        BilocalityResult r = o.result();
        s.append("  parameters  ").append(r.parameters()).append(" free parameter").append(r.parameters() == 1 ? "" : "s")
                .append(" of Alice's strategy marginal q^a (eq. 48)\n");
        StringBuilder line = new StringBuilder();
        for (String term : o.parameters()) {
            if (line.length() > 0 && line.length() + term.length() > 100) {
                s.append("              ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? ", " : "").append(term);
        }
        s.append("              ").append(line).append('\n');
        for (int j = 0; j < r.parameters(); j++) {
            s.append(String.format(Locale.ROOT, "  range       ν%d = q^a_%s in [%s, %s] (LPs 57-58)%s%n", j + 1, o.nuNames().get(j),
                    Numbers.format(r.nuMin()[j]), Numbers.format(r.nuMax()[j]),
                    j == 0 ? "" : String.format(Locale.ROOT, "; in [%s, %s] given ν1..ν%d at the optimum (eq. 62)", Numbers.format(r.nestedMin()[j]),
                            Numbers.format(r.nestedMax()[j]), j)));
        }
        if (r.bilocal()) {
            s.append("  result      bilocal: M_BL = 0 at ν = ").append(list(r.nu())).append('\n');
            BilocalModel m = r.decomposition();
            s.append("  bilocal model  p(a,b,c|x,z) = Σ q^a_ᾱ q^c_γ̄ δ(a,α_x) P(b|ᾱ,γ̄) δ(c,γ_z), reproduces p within ")
                    .append(String.format(Locale.ROOT, "%.1e", r.residual())).append('\n');
            s.append("    q^a: ").append(weights(m.alice(), o.alphaNames())).append('\n');
            s.append("    q^c: ").append(weights(m.charlie(), o.gammaNames())).append('\n');
            s.append("    P(b|ᾱ,γ̄): see --json\n");
            return;
        }
        s.append("  result      min M_BL = ").append(Numbers.format(r.value())).append(" at ν = ").append(list(r.nu())).append('\n');
        s.append("  certified   ").append(Numbers.format(NonBilocality.floor(r.lowerBound()))).append(" <= min M_BL <= ")
                .append(Numbers.format(r.value())).append(r.converged() ? " (lower bound exact; resolution " + Numbers.format(o.resolution()) + ")"
                        : " (NOT converged within the LP budget; raise --max-lps)").append('\n');
    }

    private static String weights(double[] w, List<String> names) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                s.append(s.length() > 0 ? ", " : "").append(names.get(i)).append(": ").append(Numbers.format(w[i]));
            }
        }
        return s.toString();
    }

    private static void bText(StringBuilder s, BilocalityAnalysis.Outcome o) {
        BilocalityInequality b = o.quantity();
        if (b == null) {
            return;
        }
        s.append("  B           sqrt|I| + sqrt|J| = ").append(Numbers.format(b.b())).append(" (I = ").append(Numbers.format(b.i())).append(", J = ")
                .append(Numbers.format(b.j())).append("; bilocal behaviours have B <= 1, eqs. 59-60)\n");
        s.append("              hence M_BL >= 4|I||J| - (1-|I|-|J|)^2 = ").append(Numbers.format(b.nonBilocalityBound())).append(" (docs/bilocality.md)");
        s.append(o.quantityProvesValue(Tolerances.VERIFICATION) ? ";\n              it equals the value found, so min M_BL = "
                + Numbers.format(o.result().value()) + " (to rounding)\n" : "\n");
    }

    private static String list(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i > 0 ? ", " : "").append(Numbers.format(v[i]));
        }
        return s.append(')').toString();
    }

    static String json(String file, BilocalityAnalysis.Outcome o) {
        ObjectNode n = JsonRecord.start(file, "behaviour", o.problem());
        BilocalityResult r = o.result();
        boolean optimal = o.status() == Status.OPTIMAL;
        JsonRecord.outcome(n, o.status(), optimal ? r.value() : Double.NaN, o.status() != Status.FAILED, o.message());
        if (optimal) {
            n.put("bilocal", r.bilocal());
            n.put("lower_bound", NonBilocality.floor(r.lowerBound()));
            n.put("lower_bound_exact", JsonRecord.fraction(r.lowerBound()));
            n.put("converged", r.converged());
        } else {
            n.putNull("bilocal");
            n.putNull("lower_bound");
            n.putNull("lower_bound_exact");
            n.putNull("converged");
        }
        n.put("resolution", o.resolution());
        ArrayNode names = n.putArray("nu_strategies");
        o.nuNames().forEach(names::add);
        array(n.putArray("nu"), optimal ? r.nu() : new double[0]);
        array(n.putArray("nu_min"), optimal ? r.nuMin() : new double[0]);
        array(n.putArray("nu_max"), optimal ? r.nuMax() : new double[0]);
        array(n.putArray("nu_nested_min"), optimal ? r.nestedMin() : new double[0]);
        array(n.putArray("nu_nested_max"), optimal ? r.nestedMax() : new double[0]);
        ArrayNode formulas = n.putArray("parameters");
        o.parameters().forEach(formulas::add);
        if (optimal && r.bilocal()) {
            n.set("bilocal_decomposition", decomposition(r.decomposition(), o, r.residual()));
        } else {
            n.putNull("bilocal_decomposition");
        }
        Certificate c = r == null || r.network() == null ? null : r.network().certificate();
        InfluenceReport.certificate(n, o.problem(), c, c == null || !c.isChecked() ? null : "<= 0 for every network model");
        BilocalityInequality b = o.quantity();
        if (b != null) {
            n.put("B", b.b());
            n.put("I", b.i());
            n.put("J", b.j());
            n.put("B_bound", b.nonBilocalityBound());
        } else {
            n.putNull("B");
            n.putNull("I");
            n.putNull("J");
            n.putNull("B_bound");
        }
        n.put("boxes", r == null ? 0 : r.boxes());
        Solved.json(n, r == null ? Diagnostics.none(Method.AUTO) : r.diagnostics());
        return n.toString();
    }

    private static void array(ArrayNode a, double[] v) {
        for (double d : v) {
            a.add(d);
        }
    }

    private static ObjectNode decomposition(BilocalModel m, BilocalityAnalysis.Outcome o, double residual) {
        ObjectNode d = JsonRecord.JSON.createObjectNode();
        ObjectNode alice = d.putObject("alice");
        double[] qa = m.alice();
        for (int i = 0; i < qa.length; i++) {
            alice.put(o.alphaNames().get(i), qa[i]);
        }
        ObjectNode charlie = d.putObject("charlie");
        double[] qc = m.charlie();
        for (int i = 0; i < qc.length; i++) {
            charlie.put(o.gammaNames().get(i), qc[i]);
        }
        ArrayNode bob = d.putArray("bob");
        double[] pb = m.bob();
        int ob = o.problem().scenario().outputs(1);
        for (int alpha = 0; alpha < qa.length; alpha++) {
            for (int gamma = 0; gamma < qc.length; gamma++) {
                if (qa[alpha] * qc[gamma] == 0) {
                    continue;
                }
                ObjectNode e = bob.addObject();
                e.put("alpha", o.alphaNames().get(alpha));
                e.put("gamma", o.gammaNames().get(gamma));
                ArrayNode probs = e.putArray("p_b");
                for (int b = 0; b < ob; b++) {
                    probs.add(pb[(alpha * qc.length + gamma) * ob + b]);
                }
            }
        }
        d.put("residual", residual);
        d.put("formula", "p(a,b,c|x,z) = sum over alpha, gamma of alice[alpha] charlie[gamma] [a = alpha_x] p_b[b] [c = gamma_z]");
        return d;
    }
}
