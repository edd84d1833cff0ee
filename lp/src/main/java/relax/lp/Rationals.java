package relax.lp;

import org.apache.commons.math3.fraction.BigFraction;

/** Rounding of floating-point multipliers to exact rationals for the certificate checks. */
final class Rationals {
    private Rationals() {
    }

    /** Each entry as the nearest fraction with denominator ≤ {@code maxDenominator} (|v| &lt; 1e-12 → 0; exact value if no such fraction is found). */
    static BigFraction[] round(double[] v, int maxDenominator) {
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i]) < 1e-12) {
                r[i] = BigFraction.ZERO;
                continue;
            }
            try {
                r[i] = new BigFraction(v[i], maxDenominator);
            } catch (RuntimeException e) {
                r[i] = new BigFraction(v[i]);
            }
        }
        return r;
    }

    /** Each entry's exact binary value. */
    static BigFraction[] exact(double[] v) {
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = new BigFraction(v[i]);
        }
        return r;
    }

    /** v / s entrywise. */
    static BigFraction[] divide(BigFraction[] v, BigFraction s) {
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].divide(s);
        }
        return r;
    }
}
