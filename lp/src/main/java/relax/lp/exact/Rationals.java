package relax.lp.exact;

import org.apache.commons.math3.fraction.BigFraction;

/** Rounding of floating-point multipliers to exact rationals for the certificate checks. */
public final class Rationals {
    private Rationals() {
    }

    /** Each entry as the nearest fraction with denominator ≤ {@code maxDenominator} ({@link #nearest}); |v| &lt; 1e-12 → 0. */
    public static BigFraction[] round(double[] v, int maxDenominator) {
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.abs(v[i]) < 1e-12 ? BigFraction.ZERO : nearest(v[i], maxDenominator);
        }
        return r;
    }

    /**
     * The fraction h/k with 1 ≤ k ≤ {@code maxDenominator} closest to v: the last continued-fraction
     * convergent of |v| within the bound, or the semiconvergent after it if that is closer (the classical
     * best-approximation theorem). Unlike Commons Math's {@code BigFraction(double, int)}, it never gives up
     * when a partial quotient is huge — as it is for values within an ulp of a simple fraction, such as
     * 0.49999999999999994 → 1/2, which are exactly the values solvers return.
     */
    public static BigFraction nearest(double v, long maxDenominator) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot round " + v + " to a fraction");
        }
        double x = Math.abs(v);
        long a = (long) Math.floor(x);
        long h0 = 1;
        long h1 = a;
        long k0 = 0;
        long k1 = 1;
        double rest = x - a;
        while (rest > 0) {
            double inverse = 1 / rest;
            double next = Math.floor(inverse);
            if (next > (double) (maxDenominator - k0) / k1) {
                long t = (maxDenominator - k0) / k1;
                long hs = t * h1 + h0;
                long ks = t * k1 + k0;
                if (t > 0 && Math.abs(x - (double) hs / ks) < Math.abs(x - (double) h1 / k1)) {
                    h1 = hs;
                    k1 = ks;
                }
                break;
            }
            long ai = (long) next;
            long h2 = ai * h1 + h0;
            long k2 = ai * k1 + k0;
            h0 = h1;
            h1 = h2;
            k0 = k1;
            k1 = k2;
            rest = inverse - next;
        }
        BigFraction f = new BigFraction(h1, k1);
        return v < 0 ? f.negate() : f;
    }

    /** Each entry's exact binary value. */
    public static BigFraction[] exact(double[] v) {
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = new BigFraction(v[i]);
        }
        return r;
    }

    /** v / s entrywise. */
    public static BigFraction[] divide(BigFraction[] v, BigFraction s) {
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i].divide(s);
        }
        return r;
    }
}
