package relax.scenarios.reproduce.curves;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.Entropy;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.analysis.FunctionalAnalysis;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.report.Chart;

/**
 * The minimum relaxation of locality against the CHSH value (Chaves et al. 2015, eqs. 7, 9, 38): for noisy PR
 * boxes, for random two-qubit quantum behaviours, and in functional mode (only the CHSH value known,
 * non-signalling), with the paper's relation max(0, CHSH) overlaid.
 *
 * <p>The relation the engine finds, proven in docs/functionals-and-curves.md for every non-signalling
 * behaviour: min C_X→B = max(0, CHSH) and min p(m=0) = max(0, CHSH) as the paper says, but
 * min C_A→B = 2·max(0, CHSH), not max(0, CHSH) (eqs. 7 and 38 are wrong for A→B).
 */
public final class ChshCurve implements Curve {
    /** Seed of the random quantum behaviours. */
    public static final long SEED = 20_150_101L;

    private final CausalModel model;

    /** The curve for X→B, A→B or the one-bit communication model. */
    public ChshCurve(CausalModel model) {
        if (model == CausalModel.LHV) {
            throw new IllegalArgumentException("the lhv model has no measure to plot against CHSH");
        }
        this.model = model;
    }

    public CausalModel model() {
        return model;
    }

    @Override
    public String id() {
        return "chsh-" + model.key();
    }

    @Override
    public String description() {
        return switch (model) {
            case X_TO_B -> "min C_X→B against CHSH: noisy PR, random quantum, value only";
            case A_TO_B -> "min C_A→B against CHSH (eqs. 7, 38: the engine finds 2x)";
            default -> "min p(m=0) against CHSH, one bit of communication";
        };
    }

    /** The paper's relation for every model: max(0, CHSH) (eq. 7 for X→B and A→B, eq. 38, and p(m=0) after eq. 39). */
    public static double paper(double chsh) {
        return Math.max(0, chsh);
    }

    /** The proven relation for non-signalling behaviours: max(0, CHSH), except 2·max(0, CHSH) for A→B. */
    public double proven(double chsh) {
        return (model == CausalModel.A_TO_B ? 2 : 1) * Math.max(0, chsh);
    }

    /**
     * One solved LP.
     *
     * @param family   which series it belongs to
     * @param chsh     the CHSH value (eq. 8 maximised over relabellings), or the functional's value
     * @param value    the minimum of the measure
     * @param verified whether the optimum was certified exactly
     */
    public record Point(Family family, double chsh, double value, boolean verified) {
    }

    /** The three series. */
    public enum Family {
        NOISY_PR("noisy PR boxes"), QUANTUM("random quantum behaviours"), FUNCTIONAL("CHSH value only (non-signalling)");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Solves {@code points} LPs per family: PR boxes at visibilities evenly spaced in [0, 1], random quantum
     * behaviours (half Haar-random, half near the Tsirelson settings; seed {@link #SEED}), and the
     * functional mode at CHSH values evenly spaced in [−1/2, 1/2].
     */
    public List<Point> sweep(int points, SolveOptions options, SweepProgress progress) {
        List<Point> out = new ArrayList<>();
        int total = 3 * points;
        for (double v : Sweeps.grid(0, 1, points)) {
            out.add(solve(Family.NOISY_PR, ExampleBehaviours.prBox(v), options));
            progress.step(out.size(), total);
        }
        Random rng = new Random(SEED);
        for (int i = 0; i < points; i++) {
            Behaviour p = i % 2 == 0 ? ExampleBehaviours.randomQubits(rng) : ExampleBehaviours.randomNearTsirelson(rng, 0.4);
            out.add(solve(Family.QUANTUM, p, options));
            progress.step(out.size(), total);
        }
        for (double v : Sweeps.grid(-0.5, 0.5, points)) {
            FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(BellFunctional.chsh(), v, model, true, options);
            out.add(new Point(Family.FUNCTIONAL, v, value(o.result()), o.result().verified()));
            progress.step(out.size(), total);
        }
        return out;
    }

    private Point solve(Family family, Behaviour p, SolveOptions options) {
        InfluenceAnalysis.Outcome o = InfluenceAnalysis.run(p, model, options, 1e-9);
        return new Point(family, BellFunctional.chshMax(p), value(o.result()), o.result().verified());
    }

    private static double value(RelaxationResult r) {
        return r.status() == Status.OPTIMAL ? r.value() : Double.NaN;
    }

    /** The largest |value − relation(chsh)| over the points (infinite if a point has no value). */
    public static double maxDeviation(List<Point> points, DoubleUnaryOperator relation) {
        double worst = 0;
        for (Point p : points) {
            double d = Math.abs(p.value() - relation.applyAsDouble(p.chsh()));
            worst = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(worst, d);
        }
        return worst;
    }

    @Override
    public Result compute(int points, SolveOptions options, SweepProgress progress) {
        List<Point> sweep = sweep(points, options, progress);
        return new Result(plots(sweep), findings(sweep));
    }

    /** The plot of {@link #plot}, and for communication also min H(m) against CHSH with the paper's h(CHSH) (eq. 9). */
    public List<CurveData> plots(List<Point> sweep) {
        return model == CausalModel.COMMUNICATION ? List.of(plot(sweep), entropyPlot(sweep)) : List.of(plot(sweep));
    }

    /** min H(m) = h(min p(m=0)) (min p(m=0) ≤ 1/2, so h is increasing there) against CHSH, eq. (9) dashed on top. */
    private CurveData entropyPlot(List<Point> sweep) {
        CurveData data = new CurveData(id() + "-entropy", "Entropy of the message needed for a CHSH violation (eq. 9)",
                "CHSH value: eq. (8) maximised over its 8 relabellings", "min H(m) [bits]");
        families(data, sweep, p -> Entropy.binary(p.value()));
        double[] grid = Sweeps.grid(-0.5, 0.5, 101); // 0 and the kink at CHSH = 0 are grid points
        data.add("paper: h(CHSH) for CHSH > 0, else 0 (eq. 9)", CurveData.Style.DASHED, grid, Sweeps.map(grid, c -> Entropy.binary(Math.max(0, c))))
                .colour(Color.BLACK);
        return data.range(-0.5, 0.5, -0.02, 1.1);
    }

    /**
     * The three families: noisy PR boxes (filled circles), random quantum behaviours (open triangles), the CHSH
     * value alone (a thick line), each point with its certification flag.
     */
    private static void families(CurveData data, List<Point> sweep, java.util.function.ToDoubleFunction<Point> y) {
        Chart.Marker[] markers = {Chart.Marker.CIRCLE, Chart.Marker.OPEN_TRIANGLE, Chart.Marker.NONE};
        for (Family f : Family.values()) {
            List<Point> fam = sweep.stream().filter(p -> p.family() == f).toList();
            boolean[] certified = new boolean[fam.size()];
            for (int i = 0; i < certified.length; i++) {
                certified[i] = fam.get(i).verified();
            }
            data.add("engine: " + f.label(), f == Family.FUNCTIONAL ? CurveData.Style.LINE : CurveData.Style.SCATTER,
                    fam.stream().mapToDouble(Point::chsh).toArray(), fam.stream().mapToDouble(y).toArray(), certified)
                    .colour(Chart.PALETTE[f.ordinal()]).marker(markers[f.ordinal()]);
        }
    }

    /** The measure as plot markup: C_{X→B}, C_{A→B} or p(m=0). */
    private String measure() {
        return model.measure().replace("C_X→B", "C_{X→B}").replace("C_A→B", "C_{A→B}");
    }

    /**
     * The plot of a sweep: the three families, the paper's relation dashed in black on top and (for A→B) the
     * proven one dashed in reddish purple.
     */
    public CurveData plot(List<Point> sweep) {
        String measure = model == CausalModel.COMMUNICATION ? "min p(m=0), probability of message 0" : "min " + measure() + " (probability)";
        CurveData data = new CurveData(id(), "min " + measure() + " against the CHSH violation (" + model.key() + ", Fig. 1" + figure() + ")",
                "CHSH value: eq. (8) maximised over its 8 relabellings", measure);
        families(data, sweep, Point::value);
        double[] grid = {-0.5, 0, 0.5}; // both relations are linear on either side of 0
        data.add("paper: max(0, CHSH)" + (model == CausalModel.A_TO_B ? " (eqs. 7, 38)" : model == CausalModel.X_TO_B ? " (eq. 7)" : " (after eq. 39)"),
                CurveData.Style.DASHED, grid, Sweeps.map(grid, ChshCurve::paper)).colour(Color.BLACK);
        if (model == CausalModel.A_TO_B) {
            data.add("proven: 2 max(0, CHSH)", CurveData.Style.DASHED, grid, Sweeps.map(grid, this::proven)).colour(Chart.PALETTE[3]);
        }
        return data.range(-0.5, 0.5, -0.02, model == CausalModel.A_TO_B ? 1.05 : 0.55);
    }

    private String figure() {
        return switch (model) {
            case X_TO_B -> "c";
            case A_TO_B -> "b";
            default -> "d";
        };
    }

    /** One line per family: agreement with the paper's and the proven relation, and the certificates. */
    public List<String> findings(List<Point> sweep) {
        List<String> lines = new ArrayList<>();
        for (Family f : Family.values()) {
            List<Point> fam = sweep.stream().filter(p -> p.family() == f).toList();
            lines.add(String.format(Locale.ROOT, "%s (%d LPs): max |engine - paper's max(0, CHSH)| = %.1e%s", f.label(), fam.size(),
                    maxDeviation(fam, ChshCurve::paper), model == CausalModel.A_TO_B
                            ? String.format(Locale.ROOT, ", max |engine - 2 max(0, CHSH)| = %.1e", maxDeviation(fam, this::proven)) : ""));
        }
        long verified = sweep.stream().filter(Point::verified).count();
        lines.add(verified + " of " + sweep.size() + " optima certified by exactly verified dual bounds");
        return lines;
    }
}
