package relax.scenarios.reproduce.md;

import java.nio.file.Path;
import java.util.function.Consumer;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.dependence.MutualInformation;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Chaves et al. 2015, main text after eq. (11): for the singlet at Tsirelson's angles (d = 2) the LP's upper bound
 * "gives exactly I(X,Y:λ) = 0.0463, the value analytically obtained in [12,13]". Reproduced: min M, the
 * mutual information of the LP's model (vertex dependent), the certified minimum of I over all models,
 * and the Pinsker bound with the correct constant.
 */
public final class SingletMutualInformation implements Reproduction {

    /** The singlet measured in the X–Z plane at 0, π/2 (Alice) and π/4, −π/4 (Bob): E_xy = −cos(θ_x − θ_y), CHSH at Tsirelson's bound. */
    @Override
    public String id() {
        return "md-singlet-mi";
    }

    @Override
    public String title() {
        return "Singlet (Tsirelson) behaviour: minimum mutual information 0.0463 bits";
    }

    @Override
    public Verdict verdict() {
        return Verdict.REFINES;
    }

    @Override
    public String proof() {
        return "the certified bracket of min I in this section agrees with 0.0463; \"the LP gives exactly 0.0463\" holds only for a particular optimal "
                + "vertex (the M optimum is not unique: the vertex returned here has a larger I); Pinsker's constant is (M²/2)·log₂e "
                + "(docs/measurement-dependence.md)";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) {
        progress.accept("singlet: min M and min I(X,Y:Lambda)");
        Behaviour p = ExampleBehaviours.tsirelson(1);
        MeasurementDependenceResult m = Runs.minimum(p, MeasurementDependenceMeasure.M);
        MeasurementDependenceResult hall = Runs.minimum(p, MeasurementDependenceMeasure.HALL);
        MutualInformation.Bracket b = Runs.minimumMi(p);
        boolean agrees = b.lower() <= 0.04635 && b.upper() >= 0.04625;
        String md = "## " + title() + "\n\n"
                + "Behaviour: the singlet measured at Tsirelson's angles (CHSH = 2√2), uniform p(x,y).\n\n"
                + "| quantity | paper | engine |\n|---|---|---|\n"
                + "| min M (eq. 41) | (I₂−2)/4 = 0.2071 (eq. 11) | " + Runs.f(m.value(), 10) + " (exact certificate) |\n"
                + "| Pinsker lower bound (M²/2)·log₂e | printed as M²·log₂e = " + Runs.f(MutualInformation.pinsker(m.value()) * 2, 4) + " | "
                + Runs.f(MutualInformation.pinsker(m.value()), 4) + " |\n"
                + "| I of the LP's optimal model (M) | 0.0463 | " + Runs.f(m.model().mutualInformation(), 4) + " (the vertex ojAlgo returns) |\n"
                + "| I of the LP's optimal model (M_Hall, min M_Hall = " + Runs.f(hall.value(), 6) + ") | — | "
                + Runs.f(hall.model().mutualInformation(), 6) + " |\n"
                + "| min I(X,Y:Λ) over all models reproducing p | 0.0463 (analytic, refs. [12,13]) | " + Numbers.bracket(b.lower(), b.upper(), 6)
                + "] bits (certified bracket) |\n\n"
                + "The certified minimum supports the paper's 0.0463 as the *true minimum* for this behaviour. The mutual information of an "
                + "LP-optimal model is not unique: M has many optimal models, and the vertex returned here has I = "
                + Runs.f(m.model().mutualInformation(), 4) + " bits, so \"the LP's upper bound gives exactly 0.0463\" holds only for a "
                + "particular optimal vertex. The 0.0663 bits the paper also quotes is the cost of simulating *all* projective measurements "
                + "on the singlet, not this behaviour. The paper's Pinsker bound I ≥ M²·log₂e would give "
                + Runs.f(MutualInformation.pinsker(m.value()) * 2, 4) + " > 0.0463, contradicting its own minimum: the correct constant is "
                + "(M²/2)·log₂e (see docs/measurement-dependence.md).\n";
        return section(md, agrees, "min I = 0.0463 bits (LP model \"exactly 0.0463\")",
                "min I in " + Numbers.bracket(b.lower(), b.upper(), 5) + " bits certified; LP model " + Runs.f(m.model().mutualInformation(), 4));
    }
}
