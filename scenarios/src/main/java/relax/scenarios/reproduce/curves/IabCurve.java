package relax.scenarios.reproduce.curves;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.locality.LocalityStrategies;
import relax.core.Numbers;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.report.Chart;

/**
 * The A→B facet of Chaves et al. (2015), eq. (10): I_A→B = E00 − E02 − E11 + E12 − E20 + E21 ≤ 4 for every model in
 * which Alice's output may influence Bob's (Fig. 1b), and its violation by every partially entangled
 * state √ε|00⟩ + √(1−ε)|11⟩ with the paper's X–Z plane angles (θ^A = 0, π, π/2; θ^B = 0, θ, −π with
 * θ = arctan 2√(ε(1−ε))), which give I_A→B = 3 + √(1 + 4ε(1−ε)) &gt; 4 for 0 &lt; ε &lt; 1.
 *
 * <p>The bound is checked by enumerating every deterministic A→B strategy (no LP); the violation by the
 * Born rule; and the A→B LP on the whole behaviour must be infeasible with a Farkas certificate verified
 * in exact arithmetic.
 */
public final class IabCurve implements Curve {

    @Override
    public String id() {
        return "iab";
    }

    @Override
    public String description() {
        return "eq. (10): I_A→B <= 4, violated by sqrt(e)|00>+sqrt(1-e)|11>";
    }

    /** The paper's value for its angles: 3 + cos θ + 2√(ε(1−ε)) sin θ at θ = arctan 2√(ε(1−ε)), i.e. 3 + √(1 + 4ε(1−ε)). */
    public static double paper(double epsilon) {
        return 3 + Math.sqrt(1 + 4 * epsilon * (1 - epsilon));
    }

    /**
     * The maximum of I_A→B over the deterministic A→B strategies of the 3,3,2,2 scenario.
     *
     * @param strategies how many strategies were enumerated
     * @param max        the largest value
     * @param attaining  how many strategies attain it
     */
    public record Enumeration(long strategies, double max, long attaining) {
    }

    /** Enumerates every deterministic A→B strategy λ (a = α_x, b = β[a][y]) and evaluates I_A→B on T_λ. */
    public static Enumeration enumerate() {
        BellFunctional f = BellFunctional.iAtoB();
        LocalityStrategies space = CausalModel.A_TO_B.strategies(f.scenario());
        int[] entries = new int[f.scenario().inputBlocks()];
        double max = Double.NEGATIVE_INFINITY;
        long attaining = 0;
        int[] lambda = space.digits().first();
        do {
            space.column(lambda, entries);
            double v = 0;
            for (int e : entries) {
                v += f.coefficients()[e];
            }
            if (v > max) {
                max = v;
                attaining = 0;
            }
            attaining += v == max ? 1 : 0;
        } while (space.digits().next(lambda));
        return new Enumeration(space.size(), max, attaining);
    }

    /** The two-qubit behaviour of the paper at ε (angles of {@link ExampleBehaviours#iAtoBBobAngles}). */
    public static Behaviour behaviour(double epsilon) {
        return ExampleBehaviours.twoQubit(epsilon, ExampleBehaviours.iAtoBAliceAngles(), ExampleBehaviours.iAtoBBobAngles(epsilon), 1);
    }

    /**
     * One ε of the sweep.
     *
     * @param value  I_A→B of the Born-rule behaviour
     * @param result the A→B LP on the whole behaviour
     */
    public record Point(double epsilon, double value, RelaxationResult result) {
        /** Infeasible with a Farkas certificate checked in exact arithmetic. */
        public boolean certifiedInfeasible() {
            return result.status() == Status.INFEASIBLE && result.verified();
        }
    }

    /** ε = k/(points + 1) for k = 1 … points: the open interval (0, 1). */
    public List<Point> sweep(int points, SolveOptions options, SweepProgress progress) {
        List<Point> out = new ArrayList<>();
        for (int k = 1; k <= points; k++) {
            double eps = (double) k / (points + 1);
            Behaviour p = behaviour(eps);
            out.add(new Point(eps, BellFunctional.iAtoB().evaluate(p), InfluenceAnalysis.run(p, CausalModel.A_TO_B, options, 1e-9).result()));
            progress.step(k, points);
        }
        return out;
    }

    @Override
    public Result compute(int points, SolveOptions options, SweepProgress progress) {
        List<Point> sweep = sweep(points, options, progress);
        return new Result(List.of(plot(sweep)), findings(enumerate(), sweep));
    }

    /** I_A→B against ε: the Born-rule values, the certified infeasible points, the paper's formula and the bound 4 dashed on top. */
    public CurveData plot(List<Point> sweep) {
        double[] eps = sweep.stream().mapToDouble(Point::epsilon).toArray();
        double[] value = sweep.stream().mapToDouble(Point::value).toArray();
        List<Point> infeasible = sweep.stream().filter(Point::certifiedInfeasible).toList();
        boolean[] certified = new boolean[infeasible.size()];
        java.util.Arrays.fill(certified, true);
        double[] grid = Sweeps.grid(0, 1, 101);
        return new CurveData(id(), "Eq. (10): partially entangled states violate the A→B bound", "ε of the state √ε|00⟩ + √(1−ε)|11⟩",
                "I_{A→B} = E_{00} − E_{02} − E_{11} + E_{12} − E_{20} + E_{21}")
                .add("engine: Born rule, paper's angles", CurveData.Style.LINE, eps, value).colour(Chart.PALETTE[0])
                .add("engine: A→B LP infeasible, Farkas certificate verified", CurveData.Style.SCATTER,
                        infeasible.stream().mapToDouble(Point::epsilon).toArray(), infeasible.stream().mapToDouble(Point::value).toArray(), certified)
                .colour(Chart.PALETTE[0]).marker(Chart.Marker.CIRCLE)
                .add("paper: 3 + √(1 + 4ε(1−ε))", CurveData.Style.DASHED, grid, Sweeps.map(grid, IabCurve::paper)).colour(Color.BLACK)
                .add("bound 4 of every A→B model (eq. 10)", CurveData.Style.DASHED, new double[] {0, 1}, new double[] {4, 4}).colour(Chart.PALETTE[1])
                .range(0, 1, 3.95, 4.75);
    }

    /** The enumeration, the agreement of the Born rule with the paper's formula and the LP verdicts. */
    public static List<String> findings(Enumeration e, List<Point> sweep) {
        double worst = 0;
        Point least = sweep.get(0);
        for (Point p : sweep) {
            worst = Math.max(worst, Math.abs(p.value() - paper(p.epsilon())));
            least = p.value() < least.value() ? p : least;
        }
        long infeasible = sweep.stream().filter(Point::certifiedInfeasible).count();
        return List.of(
                "max of I_A->B over all " + e.strategies() + " deterministic A->B strategies (enumerated, no LP): " + Numbers.format(e.max())
                        + ", attained by " + e.attaining(),
                String.format(Locale.ROOT, "Born rule vs 3 + sqrt(1 + 4 eps(1-eps)) at %d values of eps in (0,1): max difference %.1e; "
                        + "smallest violation I_A->B - 4 = %.4f at eps = %s", sweep.size(), worst, least.value() - 4, Numbers.format(least.epsilon())),
                "A->B LP on the whole behaviour: infeasible with an exactly verified Farkas certificate at " + infeasible + " of " + sweep.size()
                        + " values of eps");
    }
}
