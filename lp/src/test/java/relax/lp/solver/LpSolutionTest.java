package relax.lp.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LpSolutionTest {

    /** min ξ s.t. ξ = 1: a "solution" ξ = 0.5 claiming OPTIMAL violates the row by 0.5, and the check says so. */
    @Test
    void checkCatchesAWrongAnswerWhateverItsStatus() {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
        LpSolution wrong = LpSolution.failed(LpSolution.Status.FAILED, "test", 0, "");
        LpSolution claimed = new LpSolution(LpSolution.Status.OPTIMAL, 0.5, new double[] {0.5}, new double[] {1}, "test", 0, "");
        LpSolution.Quality q = claimed.check(lp);
        assertEquals(0.5, q.primalInfeasibility(), 1e-15);
        assertEquals(0.5, q.gap(), 1e-15, "c·ξ = 0.5 but b·y = 1");
        assertFalse(q.within(1e-9));
        assertFalse(wrong.check(lp).within(1e-9), "a solution without numbers never passes");
    }

    /**
     * min ξ1 + ξ2 s.t. ξ1 + ξ2 = 1 with ξ2 removed: the check counts ξ2 ≠ 0 as primal infeasibility, and
     * no longer asks ξ2's reduced cost to be ≥ 0. With y = 3 (not dual feasible while ξ2 is a column:
     * 1 − 3 < 0, nor for ξ1) the dual infeasibility is that of ξ1 alone, 2; with y = 1 and ξ = (1, 0)
     * everything is 0.
     */
    @Test
    void removedColumnsAreFixedAtZeroAndFreeOfDualConstraints() {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
        lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
        lp.removeColumn(1);
        LpSolution.Quality used = new LpSolution(LpSolution.Status.OPTIMAL, 1, new double[] {0.75, 0.25}, new double[] {1}, "test", 0, "").check(lp);
        assertEquals(0.25, used.primalInfeasibility(), 1e-15);
        assertEquals(2, new LpSolution(LpSolution.Status.OPTIMAL, 1, new double[] {1, 0}, new double[] {3}, "test", 0, "").check(lp).dualInfeasibility(),
                1e-15);
        assertTrue(new LpSolution(LpSolution.Status.OPTIMAL, 1, new double[] {1, 0}, new double[] {1}, "test", 0, "").check(lp).within(0));
        assertEquals(1, lp.changes());
        assertEquals(1, lp.changedColumn(0));
    }
}
