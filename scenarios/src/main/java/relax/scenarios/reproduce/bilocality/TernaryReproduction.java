package relax.scenarios.reproduce.bilocality;

import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import relax.core.network.BilocalModel;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.core.network.SwappingStrategies;
import relax.lp.engine.Tolerances;
import relax.lp.network.BilocalitySearch;
import relax.lp.network.BilocalityResult;
import relax.lp.network.NonBilocality;
import relax.scenarios.quantum.Bilocal;
import relax.scenarios.report.Chart;
import relax.scenarios.report.Reproduction;

/**
 * Chaves et al. 2015, end of the appendix ("Bilocality with ternary inputs", eqs. 61–62): two singlets, Alice and
 * Charlie measuring X, Y, Z and Bob in the Bell basis give a bilocal behaviour; the paper's witness is
 * q^a_000 = 0, q^a_001 = q^a_010 = q^a_100 = 1/4. The search must find an exact zero by itself.
 */
public final class TernaryReproduction implements Reproduction {
    private static final double[] PAPER_WITNESS = {0, 0.25, 0.25, 0.25};

    @Override
    public String id() {
        return "bilocal-ternary";
    }

    @Override
    public String title() {
        return "Two singlets with X, Y, Z measurements are bilocal, witness q^a = (0, 1/4, 1/4, 1/4) (eqs. 61–62)";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) throws IOException {
        progress.accept(id() + ": branch and bound over 4 parameters");
        Behaviour p = Bilocal.pauliSwapping();
        BilocalityResult r = BilocalitySearch.run(p, SolveOptions.defaults());
        NonBilocality problem = new NonBilocality(p);
        double atWitness = problem.solve(PAPER_WITNESS, PAPER_WITNESS, SolveOptions.defaults()).value();
        SwappingStrategies space = problem.space();
        boolean agrees = r.bilocal() && Math.abs(atWitness) <= Tolerances.VERIFICATION;

        StringBuilder md = new StringBuilder("## ").append(title()).append("\n\n");
        md.append("**Claim.** With three inputs for Alice and Charlie the marginals p(a|x) = 1/2 leave four free parameters "
                + "ν = (q^a_000, q^a_001, q^a_010, q^a_100) (eq. 62); for two singlets measured in X, Y, Z (Bob in the Bell basis) "
                + "M_BL(ν) = 0 at ν = (0, 1/4, 1/4, 1/4), so the behaviour is bilocal.\n\n");
        md.append("**Method.** The free parameters and their dependent weights are derived automatically (exact elimination); the "
                + "branch-and-bound search over the 4-dimensional box of their ranges (LPs 57–58) stops at the first ν with M_BL(ν) = 0 "
                + "and reads an explicit bilocal model off the LP's q, re-verified by multiplying it out.\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < r.parameters(); j++) {
            rows.add(List.of("ν" + (j + 1) + " = q^a_" + space.alphaName(problem.parameters().freeStrategy(j)), Numbers.format(PAPER_WITNESS[j]),
                    Numbers.format(r.nu()[j]), "[" + Numbers.format(r.nuMin()[j]) + ", " + Numbers.format(r.nuMax()[j]) + "]",
                    "[" + Numbers.format(r.nestedMin()[j]) + ", " + Numbers.format(r.nestedMax()[j]) + "]"));
        }
        md.append(Sections.table(List.of("parameter", "paper", "engine", "range (LPs 57–58)", "nested range at the engine's ν (eq. 62)"), rows));
        md.append("M_BL at the paper's witness (fixed-ν LP): ").append(String.format(Locale.ROOT, "%.1e", atWitness)).append(". ");
        if (r.bilocal()) {
            BilocalModel m = r.decomposition();
            md.append("Bilocal model found by the search (").append(r.lps()).append(" LPs, ")
                    .append(String.format(Locale.ROOT, "%.2f", r.diagnostics().timing().total() / 1e9)).append(" s), reproducing p within ")
                    .append(String.format(Locale.ROOT, "%.1e", r.residual())).append(":\n\n");
            md.append("- q^a: ").append(weights(m.alice(), space, true)).append("\n- q^c: ").append(weights(m.charlie(), space, false)).append("\n\n");
            plot(dir, m, space);
            md.append(Sections.plot(id(), "source weights of the bilocal model"));
        } else {
            md.append("**The search found no bilocal model:** ").append(r.reason().isEmpty() ? r.diagnostics().fallbackText() : r.reason()).append("\n\n");
        }
        md.append("**Agrees:** ").append(Sections.yesNo(agrees)).append("\n");
        StringBuilder nu = new StringBuilder();
        for (int j = 0; j < r.parameters() && r.bilocal(); j++) {
            nu.append(j > 0 ? ", " : "").append(Numbers.format(r.nu()[j]));
        }
        return new Section(md.toString(), agrees, "bilocal; witness ν = (0, 1/4, 1/4, 1/4)",
                r.bilocal() ? "bilocal; witness ν = (" + nu + ") found automatically" : "no bilocal model found");
    }

    private static String weights(double[] w, SwappingStrategies space, boolean alice) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 0) {
                s.append(s.length() > 0 ? ", " : "").append(alice ? space.alphaName(i) : space.gammaName(i)).append(" → ").append(Numbers.format(w[i]));
            }
        }
        return s.toString();
    }

    /** The two sources' distributions over response functions, strategy index on the x axis. */
    private void plot(Path dir, BilocalModel m, SwappingStrategies space) throws IOException {
        double[] index = new double[m.alice().length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        Chart.of("Bilocal model of the ternary example", "response function (ᾱ or γ̄ read as a binary number)", "weight (probability)")
                .scatter("q^a (source 1, Alice)", index, m.alice()).scatter("q^c (source 2, Charlie)", index, m.charlie())
                .range(-0.5, index.length - 0.5, 0, 0.3).save(dir.resolve(id()));
        Sections.csv(dir, id(), List.of("strategy", "q_a", "q_c"), index, m.alice(), m.charlie());
    }
}
