package relax.scenarios.reproduce.curves;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.engine.Tolerances;
import relax.lp.network.NonBilocality;
import relax.scenarios.quantum.Bilocal;
import relax.scenarios.report.Chart;

/**
 * Chaves et al. 2015, Fig. 4: the non-bilocality M_BL(ν) of the swapping behaviour of eq. (54) over the feasible
 * range of its free parameter ν = q^a_00 (eq. 56), for the Werner visibilities v = 0.75, 0.80, 0.85. The range comes
 * from the LPs (57)–(58); M_BL(ν) from the fixed-ν LP (eq. 53 with q's own q^a_00 tied to ν). The proven
 * parabola 2v² − 1 + 16(ν − 1/4)² (a lower bound, docs/bilocality.md) is drawn dashed on top.
 */
public final class NonBilocalityCurve implements Curve {
    /** The visibilities of Fig. 4. */
    public static final double[] VISIBILITIES = {0.75, 0.80, 0.85};

    @Override
    public String id() {
        return "bilocal-fig4";
    }

    @Override
    public String description() {
        return "Fig. 4: M_BL(ν) over the feasible range of ν, eq. (54) at v = 0.75, 0.8, 0.85";
    }

    /** The proven lower bound 2v² − 1 + 16(ν − 1/4)², attained (docs/bilocality.md). */
    public static double parabola(double v, double nu) {
        return 2 * v * v - 1 + 16 * (nu - 0.25) * (nu - 0.25);
    }

    /**
     * One visibility.
     *
     * @param v         the visibility of both Werner states
     * @param range     the feasible range of ν (LPs 57–58)
     * @param nu        the grid over the range
     * @param value     M_BL(ν) at each grid point
     * @param certified whether each value is certified (an exactly verified lower bound equal to it)
     */
    public record Sweep(double v, NonBilocality.Range range, double[] nu, double[] value, boolean[] certified) {
        /** The grid index of the smallest value. */
        public int argMin() {
            int best = 0;
            for (int k = 1; k < value.length; k++) {
                best = value[k] < value[best] ? k : best;
            }
            return best;
        }
    }

    /** {@code points} values of ν per visibility, evenly spaced over the feasible range (ends included). */
    public List<Sweep> sweep(int points, SolveOptions options, SweepProgress progress) {
        List<Sweep> out = new ArrayList<>();
        for (double v : VISIBILITIES) {
            NonBilocality problem = new NonBilocality(Bilocal.werner(v));
            NonBilocality.Range range = problem.range(0, new double[0], options).orElseThrow();
            double[] nu = Sweeps.grid(range.min(), range.max(), points);
            NonBilocality.Solution[] solutions = IntStream.range(0, points).parallel()
                    .mapToObj(k -> problem.solve(new double[] {nu[k]}, new double[] {nu[k]}, options)).toArray(NonBilocality.Solution[]::new);
            double[] value = new double[points];
            boolean[] certified = new boolean[points];
            for (int k = 0; k < points; k++) {
                NonBilocality.Solution s = solutions[k];
                value[k] = s.status() == Status.OPTIMAL ? s.value() : Double.NaN;
                certified[k] = s.status() == Status.OPTIMAL && s.lowerBound() != null
                        && value[k] - NonBilocality.floor(s.lowerBound()) <= Tolerances.VERIFICATION;
            }
            out.add(new Sweep(v, range, nu, value, certified));
            progress.step(out.size(), VISIBILITIES.length);
        }
        return out;
    }

    @Override
    public Result compute(int points, SolveOptions options, SweepProgress progress) {
        List<Sweep> sweep = sweep(points, options, progress);
        return new Result(List.of(plot(sweep)), findings(sweep));
    }

    /**
     * One colour per v: M_BL(ν) solid; the proven parabola dashed in black on top; the ends of each ν range as black
     * squares; the paper's range at v = 0.8, [0.16, 0.34], as open diamonds. The repeated parabolas and range ends
     * have one legend entry each.
     */
    public CurveData plot(List<Sweep> sweep) {
        CurveData data = new CurveData(id(), "Fig. 4: non-bilocality M_{BL}(ν) of eq. (54) over the feasible ν", "ν = q^{a}_{00} (probability)",
                "M_{BL}(ν) (ℓ_1 distance, dimensionless)");
        for (int i = 0; i < sweep.size(); i++) {
            Sweep s = sweep.get(i);
            String v = "v = " + String.format(Locale.ROOT, "%.2f", s.v());
            data.add(v + ": M_{BL}(ν), fixed-ν LP (53)", CurveData.Style.LINE, s.nu(), s.value(), s.certified()).colour(Chart.PALETTE[i]);
        }
        for (int i = 0; i < sweep.size(); i++) {
            Sweep s = sweep.get(i);
            String v = "v = " + String.format(Locale.ROOT, "%.2f", s.v());
            int last = s.nu().length - 1;
            data.add(i == 0 ? "ends of each ν range, LPs (57)–(58)" : v + ": ends of the ν range, LPs (57)–(58)", CurveData.Style.SCATTER,
                    new double[] {s.nu()[0], s.nu()[last]}, new double[] {s.value()[0], s.value()[last]},
                    new boolean[] {s.certified()[0], s.certified()[last]}).colour(Color.BLACK).marker(Chart.Marker.SQUARE);
            if (i > 0) {
                data.unlisted();
            }
            data.add(i == 0 ? "proven lower bound 2v^2 − 1 + 16(ν − 1/4)^2, attained" : v + ": proven 2v^2 − 1 + 16(ν − 1/4)^2", CurveData.Style.DASHED,
                    s.nu(), Sweeps.map(s.nu(), nu -> parabola(s.v(), nu))).colour(Color.BLACK);
            if (i > 0) {
                data.unlisted();
            }
        }
        data.add("paper: ν range at v = 0.80 is [0.16, 0.34]", CurveData.Style.SCATTER, new double[] {0.16, 0.34},
                new double[] {parabola(0.8, 0.16), parabola(0.8, 0.34)}).colour(Chart.PALETTE[3]).marker(Chart.Marker.OPEN_DIAMOND);
        return data.range(Double.NaN, Double.NaN, 0, 0.95);
    }

    /** Per v: the range against [v²/4, 1/2 − v²/4], the argmin, the largest distance from the parabola, the certificates. */
    public static List<String> findings(List<Sweep> sweep) {
        List<String> out = new ArrayList<>();
        long certified = 0;
        long total = 0;
        for (Sweep s : sweep) {
            double worst = 0;
            for (int k = 0; k < s.nu().length; k++) {
                worst = Math.max(worst, Math.abs(s.value()[k] - parabola(s.v(), s.nu()[k])));
                certified += s.certified()[k] ? 1 : 0;
                total++;
            }
            out.add(String.format(Locale.ROOT, "v = %.2f: nu range [%.10f, %.10f] (by hand [v^2/4, 1/2 - v^2/4] = [%.10f, %.10f]); argmin nu = %.10f; "
                    + "max |M_BL - parabola| = %.1e", s.v(), s.range().min(), s.range().max(), s.v() * s.v() / 4, 0.5 - s.v() * s.v() / 4,
                    s.nu()[s.argMin()], worst));
        }
        out.add(certified + " of " + total + " values certified by exactly verified lower bounds");
        return out;
    }
}
