package relax.scenarios.reproduce.curves;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.analysis.FunctionalAnalysis;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.report.Chart;

/**
 * Chaves et al. 2015, Fig. 2: min C_X→B against the I3322 value, for the whole behaviour of eq. (36) (the paper's
 * black curve, claimed I3322/2) and when only the I3322 value is known together with normalisation and
 * no-signalling (the red curve, claimed 0, 2I/5 up to I ≈ 0.714, then (3I − 1)/4).
 *
 * <p>The red curve V ↦ min C_X→B is convex and piecewise linear (an LP's value as a function of a
 * right-hand side). Every functional-mode optimum comes with an exactly verified supporting line
 * C_X→B ≥ slope·I3322 + intercept; the lines that are optimal on an interval of the sweep, and the
 * exact rational points where consecutive lines cross, are the curve's pieces and breakpoints.
 */
public final class I3322Curve implements Curve {
    /** The breakpoint as printed in the paper. */
    public static final double PAPER_BREAKPOINT = 0.714;

    @Override
    public String id() {
        return "i3322";
    }

    @Override
    public String description() {
        return "Fig. 2: min C_X→B against I3322, eq. (36) box and value only";
    }

    /** The paper's black curve: max(0, I/2). */
    public static double paperFull(double i) {
        return Math.max(0, i / 2);
    }

    /** The paper's red curve as printed: 0 for I ≤ 0, 2I/5 up to 0.714, (3I − 1)/4 above. */
    public static double paperFunctional(double i) {
        return i <= 0 ? 0 : i <= PAPER_BREAKPOINT ? 2 * i / 5 : (3 * i - 1) / 4;
    }

    /** One LP of the whole eq. (36) box at visibility v (I3322 = 2v − 1). */
    public record FullPoint(double visibility, double i3322, double value, boolean verified) {
    }

    /** One functional-mode LP at I3322 = V with its certified supporting line. */
    public record FunctionalPoint(double i3322, double value, BigFraction slope, BigFraction intercept, boolean verified) {
    }

    /**
     * A certified supporting line C_X→B ≥ slope·I + intercept that is optimal at every sweep point from
     * {@code from} to {@code to} ({@code points} of them).
     */
    public record Line(BigFraction slope, BigFraction intercept, double from, double to, int points) {
        public double at(double i) {
            return slope.doubleValue() * i + intercept.doubleValue();
        }

        /** e.g. {@code 3/4 I - 1/4}. */
        @Override
        public String toString() {
            String s = slope.getNumerator().signum() == 0 ? "" : BellExpression.fraction(slope) + " I";
            if (intercept.getNumerator().signum() == 0) {
                return s.isEmpty() ? "0" : s;
            }
            return s.isEmpty() ? BellExpression.fraction(intercept)
                    : s + (intercept.getNumerator().signum() < 0 ? " - " : " + ") + BellExpression.fraction(intercept.abs());
        }
    }

    /** Both curves. */
    public record Sweep(List<FullPoint> full, List<FunctionalPoint> functional) {

        /** The supporting lines optimal at two or more consecutive functional points, in order of I. */
        public List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= functional.size(); i++) {
                if (i == functional.size() || !sameLine(functional.get(i), functional.get(start))) {
                    FunctionalPoint first = functional.get(start);
                    if (i - start >= 2) {
                        lines.add(new Line(first.slope(), first.intercept(), first.i3322(), functional.get(i - 1).i3322(), i - start));
                    }
                    start = i;
                }
            }
            return lines;
        }

        private static boolean sameLine(FunctionalPoint a, FunctionalPoint b) {
            return a.slope().equals(b.slope()) && a.intercept().equals(b.intercept());
        }

        /** Where consecutive lines cross, exactly: (c1 − c2)/(s2 − s1). */
        public List<BigFraction> breakpoints() {
            List<Line> lines = lines();
            List<BigFraction> points = new ArrayList<>();
            for (int k = 1; k < lines.size(); k++) {
                Line a = lines.get(k - 1);
                Line b = lines.get(k);
                points.add(a.intercept().subtract(b.intercept()).divide(b.slope().subtract(a.slope())));
            }
            return points;
        }

        /** max over the certified lines at I (the curve's lower envelope). */
        public double envelope(double i) {
            double best = Double.NEGATIVE_INFINITY;
            for (Line l : lines()) {
                best = Math.max(best, l.at(i));
            }
            return best;
        }
    }

    /**
     * Solves {@code points} LPs of each kind: the eq. (36) box at visibilities evenly spaced in [0, 1], and
     * the functional mode at I3322 values evenly spaced in [−1, 1] plus 5/7 (to draw the kink).
     */
    public Sweep sweep(int points, SolveOptions options, SweepProgress progress) {
        double[] values = Sweeps.grid(-1, 1, points);
        values = Arrays.copyOf(values, points + 1);
        values[points] = 5.0 / 7;
        Arrays.sort(values);
        int total = points + values.length;
        List<FullPoint> full = new ArrayList<>();
        BellFunctional i3322 = BellFunctional.i3322();
        for (double v : Sweeps.grid(0, 1, points)) {
            Behaviour p = ExampleBehaviours.i3322Box(v);
            RelaxationResult r = InfluenceAnalysis.run(p, CausalModel.X_TO_B, options, 1e-9).result();
            full.add(new FullPoint(v, i3322.evaluate(p), value(r), r.verified()));
            progress.step(full.size(), total);
        }
        List<FunctionalPoint> functional = new ArrayList<>();
        for (double v : values) {
            FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(i3322, v, CausalModel.X_TO_B, true, options);
            functional.add(new FunctionalPoint(v, value(o.result()), o.slope(), o.intercept(), o.result().verified()));
            progress.step(full.size() + functional.size(), total);
        }
        return new Sweep(full, functional);
    }

    private static double value(RelaxationResult r) {
        return r.status() == Status.OPTIMAL ? r.value() : Double.NaN;
    }

    @Override
    public Result compute(int points, SolveOptions options, SweepProgress progress) {
        Sweep s = sweep(points, options, progress);
        return new Result(List.of(plot(s)), findings(s));
    }

    /**
     * Fig. 2 redrawn in the paper's colours: the whole-behaviour curve in black, the value-only curve in red (each
     * computed point marked), the paper's formulas dashed in sky blue on top of them, and the exact breakpoints.
     */
    public CurveData plot(Sweep s) {
        CurveData data = new CurveData(id(), "Fig. 2: X→B influence needed for an I_{3322} violation", "I_{3322} value (Collins–Gisin form, local bound 0)",
                "min C_{X→B} (probability)");
        boolean[] fullCertified = new boolean[s.full().size()];
        for (int i = 0; i < fullCertified.length; i++) {
            fullCertified[i] = s.full().get(i).verified();
        }
        boolean[] functionalCertified = new boolean[s.functional().size()];
        for (int i = 0; i < functionalCertified.length; i++) {
            functionalCertified[i] = s.functional().get(i).verified();
        }
        data.add("engine: whole eq. (36) box + noise (Fig. 2's black curve)", CurveData.Style.LINE_MARKERS,
                s.full().stream().mapToDouble(FullPoint::i3322).toArray(), s.full().stream().mapToDouble(FullPoint::value).toArray(), fullCertified)
                .colour(Color.BLACK).marker(Chart.Marker.CIRCLE);
        data.add("paper: I_{3322}/2", CurveData.Style.DASHED, new double[] {-1, 0, 1}, new double[] {0, 0, 0.5}).colour(Chart.PALETTE[5]);
        data.add("engine: I_{3322} value only, non-signalling (Fig. 2's red curve)", CurveData.Style.LINE_MARKERS,
                s.functional().stream().mapToDouble(FunctionalPoint::i3322).toArray(), s.functional().stream().mapToDouble(FunctionalPoint::value).toArray(),
                functionalCertified).colour(Chart.PALETTE[1]).marker(Chart.Marker.SQUARE);
        double[] px = {-1, 0, PAPER_BREAKPOINT, 1};
        data.add("paper: 0, 2I/5, (3I − 1)/4, break at 0.714", CurveData.Style.DASHED, px, Sweeps.map(px, I3322Curve::paperFunctional))
                .colour(Chart.PALETTE[5]);
        List<BigFraction> kinks = s.breakpoints();
        double[] kx = kinks.stream().mapToDouble(BigFraction::doubleValue).toArray();
        boolean[] exact = new boolean[kx.length];
        java.util.Arrays.fill(exact, true);
        data.add("engine: exact breakpoints " + String.join(" and ", kinks.stream().map(k -> "I = " + BellExpression.fraction(k)).toList()),
                CurveData.Style.SCATTER, kx, Sweeps.map(kx, s::envelope), exact).colour(Chart.PALETTE[3]).marker(Chart.Marker.OPEN_DIAMOND);
        return data.range(-1, 1, -0.02, 0.55);
    }

    /** The agreement with both of the paper's formulas, the certified lines and the exact breakpoints. */
    public List<String> findings(Sweep s) {
        List<String> out = new ArrayList<>();
        double full = 0;
        for (FullPoint p : s.full()) {
            full = Math.max(full, Math.abs(p.value() - paperFull(p.i3322())));
        }
        out.add(String.format(Locale.ROOT, "whole eq. (36) behaviour (%d LPs): max |engine - max(0, I3322/2)| = %.1e", s.full().size(), full));
        out.add("I3322 value only: certified supporting lines min C_X->B >= " + s.lines().stream().map(Line::toString).toList());
        out.add("exact breakpoints (where consecutive lines cross): " + String.join(" and ", s.breakpoints().stream()
                .map(b -> "I = " + BellExpression.fraction(b) + (b.getDenominatorAsLong() == 1 ? "" : " = " + String.format(Locale.ROOT, "%.10f", b.doubleValue())))
                .toList()) + "; the paper prints 0.714");
        double envelope = 0;
        double paper = 0;
        for (FunctionalPoint p : s.functional()) {
            envelope = Math.max(envelope, Math.abs(p.value() - s.envelope(p.i3322())));
            paper = Math.max(paper, Math.abs(p.value() - paperFunctional(p.i3322())));
        }
        out.add(String.format(Locale.ROOT, "I3322 value only (%d LPs): max |engine - max of the lines| = %.1e, max |engine - paper's law| = %.1e",
                s.functional().size(), envelope, paper));
        long verified = s.full().stream().filter(FullPoint::verified).count() + s.functional().stream().filter(FunctionalPoint::verified).count();
        out.add(verified + " of " + (s.full().size() + s.functional().size()) + " optima certified by exactly verified dual bounds");
        return out;
    }
}
