package relax.lp.polytope;

import java.math.BigInteger;

/**
 * An enumeration refused or stopped because it cannot finish within the configured limits. The message
 * says where it stopped and how large the answer may be: the intermediate size reached and the upper bound
 * of McMullen's upper bound theorem on the number of vertices (or facets) of a polytope with that many
 * constraints (or points) in that dimension.
 *
 * <p>An {@link IllegalArgumentException}, so the command line reports it as one line with exit code 2
 * (a size too large to solve, not a failure of the engine).
 */
public final class EnumerationTooLargeException extends IllegalArgumentException {
    private final BigInteger upperBound;

    EnumerationTooLargeException(String message, BigInteger upperBound) {
        super(message);
        this.upperBound = upperBound;
    }

    /** The upper bound theorem's bound on the size of the answer. */
    public BigInteger upperBound() {
        return upperBound;
    }

    /**
     * McMullen's upper bound on the number of facets of a d-polytope with n vertices, equivalently of the
     * vertices of a d-polytope with n facets: C(n − ⌈d/2⌉, ⌊d/2⌋) + C(n − ⌊d/2⌋ − 1, ⌈d/2⌉ − 1).
     */
    public static BigInteger upperBoundTheorem(int n, int d) {
        if (d <= 0 || n <= d) {
            return BigInteger.valueOf(Math.max(n, 0));
        }
        int floor = d / 2;
        int ceil = d - floor;
        return binomial(n - ceil, floor).add(binomial(n - floor - 1, ceil - 1));
    }

    private static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r;
    }
}
