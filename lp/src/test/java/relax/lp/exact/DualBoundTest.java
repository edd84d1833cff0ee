package relax.lp.exact;

import relax.lp.solver.LinearProgram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DualBoundTest {
    /** min x1 + x2 s.t. x1 + 2 x2 ≥ 2, x ≥ 0: optimum 1 at x = (0, 1), dual y = ½ (by hand). */
    private static LinearProgram tiny() {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.GE, 2);
        lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
        lp.addColumn(1, false, new int[] {0}, new double[] {2}, 1);
        return lp;
    }

    @Test
    void optimalMultiplierGivesTheOptimum() {
        BigDecimal b = DualBound.of(tiny(), new double[] {0.5}, new double[2], new double[] {10, 10}).orElseThrow();
        assertEquals(0, b.compareTo(BigDecimal.ONE));
    }

    /** y = 5/8 makes d_2 = 1 − 5/4 = −1/4 < 0: the bound pays d_2·U_2 and stays valid: 5/4 − 10/4 = −5/4. */
    @Test
    void infeasibleMultiplierIsRepairedByTheColumnBounds() {
        BigDecimal b = DualBound.of(tiny(), new double[] {0.625}, new double[2], new double[] {10, 10}).orElseThrow();
        assertEquals(0, b.compareTo(new BigDecimal("-1.25")), b.toPlainString());
        assertTrue(DualBound.of(tiny(), new double[] {0.625}, new double[2], new double[] {10, Double.POSITIVE_INFINITY}).isEmpty(),
                "no bound without an upper bound on the column with negative reduced cost");
    }

    /** A multiplier of the wrong sign for a ≥ row is set to 0: the bound falls back to 0 = b·0 + Σ min(d L, d U). */
    @Test
    void wrongSignMultiplierIsDropped() {
        BigDecimal b = DualBound.of(tiny(), new double[] {-3}, new double[2], new double[] {10, 10}).orElseThrow();
        assertEquals(0, b.signum());
    }
}
