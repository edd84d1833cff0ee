package relax.core;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The double nearest to an exact rational n/d, ties to even (IEEE 754 round-to-nearest), including the
 * subnormal range and overflow to ±∞. This is the rounding {@code Double.parseDouble} applies to a decimal
 * literal, extended to every fraction; Commons Math's {@code BigFraction.doubleValue()} divides two rounded
 * doubles instead and can be an ulp off.
 */
public final class NearestDouble {
    private NearestDouble() {
    }

    /** The double nearest to {@code f}. */
    public static double of(BigFraction f) {
        return of(f.getNumerator(), f.getDenominator());
    }

    /**
     * The double nearest to {@code numerator / denominator}.
     *
     * @throws ArithmeticException if the denominator is 0
     */
    public static double of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        int sign = numerator.signum() * denominator.signum();
        if (sign == 0) {
            return 0.0;
        }
        BigInteger n = numerator.abs();
        BigInteger d = denominator.abs();
        // lg = floor(log2(n/d)): n/d lies in (2^(lg0-1), 2^(lg0+1)) for lg0 the difference of bit lengths
        int lg = n.bitLength() - d.bitLength();
        if ((lg >= 0 ? n.compareTo(d.shiftLeft(lg)) : n.shiftLeft(-lg).compareTo(d)) < 0) {
            lg--;
        }
        if (lg > Double.MAX_EXPONENT) {
            return sign * Double.POSITIVE_INFINITY;
        }
        // the ulp at n/d is 2^e; below the normal range it stays at the smallest subnormal 2^-1074
        int e = Math.max(lg - 52, -1074);
        BigInteger scaledN = e < 0 ? n.shiftLeft(-e) : n;
        BigInteger scaledD = e > 0 ? d.shiftLeft(e) : d;
        BigInteger[] qr = scaledN.divideAndRemainder(scaledD);
        long q = qr[0].longValueExact(); // < 2^53
        int half = qr[1].shiftLeft(1).compareTo(scaledD);
        if (half > 0 || half == 0 && (q & 1) == 1) {
            q++;
        }
        double v = Math.scalb((double) q, e); // exact: q ≤ 2^53 is a double and the result is representable or overflows
        return sign < 0 ? -v : v;
    }
}
