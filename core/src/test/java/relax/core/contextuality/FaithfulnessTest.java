package relax.core.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.graph.DSeparation;
import relax.core.graph.Dag;

/**
 * d-separation on Pearl &amp; Cavalcanti's Fig. 1 and on its relaxations, read off the graphs by hand, and the
 * faithfulness verdicts on behaviours with known independences.
 */
class FaithfulnessTest {

    private static boolean sep(Dag g, String x, String y, String... z) {
        return DSeparation.separated(g, List.of(x.split(",")), List.of(y.split(",")), List.of(z));
    }

    /**
     * Fig. 1, n = 3. A_1 ⊥ X_2,X_3 | X_1: every path from A_1 to X_2 runs A_1 ← X_1 ← Ω → X_2 (a chain/fork through X_1,
     * blocked by conditioning on X_1) or A_1 ← Λ → A_2 ← X_2 (collider A_2, not conditioned: blocked). So every
     * no-disturbance independence (eq. 8) is a d-separation. Without conditioning on X_1 the fork through Ω is open.
     */
    @Test
    void figureOneByHand() {
        Dag g = CausalGraph.canonical(3).dag();
        assertTrue(sep(g, "A1", "X2,X3", "X1"));
        assertTrue(sep(g, "A1,A2", "X3", "X1", "X2"));
        assertFalse(sep(g, "A1", "X2"), "open fork A1 <- X1 <- Ω -> X2");
        assertFalse(sep(g, "A1", "A2", "X1", "X2"), "common cause Λ");
        assertTrue(sep(g, "A1", "A2", "X1", "X2", "Λ"));
        assertTrue(sep(g, "Λ", "X1,X2,X3"), "colliders A_i block every path from Λ to the settings");
        assertFalse(sep(g, "Λ", "X1", "A1"), "conditioning on the collider A1 opens Λ -> A1 <- X1");
    }

    /** Every no-disturbance independence is implied by Fig. 1, for n = 1 … 5. */
    @Test
    void figureOneImpliesEveryNoDisturbanceIndependence() {
        for (int n = 2; n <= 5; n++) {
            CausalGraph g = CausalGraph.canonical(n);
            CompatibilityScenario s = CompatibilityScenario.fromBell(relax.core.Scenario.of(fill(n, 2), fill(n, 2)));
            List<Faithfulness.Statement> st = Faithfulness.check(g, CompatibilityBehaviour.uniform(s), 1e-9);
            assertEquals((1 << n) - 2, st.size());
            for (Faithfulness.Statement x : st) {
                assertEquals(Faithfulness.Verdict.IMPLIED, x.verdict(), x.statement());
            }
        }
    }

    /**
     * The factorisation d-separations of Step 4 (Λ ⊥ X; A_i ⊥ A_∖i | X Λ; A_i ⊥ X_∖i | X_i Λ) all hold in Fig. 1; in
     * the context-influence graph the last fails (X_j → A_i), and under measurement dependence the first (Λ → X_i).
     */
    @Test
    void factorisationSeparations() {
        for (Faithfulness.Separation s : Faithfulness.factorisation(CausalGraph.canonical(3))) {
            assertTrue(s.separated(), s.statement());
        }
        assertEquals(1 + 3 + 3, Faithfulness.factorisation(CausalGraph.canonical(3)).size());
        List<Faithfulness.Separation> ctx = Faithfulness.factorisation(CausalGraph.contextInfluence(3));
        assertTrue(ctx.get(0).separated(), "Λ ⊥ X still holds");
        assertFalse(ctx.get(2).separated(), ctx.get(2).statement());
        assertEquals("A1 ⊥ X2,X3 | X1, Λ", ctx.get(2).statement());
        assertFalse(Faithfulness.factorisation(CausalGraph.measurementDependence(2)).get(0).separated());
    }

    /**
     * Context influence (X_j → A_i for all i, j): no no-disturbance independence is a d-separation (A_i has every X_j
     * as a parent), so on no-disturbance data every one of them holds only by fine-tuning. Measurement dependence
     * (Λ → X_i): A_1 ← Λ → X_2 is open given X_1, so each is fine-tuned too.
     */
    @Test
    void relaxedGraphsAreFineTunedOnNoDisturbanceData() {
        CompatibilityScenario s = CompatibilityScenario.fromBell(relax.core.Scenario.bipartite(2, 2, 2, 2));
        CompatibilityBehaviour white = CompatibilityBehaviour.uniform(s);
        for (CausalGraph g : List.of(CausalGraph.contextInfluence(2), CausalGraph.measurementDependence(2))) {
            for (Faithfulness.Statement x : Faithfulness.check(g, white, 1e-9)) {
                assertEquals(Faithfulness.Verdict.FINE_TUNED, x.verdict(), g.name() + ": " + x.statement());
            }
        }
    }

    /** A signalling behaviour breaks the d-separation B ⊥ X | Y of Fig. 1 (no model on it reproduces it). */
    @Test
    void brokenIndependence() {
        CompatibilityScenario s = CompatibilityScenario.fromBell(relax.core.Scenario.bipartite(2, 2, 2, 2));
        // b = x: Bob's output copies Alice's input; Alice's output 0
        double[] p = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                p[(x * 2 + y) * 4 + x] = 1;
            }
        }
        CompatibilityBehaviour b = new CompatibilityBehaviour(s, p, "", "");
        List<Faithfulness.Statement> st = Faithfulness.check(CausalGraph.canonical(2), b, 1e-9);
        assertEquals(Faithfulness.Verdict.IMPLIED, st.get(0).verdict(), st.get(0).statement()); // γ = {1}: A1 ⊥ X2 | X1
        assertEquals(Faithfulness.Verdict.BROKEN, st.get(1).verdict(), st.get(1).statement()); // γ = {2}: A2 ⊥ X1 | X2
        assertEquals(1.0, st.get(1).deviation().orElseThrow().value(), 0);
        assertEquals(Faithfulness.Verdict.OPEN, Faithfulness.check(CausalGraph.contextInfluence(2), b, 1e-9).get(1).verdict());
    }

    private static int[] fill(int n, int v) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
