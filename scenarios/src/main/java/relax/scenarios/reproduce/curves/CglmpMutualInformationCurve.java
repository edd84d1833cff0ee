package relax.scenarios.reproduce.curves;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.core.locality.LhvStrategies;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.dependence.MutualInformation;
import relax.lp.engine.SolveOptions;
import relax.lp.relaxation.BehaviourConstraints;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.CglmpQuantum;
import relax.scenarios.report.Chart;

/**
 * Chaves et al. 2015, Fig. 3: the mutual information I(X,Y:Λ) a measurement-dependent model needs for
 * v·p_opt + (1−v)·white noise, p_opt the CGLMP-optimal quantum behaviour of d = 2, 5, 7, against v from the local
 * threshold 2/I_d(p_opt) to 1. The paper plots the I of the model that minimises M (eq. 41), an upper bound that
 * depends on which optimal vertex the LP returns; the engine adds the certified minimum of I over all models
 * (a bracket of width {@link #GAP} bits), and the 0.0663 bits that suffice for every projective measurement on a
 * singlet.
 */
public final class CglmpMutualInformationCurve implements Curve {
    /** The dimensions of Fig. 3. */
    public static final int[] DIMENSIONS = {2, 5, 7};
    /** Bits needed to simulate every projective measurement on a singlet (quoted by the paper). */
    public static final double SINGLET = 0.0663;
    /** Width of the certified brackets of min I, bits. */
    public static final double GAP = 1e-5;
    private static final Chart.Marker[] MARKERS = {Chart.Marker.CIRCLE, Chart.Marker.SQUARE, Chart.Marker.TRIANGLE};
    private static final Chart.Marker[] OPEN = {Chart.Marker.OPEN_CIRCLE, Chart.Marker.OPEN_SQUARE, Chart.Marker.OPEN_TRIANGLE};

    @Override
    public String id() {
        return "md-fig3";
    }

    @Override
    public String description() {
        return "Fig. 3: I(X,Y:Λ) needed against visibility, CGLMP d = 2, 5, 7 (slow: a minimisation of I per point)";
    }

    /**
     * One visibility.
     *
     * @param d        the dimension
     * @param iMax     I_d of p_opt
     * @param v        the visibility
     * @param minM     min M (eq. 41), LP optimum
     * @param modelMi  I of the M-optimal model the LP returned (the paper's upper bound)
     * @param minMi    the certified bracket of min I over all models
     * @param verified whether the M optimum is certified and the bracket converged
     */
    public record Point(int d, double iMax, double v, double minM, double modelMi, MutualInformation.Bracket minMi, boolean verified) {
    }

    /** {@code points} visibilities per dimension, evenly spaced from the local threshold 2/I_d(p_opt) to 1. */
    public List<Point> sweep(int points, SolveOptions options, SweepProgress progress) {
        List<Point> out = new ArrayList<>();
        int total = DIMENSIONS.length * points;
        for (int d : DIMENSIONS) {
            double iMax = BellFunctional.cglmp(d).evaluate(CglmpQuantum.optimal(d));
            for (double v : Sweeps.grid(2 / iMax, 1, points)) {
                Behaviour p = CglmpQuantum.withVisibility(d, v);
                InputDistribution uniform = InputDistribution.uniform(p.scenario());
                MeasurementDependenceResult m = new MeasurementDependence(new LhvStrategies(p.scenario()), BehaviourConstraints.reproducing(p), uniform,
                        MeasurementDependenceMeasure.M).solve(options);
                MutualInformation.Bracket b = MutualInformation.minimum(new LhvStrategies(p.scenario()), p, uniform, GAP, 1_000_000, null);
                out.add(new Point(d, iMax, v, m.value(), m.verified() ? m.model().mutualInformation() : Double.NaN, b, m.verified() && b.converged()));
                progress.step(out.size(), total);
            }
        }
        return out;
    }

    @Override
    public Result compute(int points, SolveOptions options, SweepProgress progress) {
        List<Point> sweep = sweep(points, options, progress);
        return new Result(List.of(plot(sweep)), findings(sweep));
    }

    /**
     * Fig. 3 with the certified minimum: one colour and one marker shape per d; open markers for the I of the
     * LP's M-optimal model (the paper's curve), filled markers for the certified minimum of I; 0.0663 bits dashed.
     */
    public CurveData plot(List<Point> sweep) {
        CurveData data = new CurveData(id(), "Fig. 3: mutual information needed against visibility (CGLMP)", "visibility v of v·p_{opt} + (1 − v)·white noise",
                "I(X,Y:Λ) [bits]");
        for (int k = 0; k < DIMENSIONS.length; k++) {
            int d = DIMENSIONS[k];
            List<Point> fam = sweep.stream().filter(p -> p.d() == d).toList();
            double[] v = fam.stream().mapToDouble(Point::v).toArray();
            boolean[] certified = new boolean[fam.size()];
            for (int i = 0; i < certified.length; i++) {
                certified[i] = fam.get(i).verified();
            }
            Color c = Chart.PALETTE[k];
            data.add("d = " + d + ": I of the LP's M-optimal model (paper's curve)", CurveData.Style.LINE_MARKERS, v,
                    fam.stream().mapToDouble(Point::modelMi).toArray(), certified).colour(c).marker(OPEN[k]);
            data.add("d = " + d + ": certified minimum of I (engine)", CurveData.Style.LINE_MARKERS, v,
                    fam.stream().mapToDouble(p -> p.minMi().upper()).toArray(), certified).colour(c).marker(MARKERS[k]);
        }
        data.add("0.0663 bits: every projective measurement on a singlet", CurveData.Style.DASHED, new double[] {0.6, 1},
                new double[] {SINGLET, SINGLET}).colour(Color.BLACK);
        return data.range(0.6, 1, 0, Double.NaN);
    }

    /** Per d: the I of the LP model and the certified min I at v = 1, and where min I first exceeds 0.0663 bits. */
    public static List<String> findings(List<Point> sweep) {
        List<String> out = new ArrayList<>();
        for (int d : DIMENSIONS) {
            List<Point> fam = sweep.stream().filter(p -> p.d() == d).toList();
            Point last = fam.get(fam.size() - 1);
            Point first = fam.stream().filter(p -> p.minMi().lower() > SINGLET).findFirst().orElse(null);
            out.add(String.format(Locale.ROOT, "d = %d: at v = 1, I of the LP's M-optimal model %.4f bits, certified min I in %s bits; %s", d,
                    last.modelMi(), Numbers.bracket(last.minMi().lower(), last.minMi().upper()),
                    first == null ? "min I stays at or below 0.0663 bits on this grid"
                            : "certified min I > 0.0663 bits from v = " + String.format(Locale.ROOT, "%.4f", first.v()) + " (grid point)"));
        }
        long verified = sweep.stream().filter(Point::verified).count();
        out.add(verified + " of " + sweep.size() + " points with a certified min M and a converged bracket of min I");
        return out;
    }
}
