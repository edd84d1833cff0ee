package relax.scenarios.reproduce.curves;

import relax.lp.engine.Status;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import relax.core.locality.CausalModel;
import relax.core.Numbers;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.report.Markdown;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Chaves et al. 2015, eq. (10) and the appendix: I_A→B ≤ 4 for every A→B model, violated by √ε|00⟩ + √(1−ε)|11⟩ for
 * every ε ∈ (0, 1) with the paper's angles.
 */
public final class IabReproduction implements Reproduction {
    private static final int POINTS = 41;
    /** The ε whose Farkas certificate is printed. */
    private static final double EPSILON = 0.25;

    private final IabCurve curve = new IabCurve();

    @Override
    public String id() {
        return curve.id();
    }

    @Override
    public String title() {
        return "I_A→B ≤ 4 for A→B models, violated by every partially entangled two-qubit state (eq. 10)";
    }

    @Override
    public Verdict verdict() {
        return Verdict.AGREES;
    }

    @Override
    public String proof() {
        return "this section: the bound is the maximum over all 512 deterministic A→B strategies, and every sampled ε gives a violation "
                + "and an exactly certified infeasible A→B LP";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) throws IOException {
        progress.accept(id() + ": enumeration and " + POINTS + " LPs");
        SolveOptions options = SolveOptions.defaults();
        IabCurve.Enumeration e = IabCurve.enumerate();
        List<IabCurve.Point> sweep = curve.sweep(POINTS, options, SweepProgress.NONE);
        CurveData plot = curve.plot(sweep);
        plot.write(dir);
        InfluenceAnalysis.Outcome example = InfluenceAnalysis.run(IabCurve.behaviour(EPSILON), CausalModel.A_TO_B, options, 1e-9);
        long infeasible = sweep.stream().filter(IabCurve.Point::certifiedInfeasible).count();
        boolean violated = sweep.stream().allMatch(p -> p.value() > 4);
        boolean agrees = e.max() == 4 && violated && infeasible == sweep.size();

        StringBuilder md = new StringBuilder("## ").append(title()).append("\n\n");
        md.append("**Claim.** In the 3,3,2,2 scenario every model in which Alice's output may influence Bob's (Fig. 1b) obeys "
                + "I_A→B = E00 − E02 − E11 + E12 − E20 + E21 ≤ 4 (a facet, eq. 10). The state √ε|00⟩ + √(1−ε)|11⟩ measured in the X–Z "
                + "plane at θ^A = (0, π, π/2), θ^B = (0, θ, −π) gives I_A→B = 3 + cos θ + 2√(ε(1−ε)) sin θ, above 4 for small "
                + "enough θ whenever ε ∉ {0, 1}: no A→B model reproduces it.\n\n");
        md.append("**Method.** Enumerate all ").append(e.strategies()).append(" deterministic A→B strategies (a = α_x, b = β[a][y]) "
                + "and evaluate I_A→B on each (no LP). Take θ = arctan 2√(ε(1−ε)), which maximises the expression to "
                + "3 + √(1 + 4ε(1−ε)), compute the Born-rule behaviour at ").append(POINTS)
                .append(" values of ε in (0, 1) and solve the A→B LP on the whole behaviour.\n\n");
        md.append("**Results.**\n\n").append(Markdown.bullets(curve.findings(e, sweep)));
        md.append(plot.markdown());
        Certificate c = example.result().certificate();
        if (example.status() == Status.INFEASIBLE && c != null) {
            md.append("The certificate the engine prints at ε = ").append(Numbers.format(EPSILON))
                    .append(" (`relax example two-qubit --epsilon 0.25 > e.json; relax influence --model a2b e.json`): every A→B model "
                            + "satisfies\n\n    ")
                    .append(BellExpression.format(example.behaviour().scenario(), c.entryWeights())).append(" <= 0\n\nwhile the behaviour gives ")
                    .append(Numbers.format(c.boundValue())).append(" (checked in exact rational arithmetic over all 512 strategies)");
            double iab = BellFunctional.iAtoB().evaluate(example.behaviour());
            if (Math.abs(c.boundValue() - (iab - 4) / 2) < 1e-9) {
                md.append(", which is (I_A→B − 4)/2 for this behaviour");
            }
            md.append(".\n\n");
        }
        return section(md.toString(), agrees, "I_A→B ≤ 4; violated for all ε ∈ (0,1)",
                "max over " + e.strategies() + " strategies = " + Numbers.format(e.max()) + "; infeasible at " + infeasible + "/" + sweep.size() + " ε");
    }
}
