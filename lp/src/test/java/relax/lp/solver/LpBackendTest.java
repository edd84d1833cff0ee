package relax.lp.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every backend on LPs small enough to solve by hand, in the sign conventions of {@link LinearProgram}. */
class LpBackendTest {

    static java.util.List<String> backends() {
        return LpBackend.names();
    }

    /**
     * min 2ξ1 + 3ξ2 s.t. ξ1 + ξ2 ≥ 1, ξ1 ≤ 0.6, ξ ≥ 0. By hand: ξ = (0.6, 0.4), value 2.4; both
     * columns basic, so c − Aᵀy = 0 gives y = (3, −1): ≥ 0 on the ≥ row, ≤ 0 on the ≤ row, b·y = 2.4.
     */
    private static LinearProgram handSolvable() {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.GE, 1);
        lp.addRow(LinearProgram.Relation.LE, 0.6);
        lp.addColumn(2, false, new int[] {0, 1}, new double[] {1, 1}, 2);
        lp.addColumn(3, false, new int[] {0}, new double[] {1}, 1);
        return lp;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void solvesTheHandExampleWithMultipliersInOurConvention(String name) {
        LinearProgram lp = handSolvable();
        LpSolution s = LpBackend.named(name).solve(lp);
        assertEquals(LpSolution.Status.OPTIMAL, s.status(), s.note());
        assertEquals(2.4, s.objective(), 1e-9);
        assertArrayEquals(new double[] {0.6, 0.4}, s.primal(), 1e-9);
        assertArrayEquals(new double[] {3, -1}, s.dual(), 1e-9);
        assertTrue(s.check(lp).within(1e-9), s.check(lp).toString());
    }

    /** Appending ξ3 with cost 1 in the ≥ row: by hand ξ = (0, 0, 1), value 1, y = (1, 0). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void sessionSeesColumnsAppendedAfterTheFirstSolve(String name) {
        LinearProgram lp = handSolvable();
        try (LpBackend.Session session = LpBackend.named(name).open(lp)) {
            assertEquals(2.4, session.solve().objective(), 1e-9);
            lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
            LpSolution s = session.solve();
            assertEquals(LpSolution.Status.OPTIMAL, s.status(), s.note());
            assertEquals(1, s.objective(), 1e-9);
            assertArrayEquals(new double[] {0, 0, 1}, s.primal(), 1e-9);
            assertArrayEquals(new double[] {1, 0}, s.dual(), 1e-9);
        }
    }

    /**
     * The hand example turned, in the live session, into the second phase of a relaxation: after the
     * first solve ξ2 is removed (fixed at 0) and ξ1's cost becomes 5. By hand: ξ1 alone must meet
     * ξ1 ≥ 1 and ξ1 ≤ 0.6 — infeasible; so the test also adds ξ3 (cost 1, in the ≥ row only) first:
     * min 5ξ1 + ξ3 s.t. ξ1 + ξ3 ≥ 1, ξ1 ≤ 0.6 gives ξ = (0, 0, 1), value 1; ξ3 basic gives y1 = 1, the
     * ≤ row is slack (y2 = 0), and ξ2's reduced cost 3 − 1 = 2 is not constrained once it is removed.
     * Then setting ξ3's cost to 6 makes ξ1 cheaper: ξ = (0.6, 0, 0.4), value 3 + 2.4 = 5.4,
     * y1 = 6 (ξ3 basic), y2 = 5 − 6 = −1 (ξ1 basic).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void sessionAppliesRemovedColumnsAndCostChanges(String name) {
        LinearProgram lp = handSolvable();
        try (LpBackend.Session session = LpBackend.named(name).open(lp)) {
            assertEquals(2.4, session.solve().objective(), 1e-9);
            lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
            lp.removeColumn(1);
            lp.setCost(0, 5);
            LpSolution s = session.solve();
            assertEquals(LpSolution.Status.OPTIMAL, s.status(), s.note());
            assertEquals(1, s.objective(), 1e-9);
            assertArrayEquals(new double[] {0, 0, 1}, s.primal(), 1e-9);
            assertArrayEquals(new double[] {1, 0}, s.dual(), 1e-9);
            assertTrue(s.check(lp).within(1e-9), s.check(lp).toString());
            lp.setCost(2, 6);
            s = session.solve();
            assertEquals(5.4, s.objective(), 1e-9);
            assertArrayEquals(new double[] {0.6, 0, 0.4}, s.primal(), 1e-9);
            assertArrayEquals(new double[] {6, -1}, s.dual(), 1e-9);
        }
    }

    /**
     * min ξ1 − ξ2 with ξ2 free, ξ1 + ξ2 = 1, ξ1 − ξ2 ≤ 3. By hand: ξ2 = 1 − ξ1 turns the objective into
     * 2ξ1 − 1 and the ≤ row into ξ1 ≤ 2, so ξ = (0, 1), value −1; the ≤ row is slack (y2 = 0) and the free
     * column has zero reduced cost, −1 − y1 = 0, so y = (−1, 0).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void handlesFreeColumns(String name) {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        lp.addRow(LinearProgram.Relation.LE, 3);
        lp.addColumn(1, false, new int[] {0, 1}, new double[] {1, 1}, 2);
        lp.addColumn(-1, true, new int[] {0, 1}, new double[] {1, -1}, 2);
        LpSolution s = LpBackend.named(name).solve(lp);
        assertEquals(LpSolution.Status.OPTIMAL, s.status(), s.note());
        assertEquals(-1, s.objective(), 1e-9);
        assertArrayEquals(new double[] {0, 1}, s.primal(), 1e-9);
        assertArrayEquals(new double[] {-1, 0}, s.dual(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void neverCallsAnInfeasibleProgramOptimal(String name) {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        lp.addRow(LinearProgram.Relation.EQ, 2);
        lp.addColumn(0, false, new int[] {0, 1}, new double[] {1, 1}, 2);
        LpSolution s = LpBackend.named(name).solve(lp);
        assertFalse(s.status() == LpSolution.Status.OPTIMAL && s.check(lp).within(LpSolution.ACCEPTED_RESIDUAL));
        if (s.status() != LpSolution.Status.OPTIMAL) {
            assertFalse(s.note().isEmpty(), "a failed solve says why");
        }
    }
}
