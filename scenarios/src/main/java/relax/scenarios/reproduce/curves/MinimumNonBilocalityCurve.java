package relax.scenarios.reproduce.curves;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relax.core.Behaviour;
import relax.lp.engine.SolveOptions;
import relax.lp.network.BilocalityResult;
import relax.lp.network.BilocalitySearch;
import relax.lp.network.NonBilocality;
import relax.scenarios.functional.BilocalityInequality;
import relax.scenarios.quantum.Bilocal;
import relax.scenarios.report.Chart;

/**
 * Chaves et al. 2015, Fig. 5 and eqs. (12), (59)–(60): the least non-bilocality min M_BL of the swapping behaviour
 * of eq. (54) against the visibility v of both Werner states, with the bilocality parameter B = √|I| + √|J|; the
 * paper's max(0, 2v² − 1) = B² − 1 and B = √2·v dashed on top. min M_BL comes from the branch and bound over ν
 * ({@link BilocalitySearch}) with an exactly verified lower bound.
 */
public final class MinimumNonBilocalityCurve implements Curve {
    /** Resolution of the branch and bound over ν. */
    public static final double RESOLUTION = 1e-4;

    @Override
    public String id() {
        return "bilocal-fig5";
    }

    @Override
    public String description() {
        return "Fig. 5: min M_BL and B against the visibility, eq. (54), v in [0.5, 1]";
    }

    /** The paper's law max(0, 2v² − 1). */
    public static double paper(double v) {
        return Math.max(0, 2 * v * v - 1);
    }

    /**
     * One visibility.
     *
     * @param v      the visibility
     * @param result the branch and bound over ν
     * @param lower  its exactly verified lower bound on min M_BL, rounded down to a double
     * @param b      B = √|I| + √|J| of eqs. (59)–(60) evaluated on the behaviour
     */
    public record Point(double v, BilocalityResult result, double lower, double b) {
        /** Converged, with a verified lower bound that meets the value. */
        public boolean certified() {
            return result.converged() && result.lowerBound() != null && result.value() - lower <= RESOLUTION;
        }
    }

    /** The behaviour of eq. (54) at {@code points} visibilities evenly spaced in [0.5, 1]. */
    public List<Point> sweep(int points, SolveOptions options, SweepProgress progress) {
        SolveOptions search = options.withResolution(RESOLUTION);
        List<Point> out = new ArrayList<>();
        for (double v : Sweeps.grid(0.5, 1, points)) {
            Behaviour p = Bilocal.werner(v);
            BilocalityResult r = BilocalitySearch.run(p, search);
            out.add(new Point(v, r, r.lowerBound() == null ? Double.NaN : NonBilocality.floor(r.lowerBound()), BilocalityInequality.of(p).b()));
            progress.step(out.size(), points);
        }
        return out;
    }

    @Override
    public Result compute(int points, SolveOptions options, SweepProgress progress) {
        List<Point> sweep = sweep(points, options, progress);
        return new Result(List.of(plot(sweep)), findings(sweep));
    }

    /**
     * min M_BL (blue line, its certified lower bounds as open circles) and B (vermillion), with the paper's
     * max(0, 2v² − 1) (black) and B = √2·v (grey) dashed on top.
     */
    public CurveData plot(List<Point> sweep) {
        double[] v = sweep.stream().mapToDouble(Point::v).toArray();
        boolean[] certified = new boolean[sweep.size()];
        for (int i = 0; i < certified.length; i++) {
            certified[i] = sweep.get(i).certified();
        }
        double[] grid = Sweeps.grid(0.5, 1, 101);
        return new CurveData(id(), "Fig. 5: least non-bilocality and B against visibility", "visibility v of each Werner state",
                "min M_{BL} (ℓ_1 distance) and B (dimensionless)")
                .add("engine: min M_{BL} (branch and bound over ν)", CurveData.Style.LINE, v, sweep.stream().mapToDouble(p -> p.result().value()).toArray(),
                        certified).colour(Chart.PALETTE[0])
                .add("engine: exactly verified lower bound on min M_{BL}", CurveData.Style.SCATTER, v, sweep.stream().mapToDouble(Point::lower).toArray(),
                        certified).colour(Chart.PALETTE[0]).marker(Chart.Marker.OPEN_CIRCLE)
                .add("engine: B = √|I| + √|J| (eqs. 59–60 on p)", CurveData.Style.LINE, v, sweep.stream().mapToDouble(Point::b).toArray())
                .colour(Chart.PALETTE[1])
                .add("paper: min M_{BL} = max(0, 2v^2 − 1) = B^2 − 1", CurveData.Style.DASHED, grid, Sweeps.map(grid, MinimumNonBilocalityCurve::paper))
                .colour(Color.BLACK)
                .add("paper: B = √2·v", CurveData.Style.DASHED, new double[] {0.5, 1}, new double[] {Math.sqrt(2) / 2, Math.sqrt(2)})
                .colour(new Color(0x555555))
                .range(0.5, 1, 0, 1.5);
    }

    /** The largest distance from the paper's law and from √2·v, and the certificates. */
    public static List<String> findings(List<Point> sweep) {
        double law = 0;
        double b = 0;
        for (Point p : sweep) {
            law = Math.max(law, Math.abs(p.result().value() - paper(p.v())));
            b = Math.max(b, Math.abs(p.b() - Math.sqrt(2) * p.v()));
        }
        long certified = sweep.stream().filter(Point::certified).count();
        return List.of(String.format(Locale.ROOT, "%d visibilities in [0.5, 1]: max |min M_BL - max(0, 2v^2 - 1)| = %.1e, max |B - sqrt2 v| = %.1e",
                sweep.size(), law, b), certified + " of " + sweep.size() + " minima certified by exactly verified lower bounds (resolution "
                + RESOLUTION + ")");
    }
}
