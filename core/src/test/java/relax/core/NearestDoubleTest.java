package relax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class NearestDoubleTest {

    /**
     * A decimal n/10^k is rounded exactly as {@code Double.parseDouble} rounds its literal (the JDK's parser
     * is correctly rounded, an independent implementation), across the normal and subnormal ranges.
     */
    @Test
    void agreesWithTheJdkOnDecimalLiterals() {
        Random r = new Random(20240611);
        for (int t = 0; t < 4000; t++) {
            BigInteger n = new BigInteger(1 + r.nextInt(120), r).add(BigInteger.ONE);
            int exponent = r.nextInt(700) - 350;
            BigDecimal d = new BigDecimal(n, -exponent);
            BigFraction f = d.scale() >= 0 ? new BigFraction(n, BigInteger.TEN.pow(d.scale())) : new BigFraction(n.multiply(BigInteger.TEN.pow(-d.scale())));
            assertEquals(Double.parseDouble(d.toString()), NearestDouble.of(f), d.toString());
            assertEquals(-Double.parseDouble(d.toString()), NearestDouble.of(f.negate()), d.toString());
        }
    }

    /** For random n/d the result is at least as close as both neighbouring doubles (checked exactly). */
    @Test
    void isNearestAmongNeighbours() {
        Random r = new Random(7);
        for (int t = 0; t < 2000; t++) {
            BigInteger n = new BigInteger(1 + r.nextInt(200), r).add(BigInteger.ONE);
            BigInteger d = new BigInteger(1 + r.nextInt(200), r).add(BigInteger.ONE);
            BigFraction f = new BigFraction(n, d);
            double v = NearestDouble.of(f);
            BigFraction error = new BigFraction(v).subtract(f).abs();
            assertTrue(error.compareTo(new BigFraction(Math.nextUp(v)).subtract(f).abs()) <= 0, f.toString());
            assertTrue(error.compareTo(new BigFraction(Math.nextDown(v)).subtract(f).abs()) <= 0, f.toString());
        }
    }

    /** Ties go to the even significand: 1 + 2^-53 lies halfway between 1 and 1 + 2^-52 and rounds to 1; 1 + 3·2^-53 rounds up. */
    @Test
    void tiesToEven() {
        BigInteger two53 = BigInteger.ONE.shiftLeft(53);
        assertEquals(1.0, NearestDouble.of(two53.add(BigInteger.ONE), two53));
        assertEquals(1 + 0x1p-51, NearestDouble.of(two53.add(BigInteger.valueOf(3)), two53));
    }

    /** IEEE division of exactly representable operands is correctly rounded: 1/3 and 2/7 agree with it. */
    @Test
    void simpleFractions() {
        assertEquals(1.0 / 3.0, NearestDouble.of(new BigFraction(1, 3)));
        assertEquals(2.0 / 7.0, NearestDouble.of(new BigFraction(2, 7)));
        assertEquals(0.1, NearestDouble.of(new BigFraction(1, 10)));
        assertEquals(0.0, NearestDouble.of(BigFraction.ZERO));
    }

    /**
     * The ends of the range: the largest double is exact; the midpoint between it and 2^1024 rounds (to even)
     * to infinity; half the smallest subnormal rounds to 0 (even), a little more to 2^-1074.
     */
    @Test
    void rangeEnds() {
        BigFraction max = new BigFraction(Double.MAX_VALUE);
        assertEquals(Double.MAX_VALUE, NearestDouble.of(max));
        BigFraction halfUlp = new BigFraction(BigInteger.ONE.shiftLeft(970));
        assertEquals(Double.POSITIVE_INFINITY, NearestDouble.of(max.add(halfUlp)));
        assertEquals(Double.MAX_VALUE, NearestDouble.of(max.add(halfUlp).subtract(BigFraction.ONE)));
        BigFraction tiny = new BigFraction(BigInteger.ONE, BigInteger.ONE.shiftLeft(1075));
        assertEquals(0.0, NearestDouble.of(tiny));
        assertEquals(Double.MIN_VALUE, NearestDouble.of(tiny.add(new BigFraction(BigInteger.ONE, BigInteger.ONE.shiftLeft(1100)))));
        assertEquals(Double.MIN_NORMAL, NearestDouble.of(new BigFraction(Double.MIN_NORMAL)));
    }
}
