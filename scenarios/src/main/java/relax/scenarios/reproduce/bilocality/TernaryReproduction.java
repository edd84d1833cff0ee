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
import relax.scenarios.report.Verdict;
import relax.scenarios.report.Markdown;

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
    public Verdict verdict() {
        return Verdict.AGREES;
    }

    @Override
    public String proof() {
        return "this section: M_BL = 0 at the paper's witness, and an explicit bilocal model found by the search, re-multiplied";
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
        md.append(Markdown.table(List.of("parameter", "paper", "engine", "range (LPs 57–58)", "nested range at the engine's ν (eq. 62)"), rows));
        md.append("M_BL at the paper's witness (fixed-ν LP): ").append(String.format(Locale.ROOT, "%.1e", atWitness)).append(". ");
        if (r.bilocal()) {
            BilocalModel m = r.decomposition();
            md.append("Bilocal model found by the search (").append(r.lps()).append(" LPs, ")
                    .append(String.format(Locale.ROOT, "%.2f", r.diagnostics().timing().total() / 1e9)).append(" s), reproducing p within ")
                    .append(String.format(Locale.ROOT, "%.1e", r.residual())).append(":\n\n");
            md.append("- q^a: ").append(weights(m.alice(), space, true)).append("\n- q^c: ").append(weights(m.charlie(), space, false)).append("\n\n");
            plot(dir, m, space, problem);
            md.append(Markdown.plot(id(), "Source weights of the bilocal model, the paper's witness marked"));
        } else {
            md.append("**The search found no bilocal model:** ").append(r.reason().isEmpty() ? r.diagnostics().fallbackText() : r.reason()).append("\n\n");
        }
        StringBuilder nu = new StringBuilder();
        for (int j = 0; j < r.parameters() && r.bilocal(); j++) {
            nu.append(j > 0 ? ", " : "").append(Numbers.format(r.nu()[j]));
        }
        return section(md.toString(), agrees, "bilocal; witness ν = (0, 1/4, 1/4, 1/4)",
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

    /**
     * The two sources' distributions over response functions as a grouped bar chart (one category per response
     * function, labelled by its outputs for inputs 0, 1, 2), the paper's witness q^a (eq. 62) as black diamonds on
     * Alice's bars; and the same numbers as a CSV table {@code response_function,q_a,q_c,paper_q_a}.
     */
    private void plot(Path dir, BilocalModel m, SwappingStrategies space, NonBilocality problem) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < m.alice().length; i++) {
            names.add(space.alphaName(i));
        }
        Chart chart = Chart.of("Bilocal model of two singlets measured in X, Y, Z (eqs. 61–62)",
                "response function: outputs for inputs 0, 1, 2 (ᾱ for Alice's source, γ̄ for Charlie's)", "weight (probability)")
                .categories(names).bar("q^{a}: source 1 (Alice), found by the engine", m.alice(), Chart.PALETTE[0])
                .bar("q^{c}: source 2 (Charlie), found by the engine", m.charlie(), Chart.PALETTE[4]);
        double[] x = new double[PAPER_WITNESS.length];
        String[] paper = new String[names.size()];
        for (int j = 0; j < PAPER_WITNESS.length; j++) {
            int strategy = problem.parameters().freeStrategy(j);
            x[j] = chart.barCentre(0, strategy);
            paper[strategy] = Numbers.format(PAPER_WITNESS[j]);
        }
        chart.series("paper's witness q^{a}_{000}, q^{a}_{001}, q^{a}_{010}, q^{a}_{100} (eq. 62)", x, PAPER_WITNESS,
                Chart.Look.points(Chart.Marker.OPEN_DIAMOND).colour(java.awt.Color.BLACK)).range(Double.NaN, Double.NaN, 0, 0.4)
                .legend(Chart.Legend.NORTH_EAST).save(dir.resolve(id()));
        StringBuilder csv = new StringBuilder("response_function,q_a,q_c,paper_q_a\n");
        for (int i = 0; i < names.size(); i++) {
            csv.append(names.get(i)).append(',').append(Numbers.format(m.alice()[i])).append(',').append(Numbers.format(m.charlie()[i])).append(',')
                    .append(paper[i] == null ? "" : paper[i]).append('\n');
        }
        java.nio.file.Files.writeString(dir.resolve(id() + ".csv"), csv);
    }
}
