package relax.lp.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RationalsTest {

    /** Values within an ulp of a simple fraction — what solvers return — round to that fraction. */
    @Test
    void ulpNeighboursOfSimpleFractionsRoundToThem() {
        assertEquals(new BigFraction(1, 2), Rationals.nearest(0.49999999999999994, 64));
        assertEquals(new BigFraction(-1, 2), Rationals.nearest(-0.5000000000000001, 64));
        assertEquals(new BigFraction(1, 3), Rationals.nearest(1.0 / 3, 64));
        assertEquals(new BigFraction(-7, 4), Rationals.nearest(-1.7500000000000002, 64));
        assertEquals(new BigFraction(3), Rationals.nearest(2.9999999999999996, 64));
        assertEquals(new BigFraction(355, 113), Rationals.nearest(Math.PI, 1000));
    }

    /** Against brute force: for every denominator q ≤ N the best numerator is round(x·q); the closest of those wins. */
    @Test
    void nearestEqualsBruteForce() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            double x = (rng.nextDouble() - 0.5) * 8;
            int n = 1 + rng.nextInt(300);
            double best = Double.POSITIVE_INFINITY;
            for (int q = 1; q <= n; q++) {
                best = Math.min(best, Math.abs(x - Math.rint(x * q) / q));
            }
            BigFraction f = Rationals.nearest(x, n);
            assertEquals(true, f.getDenominatorAsLong() <= n);
            assertEquals(best, Math.abs(x - f.doubleValue()), 1e-15, "x=" + x + " N=" + n);
        }
    }
}
