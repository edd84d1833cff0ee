package relax.scenarios.reproduce.curves;

import java.util.function.DoubleUnaryOperator;

/** Grids and formulas evaluated on them. */
final class Sweeps {
    private Sweeps() {
    }

    /** n ≥ 2 evenly spaced points from {@code from} to {@code to}, both included. */
    static double[] grid(double from, double to, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a sweep needs at least 2 points, got " + n);
        }
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = i == n - 1 ? to : from + (to - from) * i / (n - 1);
        }
        return g;
    }

    /** f applied to every point. */
    static double[] map(double[] x, DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }
}
