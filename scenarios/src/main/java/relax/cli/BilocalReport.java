package relax.cli;

import relax.lp.engine.Tolerances;
import relax.lp.engine.Status;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.network.BilocalModel;
import relax.core.Numbers;
import relax.core.network.SwappingStrategies;
import relax.lp.network.BilocalityResult;
import relax.lp.relaxation.Certificate;
import relax.lp.network.FreeParameters;
import relax.lp.network.NonBilocality;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BilocalityInequality;

/** Renders a {@link BilocalityResult} as text for people or as one line of JSON for scripts. */
final class BilocalReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BilocalReport() {
    }

    static String text(String file, Behaviour p, BilocalityResult r, double resolution) {
        StringBuilder s = new StringBuilder();
        s.append(file).append(p.name().isEmpty() ? "" : " (" + p.name() + ")").append('\n');
        SwappingStrategies space = SwappingStrategies.of(p.scenario());
        s.append("  network     entanglement swapping A <- L1 -> B <- L2 -> C (Fig. 1f), ").append(space.size()).append(" deterministic strategies\n");
        switch (r.status()) {
            case INFEASIBLE -> {
                s.append("  result      infeasible: no classical model of the network reproduces p, even with dependent sources\n");
                Certificate c = r.network().certificate();
                if (c != null && c.provesInfeasible()) {
                    s.append("  certificate every network model satisfies\n      ").append(BellExpression.format(p.scenario(), c.entryWeights()))
                            .append("  <=  0\n    and this behaviour gives ").append(Numbers.format(c.boundValue())).append(" (checked in exact arithmetic)\n");
                }
            }
            case FAILED -> s.append("  result      failed: ").append(r.reason()).append('\n');
            case OPTIMAL -> optimalText(s, p, space, r, resolution);
        }
        bText(s, p, r);
        s.append("  solved by   ").append(Solved.text(r.diagnostics())).append(" over ").append(r.boxes()).append(" parameter boxes");
        return s.toString();
    }

    private static void optimalText(StringBuilder s, Behaviour p, SwappingStrategies space, BilocalityResult r, double resolution) {
        NonBilocality problem = new NonBilocality(p);
        FreeParameters f = problem.parameters();
        s.append("  parameters  ").append(r.parameters()).append(" free parameter").append(r.parameters() == 1 ? "" : "s")
                .append(" of Alice's strategy marginal q^a (eq. 48)\n");
        StringBuilder line = new StringBuilder();
        for (String term : formulas(problem, space)) {
            if (line.length() > 0 && line.length() + term.length() > 100) {
                s.append("              ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? ", " : "").append(term);
        }
        s.append("              ").append(line).append('\n');
        for (int j = 0; j < r.parameters(); j++) {
            s.append(String.format(Locale.ROOT, "  range       ν%d = q^a_%s in [%s, %s] (LPs 57-58)%s%n", j + 1, space.alphaName(f.freeStrategy(j)),
                    Numbers.format(r.nuMin()[j]), Numbers.format(r.nuMax()[j]),
                    j == 0 ? "" : String.format(Locale.ROOT, "; in [%s, %s] given ν1..ν%d at the optimum (eq. 62)", Numbers.format(r.nestedMin()[j]),
                            Numbers.format(r.nestedMax()[j]), j)));
        }
        if (r.bilocal()) {
            s.append("  result      bilocal: M_BL = 0 at ν = ").append(list(r.nu())).append('\n');
            BilocalModel m = r.decomposition();
            s.append("  bilocal model  p(a,b,c|x,z) = Σ q^a_ᾱ q^c_γ̄ δ(a,α_x) P(b|ᾱ,γ̄) δ(c,γ_z), reproduces p within ")
                    .append(String.format(Locale.ROOT, "%.1e", r.residual())).append('\n');
            s.append("    q^a: ").append(weights(m.alice(), space, true)).append('\n');
            s.append("    q^c: ").append(weights(m.charlie(), space, false)).append('\n');
            s.append("    P(b|ᾱ,γ̄): see --json\n");
            return;
        }
        s.append("  result      min M_BL = ").append(Numbers.format(r.value())).append(" at ν = ").append(list(r.nu())).append('\n');
        s.append("  certified   ").append(Numbers.format(NonBilocality.floor(r.lowerBound()))).append(" <= min M_BL <= ")
                .append(Numbers.format(r.value())).append(r.converged() ? " (lower bound exact; resolution " + Numbers.format(resolution) + ")"
                        : " (NOT converged within the LP budget; raise --max-lps)").append('\n');
    }

    /** q^a_ᾱ = f⁰_ᾱ + Σ N_ᾱj ν_j for every strategy ᾱ (eqs. 56, 62 for this behaviour). */
    private static List<String> formulas(NonBilocality problem, SwappingStrategies space) {
        FreeParameters f = problem.parameters();
        double[] offset = problem.offset();
        BigFraction[] exact = new BigFraction[offset.length];
        for (int i = 0; i < offset.length; i++) {
            exact[i] = new BigFraction(offset[i]);
        }
        List<String> terms = new ArrayList<>();
        for (int alpha = 0; alpha < f.strategies(); alpha++) {
            terms.add(f.formula(alpha, space.alphaName(alpha), exact));
        }
        return terms;
    }

    private static String weights(double[] w, SwappingStrategies space, boolean alice) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                s.append(s.length() > 0 ? ", " : "").append(alice ? space.alphaName(i) : space.gammaName(i)).append(": ").append(Numbers.format(w[i]));
            }
        }
        return s.toString();
    }

    private static void bText(StringBuilder s, Behaviour p, BilocalityResult r) {
        if (!p.scenario().equals(BilocalityInequality.SCENARIO)) {
            return;
        }
        BilocalityInequality b = BilocalityInequality.of(p);
        s.append("  B           sqrt|I| + sqrt|J| = ").append(Numbers.format(b.b())).append(" (I = ").append(Numbers.format(b.i())).append(", J = ")
                .append(Numbers.format(b.j())).append("; bilocal behaviours have B <= 1, eqs. 59-60)\n");
        s.append("              hence M_BL >= 4|I||J| - (1-|I|-|J|)^2 = ").append(Numbers.format(b.nonBilocalityBound())).append(" (docs/bilocality.md)");
        boolean proven = r.status() == Status.OPTIMAL && !r.bilocal()
                && Math.abs(b.nonBilocalityBound() - r.value()) <= Tolerances.VERIFICATION;
        s.append(proven ? ";\n              it equals the value found, so min M_BL = " + Numbers.format(r.value()) + " (to rounding)\n" : "\n");
    }

    private static String list(double[] v) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            s.append(i > 0 ? ", " : "").append(Numbers.format(v[i]));
        }
        return s.append(')').toString();
    }

    static String json(String file, Behaviour p, BilocalityResult r, double resolution) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        n.put("status", r.status().name().toLowerCase(Locale.ROOT));
        SwappingStrategies space = SwappingStrategies.of(p.scenario());
        if (r.status() == Status.OPTIMAL) {
            n.put("bilocal", r.bilocal());
            n.put("value", r.value());
            n.put("lower_bound", NonBilocality.floor(r.lowerBound()));
            n.put("lower_bound_exact", new BigDecimal(r.lowerBound().getNumerator()).divide(new BigDecimal(r.lowerBound().getDenominator()),
                    new MathContext(25, RoundingMode.FLOOR)).toPlainString());
            n.put("converged", r.converged());
            n.put("resolution", resolution);
            NonBilocality problem = new NonBilocality(p);
            ArrayNode names = n.putArray("nu_strategies");
            for (int j = 0; j < r.parameters(); j++) {
                names.add(space.alphaName(problem.parameters().freeStrategy(j)));
            }
            array(n.putArray("nu"), r.nu());
            array(n.putArray("nu_min"), r.nuMin());
            array(n.putArray("nu_max"), r.nuMax());
            array(n.putArray("nu_nested_min"), r.nestedMin());
            array(n.putArray("nu_nested_max"), r.nestedMax());
            ArrayNode formulas = n.putArray("parameters");
            formulas(problem, space).forEach(formulas::add);
            if (r.bilocal()) {
                n.set("bilocal_decomposition", decomposition(r.decomposition(), space, r.residual()));
            }
        } else {
            n.putNull("value");
            n.put("message", r.status() == Status.INFEASIBLE
                    ? "no classical model of the network reproduces p, even with dependent sources" : r.reason());
            Certificate c = r.network() == null ? null : r.network().certificate();
            if (c != null && c.provesInfeasible()) {
                n.put("certificate", BellExpression.format(p.scenario(), c.entryWeights()) + " <= 0 for every network model");
                n.put("violation", c.boundValue());
            }
        }
        if (p.scenario().equals(BilocalityInequality.SCENARIO)) {
            BilocalityInequality b = BilocalityInequality.of(p);
            n.put("B", b.b());
            n.put("I", b.i());
            n.put("J", b.j());
            n.put("B_bound", b.nonBilocalityBound());
        }
        n.put("boxes", r.boxes());
        Solved.json(n, r.diagnostics());
        return n.toString();
    }

    private static void array(ArrayNode a, double[] v) {
        for (double d : v) {
            a.add(d);
        }
    }

    private static ObjectNode decomposition(BilocalModel m, SwappingStrategies space, double residual) {
        ObjectNode d = JSON.createObjectNode();
        ObjectNode alice = d.putObject("alice");
        double[] qa = m.alice();
        for (int i = 0; i < qa.length; i++) {
            alice.put(space.alphaName(i), qa[i]);
        }
        ObjectNode charlie = d.putObject("charlie");
        double[] qc = m.charlie();
        for (int i = 0; i < qc.length; i++) {
            charlie.put(space.gammaName(i), qc[i]);
        }
        ArrayNode bob = d.putArray("bob");
        double[] pb = m.bob();
        int ob = space.betaCount();
        for (int alpha = 0; alpha < qa.length; alpha++) {
            for (int gamma = 0; gamma < qc.length; gamma++) {
                if (qa[alpha] * qc[gamma] == 0) {
                    continue;
                }
                ObjectNode e = bob.addObject();
                e.put("alpha", space.alphaName(alpha));
                e.put("gamma", space.gammaName(gamma));
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

    /** A file that was not solved: {@code status} is invalid (bad input) or infeasible (signalling). */
    static String messageJson(String file, String status, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        n.put("status", status);
        n.putNull("value");
        n.put("message", message);
        return n.toString();
    }
}
