package relax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Certified brackets printed rounded outward, checked against the exact binary values by BigDecimal comparison. */
class NumbersTest {

    /**
     * The GHZ bracket of min I (gap 1e-5): 0.2075187496…, 0.2075261153…. Rounding to nearest would print
     * [0.207519, 0.207526], which excludes both ends; outward it is [0.207518, 0.207527].
     */
    @Test
    void roundsOutwardWhereNearestWouldCutTheBracket() {
        assertEquals("[0.207518, 0.207527]", Numbers.bracket(0.2075187496, 0.2075261153, 6));
        assertEquals("0.207519", String.format(java.util.Locale.ROOT, "%.6f", 0.2075187496), "nearest rounds the lower end up");
        assertEquals("[0.0462738, 0.0462746]", Numbers.bracket(0.0462738469, 0.0462745843, 7));
    }

    /** Printed ends always enclose the exact doubles (compared exactly), over many random brackets and every precision. */
    @Test
    void printedBracketContainsTheCertifiedOne() {
        java.util.Random rng = new java.util.Random(11);
        for (int i = 0; i < 2000; i++) {
            double lo = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(6) - 3);
            double hi = lo + rng.nextDouble() * 1e-4;
            int d = 1 + rng.nextInt(12);
            assertEquals(true, new BigDecimal(Numbers.down(lo, d)).compareTo(new BigDecimal(lo)) <= 0, lo + " at " + d);
            assertEquals(true, new BigDecimal(Numbers.up(hi, d)).compareTo(new BigDecimal(hi)) >= 0, hi + " at " + d);
            // and they are the closest such numbers with d decimals: one unit more (less) would cross the value
            BigDecimal unit = BigDecimal.ONE.movePointLeft(d);
            assertEquals(true, new BigDecimal(Numbers.down(lo, d)).add(unit).compareTo(new BigDecimal(lo)) > 0);
            assertEquals(true, new BigDecimal(Numbers.up(hi, d)).subtract(unit).compareTo(new BigDecimal(hi)) < 0);
        }
    }

    /**
     * Automatic decimals: one more than the first significant decimal of the width (width 7.4e-7: 7th decimal, so 8;
     * width 0.3: 1st, so 2). The double nearest 0.55 is 0.55000000000000004441…, above 0.55, so its upper end is 0.56.
     */
    @Test
    void choosesDecimalsFromTheWidth() {
        assertEquals("[0.04627384, 0.04627459]", Numbers.bracket(0.0462738469, 0.0462745843));
        assertEquals("[0.25, 0.56]", Numbers.bracket(0.25, 0.55));
        assertEquals("0.000", Numbers.up(-1e-5, 3), "no negative zero");
        assertEquals("-0.001", Numbers.down(-1e-5, 3));
        assertThrows(IllegalArgumentException.class, () -> Numbers.bracket(1, 0));
    }
}
