package relax.lp.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
