package relax.lp.polytope;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A linear inequality {@code normal·x ≤ bound} (or, as an equation of an affine hull, {@code normal·x = bound})
 * with integer coefficients.
 *
 * @param normal the coefficients a (not copied; treat as read-only)
 * @param bound  the right-hand side b
 */
public record Inequality(BigInteger[] normal, BigInteger bound) {

    /** a·x − b at an integer point. */
    public BigInteger slack(BigInteger[] x) {
        BigInteger s = bound.negate();
        for (int j = 0; j < normal.length; j++) {
            if (normal[j].signum() != 0 && x[j].signum() != 0) {
                s = s.add(normal[j].multiply(x[j]));
            }
        }
        return s;
    }

    /** The homogeneous row (b, −a) of the cone {(x₀, x) : b x₀ − a·x ≥ 0}. */
    BigInteger[] homogeneous() {
        BigInteger[] h = new BigInteger[normal.length + 1];
        h[0] = bound;
        for (int j = 0; j < normal.length; j++) {
            h[j + 1] = normal[j].negate();
        }
        return h;
    }

    /** The inequality of the homogeneous row (β, α) meaning β + α·x ≥ 0, i.e. (−α)·x ≤ β. */
    static Inequality ofHomogeneous(BigInteger[] h) {
        BigInteger[] a = new BigInteger[h.length - 1];
        for (int j = 0; j < a.length; j++) {
            a[j] = h[j + 1].negate();
        }
        return new Inequality(a, h[0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inequality i && bound.equals(i.bound) && Arrays.equals(normal, i.normal);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(normal) + bound.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(normal) + "·x <= " + bound;
    }
}
