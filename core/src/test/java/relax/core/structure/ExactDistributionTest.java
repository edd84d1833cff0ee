package relax.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.InvalidStructureException;

class ExactDistributionTest {

    /** The doubles nearest 3/10, 1/3, 5/7, 0 and 1 are read as those fractions; a 10-digit decimal near 1/3 is not a simple fraction. */
    @Test
    void recoversSimpleFractionsFromDoubles() {
        assertArrayEquals(new long[] {3, 10}, ExactDistribution.fraction(0.3));
        assertArrayEquals(new long[] {1, 3}, ExactDistribution.fraction(1.0 / 3));
        assertArrayEquals(new long[] {5, 7}, ExactDistribution.fraction(5.0 / 7));
        assertArrayEquals(new long[] {0, 1}, ExactDistribution.fraction(0));
        assertArrayEquals(new long[] {1, 1}, ExactDistribution.fraction(1));
        assertArrayEquals(new long[] {999_983, 1_000_000}, ExactDistribution.fraction(0.999983));
        assertNull(ExactDistribution.fraction(0.3333333333));
    }

    /** 1/10, 1/5, 7/10 over the common denominator 10: weights 1, 2, 7; uniform: weights 1 over the number of values. */
    @Test
    void weightsOverOneCommonDenominator() {
        ExactDistribution d = ExactDistribution.of(new Node("x", NodeKind.SETTING, 3, List.of(), new double[] {0.1, 0.2, 0.7}));
        assertEquals(10, d.denominator());
        assertEquals(7, d.weight(2));
        ExactDistribution u = ExactDistribution.of(new Node("x", NodeKind.SETTING, 4, List.of()));
        assertEquals(4, u.denominator());
        assertEquals(1, u.weight(3));
    }

    /** Fractions that do not sum to exactly 1 are refused, with their exact sum. */
    @Test
    void theFractionsMustSumToExactlyOne() {
        InvalidStructureException e = assertThrows(InvalidStructureException.class,
                () -> ExactDistribution.of(new Node("x", NodeKind.SETTING, 2, List.of(), new double[] {0.5, 0.499999})));
        assertEquals("setting 'x': its distribution, read as fractions, sums to 999999/1000000, not exactly 1", e.getMessage());
    }
}
