package relax.scenarios.reproduce.md;

import java.nio.file.Path;
import java.util.function.Consumer;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.dependence.MutualInformation;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Chaves et al. 2015, main text: for GHZ correlations (three parties, two inputs and two outputs each) "we
 * numerically obtain 0.090 ≤ I(X,Y,Z:λ) ≤ 0.207". Reproduced with Mermin's measurements X, Y on the GHZ
 * state; the bracket is tightened to the certified minimum.
 */
public final class GhzMutualInformation implements Reproduction {

    /** GHZ state measured in X (input 0) or Y (input 1) by each party. */
    @Override
    public String id() {
        return "md-ghz-mi";
    }

    @Override
    public String title() {
        return "GHZ behaviour: 0.090 ≤ I(X,Y,Z:Λ) ≤ 0.207 (main text)";
    }

    @Override
    public Verdict verdict() {
        return Verdict.REFINES;
    }

    @Override
    public String proof() {
        return "the certified bracket of min I in this section lies just above the paper's upper end 0.207, which can only be 0.2075… "
                + "truncated; the lower bound 0.090 holds but does not follow from Pinsker with the correct constant "
                + "(docs/measurement-dependence.md)";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) {
        progress.accept("GHZ: min M and min I(X,Y,Z:Lambda)");
        Behaviour p = ExampleBehaviours.ghz(1);
        MeasurementDependenceResult m = Runs.minimum(p, MeasurementDependenceMeasure.M);
        MutualInformation.Bracket b = Runs.minimumMi(p);
        double pinsker = MutualInformation.pinsker(m.value());
        String md = "## " + title() + "\n\n"
                + "Behaviour: (|000⟩+|111⟩)/√2, each party measures X (input 0) or Y (input 1); Mermin value "
                + Runs.f(BellFunctional.mermin().evaluate(p), 6) + ", uniform p(x,y,z). 64 strategies × 8 input triples.\n\n"
                + "| quantity | paper | engine |\n|---|---|---|\n"
                + "| min M | (not printed; 0.090 = M²·log₂e needs M = 1/4) | " + Runs.f(m.value(), 10) + " (exact certificate; "
                + m.diagnostics().lpSolves() + " LP solves, " + Runs.f(m.diagnostics().timing().total() / 1e9, 2) + " s) |\n"
                + "| lower bound on I | 0.090 (M²·log₂e) | Pinsker (M²/2)·log₂e = " + Runs.f(pinsker, 4) + " |\n"
                + "| upper bound on I (I of an LP-optimal model) | 0.207 | " + Runs.f(m.model().mutualInformation(), 4) + " (the vertex returned here) |\n"
                + "| min I(X,Y,Z:Λ) over all models reproducing p | between 0.090 and 0.207 | " + Numbers.bracket(b.lower(), b.upper(), 6)
                + " bits (certified bracket, " + b.iterations() + " iterations) |\n\n"
                + "The bracket collapses: the true minimum is " + Numbers.bracket(b.lower(), b.upper(), 5) + " bits, essentially the paper's "
                + "upper bound (0.207 printed; the certified lower bound " + Numbers.down(b.lower(), 5) + " exceeds 0.207 in the fourth digit, so the "
                + "printed value is a truncation of 0.2075). The paper's lower bound 0.090 is true but does not follow from Pinsker's inequality: "
                + "with the correct constant, M = 1/4 only gives " + Runs.f(pinsker, 4) + " bits.\n";
        return section(md, Math.abs(m.value() - 0.25) <= 1e-9 && b.lower() > 0.207 && b.upper() < 0.2076, "0.090 ≤ I ≤ 0.207",
                "min M = 1/4; min I in " + Numbers.bracket(b.lower(), b.upper(), 5) + " bits certified; correct Pinsker " + Runs.f(pinsker, 4));
    }
}
