package relax.lp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tiny LPs solved by hand, on every backend, in the dual convention of {@link LinearProgram}. */
class LpBackendTest {

    /**
     * min x0 + 2 x1 s.t. x0 + x1 = 1, x0 − x1 ≤ 0.2, x ≥ 0. By hand: x = (0.6, 0.4), value 1.4; both
     * columns basic, so c = Aᵀy: 1 = y_eq + y_le, 2 = y_eq − y_le ⇒ y = (1.5, −0.5).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ojalgo", "commons"})
    void smallLpWithEqualityAndInequality(String backend) {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        lp.addRow(LinearProgram.Relation.LE, 0.2);
        lp.addColumn(1, false, new int[] {0, 1}, new double[] {1, 1}, 2);
        lp.addColumn(2, false, new int[] {0, 1}, new double[] {1, -1}, 2);
        LpSolution s = LpBackend.named(backend).solve(lp);
        assertEquals(LpSolution.Status.OPTIMAL, s.status());
        assertEquals(1.4, s.objective(), 1e-12);
        assertArrayEquals(new double[] {0.6, 0.4}, s.primal(), 1e-12);
        assertArrayEquals(new double[] {1.5, -0.5}, s.dual(), 1e-12);
        assertEquals(true, s.check(lp).within(1e-12));
    }

    /**
     * min −x0 + f s.t. x0 + f ≥ 1 (y ≥ 0), x0 ≤ 3 (as a ≤ row), f free with cost 1. By hand: f = 1 − x0,
     * objective −x0 + 1 − x0 = 1 − 2x0 minimised at x0 = 3: value −5, f = −2. Duals: free f ⇒ y_ge = 1;
     * x0 basic ⇒ −1 = y_ge + y_le ⇒ y_le = −2.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ojalgo", "commons"})
    void freeVariableAndGreaterEqualRow(String backend) {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.GE, 1);
        lp.addRow(LinearProgram.Relation.LE, 3);
        lp.addColumn(-1, false, new int[] {0, 1}, new double[] {1, 1}, 2);
        lp.addColumn(1, true, new int[] {0}, new double[] {1}, 1);
        LpSolution s = LpBackend.named(backend).solve(lp);
        assertEquals(LpSolution.Status.OPTIMAL, s.status());
        assertEquals(-5, s.objective(), 1e-12);
        assertArrayEquals(new double[] {3, -2}, s.primal(), 1e-12);
        assertArrayEquals(new double[] {1, -2}, s.dual(), 1e-12);
    }

    /** x0 + x1 = 1 and x0 + x1 = 2 cannot both hold. */
    @ParameterizedTest
    @ValueSource(strings = {"ojalgo", "commons"})
    void infeasibleIsReported(String backend) {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        lp.addRow(LinearProgram.Relation.EQ, 2);
        lp.addColumn(0, false, new int[] {0, 1}, new double[] {1, 1}, 2);
        lp.addColumn(0, false, new int[] {0, 1}, new double[] {1, 1}, 2);
        assertEquals(LpSolution.Status.INFEASIBLE, LpBackend.named(backend).solve(lp).status());
    }

    /** A solution that violates a row is caught by the check, whatever status it claims. */
    @ParameterizedTest
    @ValueSource(strings = {"ojalgo"})
    void checkCatchesAWrongAnswer(String backend) {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
        LpSolution wrong = new LpSolution(LpSolution.Status.OPTIMAL, 0.5, new double[] {0.5}, new double[] {1}, backend, 0);
        LpSolution.Quality q = wrong.check(lp);
        assertEquals(0.5, q.primalInfeasibility(), 1e-15);
        assertEquals(false, q.within(1e-9));
    }
}
