package relax.scenarios.reproduce.contextuality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import relax.core.Behaviour;
import relax.core.contextuality.CausalGraph;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.ContextualModel;
import relax.core.contextuality.Faithfulness;
import relax.core.locality.CausalModel;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.ContextualityAnalysis;
import relax.scenarios.analysis.FaithfulnessAnalysis;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.analysis.MeasurementDependenceAnalysis;
import relax.scenarios.io.StructureFile;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.quantum.PeresMermin;
import relax.scenarios.report.Markdown;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Pearl &amp; Cavalcanti, Corollary 2 and Fig. 1: every classical model of a Bell-inequality violation on no-signalling data
 * is fine-tuned — checked for each relaxation of Chaves et al. 2015 on the Tsirelson box (the relaxation explains the
 * violation with a positive measure, and its graph does not d-separate a no-signalling independence that the data
 * obeys) — and the canonical graph of Fig. 1 implies factorisability (its d-separations), with the caveat for KS
 * scenarios that slot-dependent responses on the same graph reproduce the quantum Peres–Mermin behaviour.
 */
public final class FineTuningReproduction implements Reproduction {

    @Override
    public String id() {
        return "fine-tuning";
    }

    @Override
    public String title() {
        return "Fine-tuning: every relaxation that explains a Bell violation breaks a no-signalling d-separation; Fig. 1 implies factorisability";
    }

    /** Visibilities of the Werner family for the plot: from the CHSH threshold 1/√2 to 1. */
    private static final double[] WERNER = {0.70, 0.72, 0.75, 0.8, 0.85, 0.9, 0.95, 1};

    @Override
    public Verdict verdict() {
        return Verdict.REFINES;
    }

    @Override
    public String proof() {
        return "docs/contextuality.md §3.3 and §7: every relaxation explaining the violation is fine-tuned as claimed, and every d-separation "
                + "of Step 4 holds, but in Kochen–Specker scenarios Fig. 1 implies factorisability only with the symmetry clause of Def. 4.2: "
                + "slot-dependent responses on Fig. 1 reproduce the quantum Peres–Mermin behaviour (this section)";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) throws java.io.IOException {
        SolveOptions options = SolveOptions.defaults();
        Behaviour p = ExampleBehaviours.tsirelson(1);
        List<List<String>> rows = new ArrayList<>();
        boolean agrees = true;
        for (CausalModel m : List.of(CausalModel.LHV, CausalModel.X_TO_B, CausalModel.A_TO_B, CausalModel.COMMUNICATION)) {
            progress.accept(id() + ": " + m.key());
            InfluenceAnalysis.Outcome o = InfluenceAnalysis.run(p, m, options, 1e-9);
            FaithfulnessAnalysis.Outcome f = FaithfulnessAnalysis.run(p, m.key(), StructureFile.load(m.key(), 1e-9).structure(), 1e-9);
            boolean explains = o.status() == Status.OPTIMAL;
            agrees &= m == CausalModel.LHV ? o.status() == Status.INFEASIBLE && f.faithful() : explains && o.result().value() > 1e-9 && !f.faithful();
            rows.add(row(m.key() + " (" + m.title() + ")", explains ? "yes: min " + m.measure() + " = " + d(o.result().value()) : "no (" + o.status() + ", exact proof)", f));
        }
        progress.accept(id() + ": measurement dependence");
        MeasurementDependenceAnalysis.Outcome md = MeasurementDependenceAnalysis.behaviour(p, MeasurementDependenceMeasure.M,
                relax.lp.dependence.InputDistribution.uniform(p.scenario()), options, false, 0, 0, null);
        FaithfulnessAnalysis.Outcome mdf = FaithfulnessAnalysis.run(CompatibilityBehaviour.fromBell(p), CausalGraph.measurementDependence(2), 1e-9);
        agrees &= md.status() == Status.OPTIMAL && md.result().value() > 1e-9 && !mdf.faithful();
        rows.add(row("md (measurement dependence, λ → x, y)", md.status() == Status.OPTIMAL ? "yes: min M = " + d(md.result().value()) : md.status().toString(), mdf));

        progress.accept(id() + ": Fig. 1");
        List<List<String>> fig1 = new ArrayList<>();
        for (int n = 2; n <= 3; n++) {
            CausalGraph g = CausalGraph.canonical(n);
            boolean all = true;
            StringBuilder list = new StringBuilder();
            for (Faithfulness.Separation s : Faithfulness.factorisation(g)) {
                all &= s.separated();
                list.append(list.length() > 0 ? "; " : "").append(s.statement());
            }
            CompatibilityBehaviour white = CompatibilityBehaviour.uniform(relax.core.contextuality.CompatibilityScenario.fromBell(
                    relax.core.Scenario.of(fill(n, 2), fill(n, 2))));
            boolean nd = FaithfulnessAnalysis.run(white, g, 1e-9).statements().stream().allMatch(Faithfulness.Statement::separated);
            agrees &= all && nd;
            fig1.add(List.of("n = " + n, list.toString(), all ? "all hold" : "**some fail**", nd ? "all " + ((1 << n) - 2) + " are d-separations" : "**no**"));
        }
        CompatibilityBehaviour pm = PeresMermin.example(1, 1);
        RelaxationResult slot = ContextualityAnalysis.solve(ContextualModel.SLOT_DEPENDENT, pm, options);
        RelaxationResult ctx = ContextualityAnalysis.solve(ContextualModel.CONTEXT_INFLUENCE, pm, options);
        FaithfulnessAnalysis.Outcome pmCanonical = FaithfulnessAnalysis.run(pm, CausalGraph.canonical(3), 1e-9);
        FaithfulnessAnalysis.Outcome pmContext = FaithfulnessAnalysis.run(pm, CausalGraph.contextInfluence(3), 1e-9);
        agrees &= slot.status() == Status.OPTIMAL && pmCanonical.faithful() && ctx.status() == Status.OPTIMAL && pmContext.fineTuned().size() == 6;

        progress.accept(id() + ": Werner family");
        double[] hidden = new double[WERNER.length];
        double[] context = new double[WERNER.length];
        double[] observed = new double[WERNER.length];
        for (int i = 0; i < WERNER.length; i++) {
            Behaviour w = ExampleBehaviours.werner(WERNER[i]);
            InfluenceAnalysis.Outcome x2b = InfluenceAnalysis.run(w, CausalModel.X_TO_B, options, 1e-9);
            RelaxationResult c = ContextualityAnalysis.solve(ContextualModel.CONTEXT_INFLUENCE, CompatibilityBehaviour.fromBell(w), options);
            agrees &= x2b.status() == Status.OPTIMAL && c.status() == Status.OPTIMAL;
            hidden[i] = x2b.result().value();
            context[i] = c.value();
            observed[i] = w.signallingTo(1, 0).map(sig -> sig.amount()).orElse(0.0);
        }
        relax.scenarios.report.Chart.of("Fine-tuning on the Werner family", "visibility v", "influence")
                .line("hidden influence of the optimal x2b model, min C_{X→B}", WERNER, hidden)
                .line("hidden influence of the optimal context model, min C_{ctx→A}", WERNER, context)
                .dashed("observed dependence of b on x, max |p(b|x,y) − p(b|x',y)|", WERNER, observed).range(0.69, 1.01, 0, 0.25)
                .save(dir.resolve(id()));
        Markdown.csv(dir, id(), List.of("v", "min_C_X_to_B", "min_C_ctx", "observed_signalling"), WERNER, hidden, context, observed);

        StringBuilder s = new StringBuilder("## ").append(title()).append("\n\n");
        s.append("**Claim** (Pearl & Cavalcanti, Theorem 1 and Corollary 2; Wood & Spekkens 2015 for two parties). A classical causal model "
                + "that reproduces a Bell-inequality violation in no-signalling data needs fine-tuning: some no-signalling independence "
                + "(A_γ ⊥ X_∖γ | X_γ) (eq. 8) holds in the data but is not a d-separation of its graph (Def. 4.1). And the canonical graph "
                + "of Fig. 1 implies factorisability.\n\n");
        s.append("**Relaxations of Chaves et al. 2015 on the Tsirelson box** (no-signalling exactly, CHSH = 2√2). For each: does it explain "
                + "the violation (the engine's certified minimum of its measure), and which no-signalling independences hold only by "
                + "fine-tuning in its graph (d-separation on the shipped structure, λ included):\n\n");
        s.append(Markdown.table(List.of("model", "explains p?", "no-signalling independences: d-separated?", "fine-tuned"), rows));
        s.append("Every relaxation that explains the violation has a positive measure — its optimal model *uses* the extra edge (the "
                + "intervention changes the outcome for a set of λ of that weight) — while p obeys the independence exactly: that model is "
                + "fine-tuned on no-signalling data. LHV d-separates both independences and cannot explain p (exact Farkas proof).\n\n");
        s.append("The plot shows the fine-tuning along the Werner family (the singlet with CHSH-optimal measurements and white noise): "
                + "for every visibility above 1/√2 the optimal models need a positive hidden influence — min C_X→B = (S − 2)/4 of x → b, and "
                + "min C_ctx→A = C_X→B/2 when the context may influence every outcome — while the dependence of b on x that anyone can "
                + "observe stays exactly 0.\n\n");
        s.append(Markdown.plot(id(), "hidden influence against observed dependence on the Werner family"));
        s.append("**Fig. 1 implies factorisability.** The d-separations from which Step 4 of the proof reads off "
                + "P(A|X) = Σ_Λ P(Λ) Π_i P(A_i | X_i Λ) (with B = ∅, C = A, Z = X), and the no-disturbance independences (eq. 8):\n\n");
        s.append(Markdown.table(List.of("slots", "d-separations of the factorisation", "in Fig. 1", "no-disturbance independences"), fig1));
        s.append("**The KS caveat (Def. 4.2).** In a KS scenario factorisability (Def. 3) also asks P(A_i | Λ, X_i = m) = P(A_j | Λ, X_j = m); "
                + "the graph of Fig. 1 alone does not. On the Peres–Mermin square (state |00⟩, the paper's slot order) Fig. 1 is faithful to "
                + "every no-disturbance independence (" + pmCanonical.statements().size() + " of " + pmCanonical.statements().size()
                + " d-separated) and slot-dependent responses on it reproduce the quantum behaviour: " + slot.status()
                + (slot.status() == Status.OPTIMAL ? " (residual " + String.format(Locale.ROOT, "%.0e", slot.residual()) + ")" : "")
                + ". Only the symmetry clause of Def. 4.2 excludes this model. The context-influence graph (every X_j → A_i) reproduces it "
                + "with min C_ctx→A = " + d(ctx.value()) + " and fine-tunes all " + pmContext.fineTuned().size() + " independences.\n\n");
        return section(s.toString(), agrees, "relaxations explaining a violation are fine-tuned; Fig. 1 implies factorisability",
                "x2b, a2b, comm, md: explain with measure > 0 and fine-tune b ⊥ x | y (md: both); Fig. 1: every d-separation holds; slot-dependent Fig. 1 reproduces quantum PM");
    }

    private static List<String> row(String model, String explains, FaithfulnessAnalysis.Outcome f) {
        StringBuilder sep = new StringBuilder();
        StringBuilder tuned = new StringBuilder();
        for (Faithfulness.Statement x : f.statements()) {
            sep.append(sep.length() > 0 ? "; " : "").append(x.statement()).append(": ").append(x.separated() ? "yes" : "no");
            if (x.verdict() == Faithfulness.Verdict.FINE_TUNED) {
                tuned.append(tuned.length() > 0 ? "; " : "").append(x.statement());
            }
        }
        return List.of(model, explains, sep.toString(), tuned.length() == 0 ? "none" : tuned.toString());
    }

    private static int[] fill(int n, int v) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static String d(double v) {
        return String.format(Locale.ROOT, "%.9f", v);
    }
}
