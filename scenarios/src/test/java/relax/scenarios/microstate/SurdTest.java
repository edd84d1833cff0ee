package relax.scenarios.microstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SurdTest {

    @Test
    void decimalsAndFractionsAreReadExactly() {
        assertEquals(Surd.of(1, 10), Surd.parse("0.1"));
        assertEquals(Surd.of(1, 3), Surd.parse("1/3"));
        assertEquals(Surd.of(1, 1000), Surd.parse("1e-3"));
        assertEquals(Surd.of(-5, 4), Surd.parse(" -1.25 "));
        // 0.1 + 0.2 is exactly 3/10 (not the double 0.30000000000000004)
        assertEquals(Surd.of(3, 10), Surd.parse("0.1 + 0.2"));
    }

    @Test
    void squareRootsTakeOutSquareFactors() {
        assertEquals(Surd.of(3, 1), Surd.sqrt(9));
        assertEquals(Surd.parse("2*sqrt(2)"), Surd.sqrt(8));
        assertEquals(Surd.ZERO, Surd.sqrt(0));
        assertEquals(2, Surd.sqrt(8).radicand());
        assertTrue(Surd.sqrt(9).isRational());
    }

    /** Tsirelson's box entries: cos²(π/8)/2 = (2 + √2)/8, and the two entries of a row sum to 1/2. */
    @Test
    void tsirelsonEntries() {
        Surd hi = Surd.parse("(2+sqrt(2))/8");
        Surd lo = Surd.parse("(2-sqrt(2))/8");
        assertEquals(Surd.of(1, 2), hi.add(lo));
        assertEquals("1/4+1/8*sqrt(2)", hi.toString());
        assertEquals(Math.pow(Math.cos(Math.PI / 8), 2) / 2, hi.doubleValue(), 1e-16);
        // (2+√2)(2−√2) = 2, so hi·lo = 2/64
        assertEquals(Surd.of(1, 32), hi.multiply(lo));
        // 1/(1+√2) = √2 − 1
        assertEquals(Surd.parse("sqrt(2)-1"), Surd.ONE.divide(Surd.parse("1+sqrt(2)")));
    }

    /** Signs decided exactly even when a + b√d is within 1e-20 of 0: 665857/470832 is a convergent of √2. */
    @Test
    void signOfNearCancellation() {
        Surd above = Surd.parse("665857/470832 - sqrt(2)"); // the convergent exceeds √2 by about 1.6e-12
        assertEquals(1, above.signum());
        assertEquals(-1, above.negate().signum());
        Surd below = Surd.parse("1393/985 - sqrt(2)"); // 1393/985 < √2 (odd convergents lie below)
        assertEquals(-1, below.signum());
        assertEquals(1.5948618246e-12, above.doubleValue(), 1e-20);
    }

    /** Random field arithmetic agrees with double arithmetic (an independent evaluation) to 1e-12. */
    @Test
    void agreesWithDoubles() {
        Random r = new Random(7);
        double s3 = Math.sqrt(3);
        for (int i = 0; i < 500; i++) {
            int a1 = r.nextInt(21) - 10, b1 = r.nextInt(21) - 10, a2 = r.nextInt(21) - 10, b2 = r.nextInt(21) - 10, q = 1 + r.nextInt(9);
            Surd x = Surd.parse(a1 + "/" + q + " + " + b1 + "*sqrt(3)");
            Surd y = Surd.parse(a2 + " + " + b2 + "/" + q + "*sqrt(3)");
            double dx = (double) a1 / q + b1 * s3;
            double dy = a2 + (double) b2 / q * s3;
            assertEquals(dx + dy, x.add(y).doubleValue(), 1e-12);
            assertEquals(dx - dy, x.subtract(y).doubleValue(), 1e-12);
            assertEquals(dx * dy, x.multiply(y).doubleValue(), 1e-10);
            if (!y.isZero()) {
                assertEquals(dx / dy, x.divide(y).doubleValue(), 1e-9 * Math.max(1, Math.abs(dx / dy)));
            }
            assertEquals((int) Math.signum(dx - dy), x.compareTo(y));
            assertEquals(x, Surd.parse(x.toString()), "toString reads back");
        }
    }

    @Test
    void oneSquareRootPerComputation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surd.sqrt(2).add(Surd.sqrt(3)));
        assertTrue(e.getMessage().contains("cannot combine sqrt(2) and sqrt(3)"), e.getMessage());
    }

    @Test
    void unreadableNumbersSayWhy() {
        for (String bad : new String[] {"abc", "1/0", "sqrt(-2)", "(1+2", "1..2", "", "sqrt 2", "2**3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surd.parse(bad), bad);
            assertTrue(e.getMessage().contains("is not a number"), e.getMessage());
        }
    }
}
