package relax.lp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.Boxes;
import relax.lp.LyingBackend;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.OrToolsBackend;

/**
 * {@code --backend auto}: which backend it picks for which LP, that the diagnostics name the backend
 * actually used, that without the natives it falls back to ojAlgo and says so, and that the engine does
 * not retry a backend that already failed under another entry of the fallback list.
 */
class AutoBackendTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);

    /** A program with {@code columns} columns of one nonzero each: size is all the policy looks at. */
    private static LinearProgram program(int columns) {
        LinearProgram lp = new LinearProgram();
        lp.addRow(LinearProgram.Relation.EQ, 1);
        for (int j = 0; j < columns; j++) {
            lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
        }
        return lp;
    }

    /** A master of {@code rows} rows and one column. */
    private static LinearProgram rows(int rows) {
        LinearProgram lp = new LinearProgram();
        for (int i = 0; i < rows; i++) {
            lp.addRow(LinearProgram.Relation.EQ, 1);
        }
        lp.addColumn(1, false, new int[] {0}, new double[] {1}, 1);
        return lp;
    }

    @Test
    void smallLpsGoToOjAlgoLargeOneShotsToClpAndLargeMastersToGlop() {
        AutoBackend auto = new AutoBackend(() -> null);
        assertEquals("ojalgo", auto.forSolve(program((int) AutoBackend.ONE_SHOT_NONZEROS)).name());
        assertEquals("clp", auto.forSolve(program((int) AutoBackend.ONE_SHOT_NONZEROS + 1)).name());
        assertEquals("ojalgo", auto.forSession(rows(AutoBackend.SMALL_MASTER_ROWS)).name());
        assertEquals("glop", auto.forSession(rows(AutoBackend.SMALL_MASTER_ROWS + 1)).name());
        assertEquals("glop", auto.forSession(program((int) AutoBackend.ONE_SHOT_NONZEROS + 1)).name());
        assertNull(auto.fallbackNote());
    }

    @Test
    void withoutTheNativesEverythingGoesToOjAlgoAndTheDiagnosticsSaySo() {
        AutoBackend auto = new AutoBackend(() -> "no natives on this test platform");
        assertEquals("ojalgo", auto.forSolve(program((int) AutoBackend.ONE_SHOT_NONZEROS + 1)).name());
        assertEquals("ojalgo", auto.forSession(rows(AutoBackend.SMALL_MASTER_ROWS + 1)).name());
        Relaxation r = new Relaxation(CausalModel.X_TO_B.strategies(CHSH), BehaviourConstraints.reproducing(Boxes.prBox()));
        RelaxationResult result = r.solve(SolveOptions.defaults().withBackends(List.of(auto)).withMethod(Method.COLGEN));
        // the PR box needs C_X->B = 1/2 (derived by hand in BackendAgreementTest)
        assertEquals(0.5, result.value(), 1e-9);
        assertTrue(result.verified());
        assertEquals("ojalgo", result.diagnostics().backend());
        assertEquals(List.of("auto uses ojalgo for every LP: no natives on this test platform"), result.diagnostics().fallbacks());
    }

    /**
     * The default options solve with auto, and the result names the backend that did the work: ojAlgo for the
     * PR box's small master, GLOP (where the natives load) for the larger master of a 4422 scenario.
     */
    @Test
    void diagnosticsNameTheBackendActuallyUsed() {
        Relaxation small = new Relaxation(CausalModel.X_TO_B.strategies(CHSH), BehaviourConstraints.reproducing(Boxes.prBox()));
        RelaxationResult pr = small.solve(SolveOptions.defaults().withMethod(Method.COLGEN));
        assertEquals(0.5, pr.value(), 1e-9);
        assertEquals("ojalgo", pr.diagnostics().backend());
        // a deterministic behaviour is local: it needs no influence at all
        Behaviour local = Boxes.deterministic(Scenario.bipartite(4, 4, 2, 2), new int[] {0, 1, 1, 0}, new int[] {1, 0, 1, 1});
        Relaxation large = new Relaxation(CausalModel.X_TO_B.strategies(local.scenario()), BehaviourConstraints.reproducing(local));
        RelaxationResult det = large.solve(SolveOptions.defaults().withMethod(Method.COLGEN));
        assertEquals(0, det.value(), 1e-9);
        assertTrue(det.verified());
        assertEquals(OrToolsBackend.unavailable() == null ? "glop" : "ojalgo", det.diagnostics().backend());
        assertEquals(AutoBackend.NAME, SolveOptions.defaults().backends().get(0).name());
    }

    /**
     * Two entries named "liar" that answer OPTIMAL with wrong numbers, then ojAlgo: the check rejects the
     * first liar, the second is skipped (it failed already under that name), and only ojAlgo solves after.
     */
    @Test
    void aBackendThatFailedIsNotTriedAgainUnderAnotherEntry() {
        LpBackend liar = new LyingBackend();
        Relaxation r = new Relaxation(CausalModel.X_TO_B.strategies(CHSH), BehaviourConstraints.reproducing(Boxes.prBox()));
        RelaxationResult result = r.solve(SolveOptions.defaults().withBackends(List.of(liar, liar, LpBackend.named("ojalgo"))).withMethod(Method.ENUMERATE));
        assertEquals(0.5, result.value(), 1e-9);
        assertEquals("ojalgo", result.diagnostics().backend());
        assertEquals(1, result.diagnostics().fallbacks().stream().filter(f -> f.startsWith("liar")).count(), result.diagnostics().fallbackText());
    }
}
