package relax.scenarios.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;
import relax.core.contextuality.ContextualModel;
import relax.core.contextuality.ContextualStrategies;
import relax.core.contextuality.CorrelatorSum;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.scenarios.quantum.NCycle;
import relax.scenarios.quantum.PeresMermin;
import relax.scenarios.quantum.QuantumBehaviour;

/**
 * The Peres–Mermin and n-cycle numbers of docs/contextuality.md: critical visibilities proven exactly from both sides,
 * the influence and the contextual fraction of the product state, each against a value derived by hand.
 */
class ContextualityAnalysisTest {

    private static ContextualityAnalysis.Threshold threshold(CompatibilityBehaviour p) {
        return ContextualityAnalysis.criticalVisibility(p, CompatibilityBehaviour.uniform(p.scenario()), SolveOptions.defaults());
    }

    /** The model at v* re-checked here: rational weights ≥ 0 summing to 1 whose strategies give p_{v*} entry by entry. */
    private static void checkModel(CompatibilityBehaviour p, ContextualityAnalysis.Threshold t) {
        assertTrue(t.exact(), t.reason());
        CompatibilityBehaviour pv = p.mix(t.visibility(), CompatibilityBehaviour.uniform(p.scenario()));
        ContextualStrategies nc = ContextualModel.NONCONTEXTUAL.strategies(p.scenario());
        BigFraction[] tq = new BigFraction[p.scenario().embedding().size()];
        java.util.Arrays.fill(tq, BigFraction.ZERO);
        int[] entries = new int[p.scenario().contexts()];
        for (int k = 0; k < t.support().size(); k++) {
            assertTrue(t.weights()[k].compareTo(BigFraction.ZERO) >= 0);
            nc.column(t.support().get(k), entries);
            for (int e : entries) {
                tq[e] = tq[e].add(t.weights()[k]);
            }
        }
        for (int e = 0; e < tq.length; e++) {
            assertEquals(pv.exact(e), tq[e], p.scenario().entryName(e));
        }
    }

    /**
     * Product state |00⟩: v* = 2/3 exactly. Above it ⟨KS⟩ = 6v &gt; 4 violates eq. (6); at 2/3 the exact model is re-checked.
     * Same for the maximally mixed state.
     */
    @Test
    void productAndMixedStatesBecomeNoncontextualAtTwoThirds() {
        for (CompatibilityBehaviour p : List.of(PeresMermin.example(1, 1),
                PeresMermin.behaviour(PeresMermin.scenario(), PeresMermin.maximallyMixed(), 1))) {
            ContextualityAnalysis.Threshold t = threshold(p);
            assertEquals(new BigFraction(2, 3), t.visibility());
            checkModel(p, t);
            CorrelatorSum ks = PeresMermin.ks(p.scenario());
            assertEquals(4, ks.exactValue(p.mix(t.visibility(), CompatibilityBehaviour.uniform(p.scenario()))).doubleValue(), 0);
        }
    }

    /**
     * The singlet: v* = 3/5, below 2/3. Its perfect anti-correlations σ⊗σ = −1 violate the five-term inequality
     * −⟨m1 m2⟩_R1 − ⟨m4 m5⟩_R2 − ⟨m7 m8⟩_R3 + ⟨m1 m4 m7⟩_C1 + ⟨m2 m5 m8⟩_C2 ≤ 3 — its five terms multiply to
     * −(m1m2)(m4m5)(m7m8)(m1m4m7)(m2m5m8) = −1 on every assignment, so one is −1 — which the singlet takes to 5
     * (⟨σx⊗σx⟩ = ⟨σy⊗σy⟩ = ⟨(σx⊗σy)(σy⊗σx)⟩ = ⟨σz⊗σz⟩ = −1), so p_v violates it for v &gt; 3/5; at 3/5 the exact model.
     */
    @Test
    void singletBecomesNoncontextualAtThreeFifths() {
        CompatibilityBehaviour p = ContextualityAnalysis.exactWhereSimple(
                PeresMermin.behaviour(PeresMermin.scenario(), PeresMermin.density(QuantumBehaviour.State.singlet()), 1), 64);
        ContextualityAnalysis.Threshold t = threshold(p);
        assertEquals(new BigFraction(3, 5), t.visibility());
        checkModel(p, t);
        // the five-term inequality by enumeration and on the singlet
        CompatibilityScenario s = p.scenario();
        int[][] pairs = {{0, 1}, {3, 4}, {6, 7}};
        int best = Integer.MIN_VALUE;
        for (int g = 0; g < 512; g++) {
            int sum = 0;
            for (int[] pr : pairs) {
                sum -= sign(g, pr[0]) * sign(g, pr[1]);
            }
            sum += sign(g, 0) * sign(g, 3) * sign(g, 6) + sign(g, 1) * sign(g, 4) * sign(g, 7);
            best = Math.max(best, sum);
        }
        assertEquals(3, best);
        double five = -pair(p, 0, 0, 1) - pair(p, 1, 0, 1) - pair(p, 2, 0, 1) + new CorrelatorSum("C1", s, new int[] {0, 0, 0, 1, 0, 0}).value(p)
                + new CorrelatorSum("C2", s, new int[] {0, 0, 0, 0, 1, 0}).value(p);
        assertEquals(5, five, 1e-12);
    }

    private static int sign(int g, int m) {
        return (g >> m & 1) == 0 ? 1 : -1;
    }

    /** ⟨A_i A_j⟩ of slots i, j of context c. */
    private static double pair(CompatibilityBehaviour p, int c, int i, int j) {
        double e = 0;
        for (int t = 0; t < 8; t++) {
            e += (p.scenario().outcome(c, t, i) == p.scenario().outcome(c, t, j) ? 1 : -1) * p.get(c, t);
        }
        return e;
    }

    /**
     * n-cycles: the n-cycle inequalities are the only non-trivial facets of the noncontextual polytope (Araújo et al.
     * 2013), so the noisy quantum behaviour becomes noncontextual at v* = (n − 2)/Ω_q; the quantum data is irrational,
     * so the model at v* is a floating-point one (residual ≤ 1e-9) and v* is compared to the closed form numerically.
     */
    @Test
    void cycleThresholds() {
        for (int n = 4; n <= 6; n++) {
            CompatibilityBehaviour p = NCycle.quantum(n, 1);
            ContextualityAnalysis.Threshold t = threshold(p);
            assertTrue(t.reason().isEmpty(), t.reason());
            assertEquals((n - 2) / NCycle.quantumMaximum(n), t.visibility().doubleValue(), 1e-9, "n = " + n);
            assertNotNull(t.inequality());
        }
    }

    /**
     * |00⟩ at v = 1: σz⊗σz = +1 in both its contexts, so m9 never flips in a model; the other eight carry an odd number
     * of flips in every strategy (the six products multiply to the product of the flips, the quantum signs to −1), so
     * the largest flip probability is at least 1/8 — the engine's model attains it: min C_ctx→A = 1/8. No
     * noncontextual part fits (every assignment puts weight on a parity-wrong tuple, where p = 0): CF = 1. Slot-
     * dependent responses reproduce it (acyclic after splitting the off-diagonal measurements by slot).
     */
    @Test
    void productStateAnalysis() {
        ContextualityAnalysis.Outcome o = ContextualityAnalysis.run(PeresMermin.example(1, 1), SolveOptions.defaults(), 1e-9);
        assertEquals(Status.OPTIMAL, o.status(), o.message());
        assertEquals(0.125, o.influence().value(), 1e-9);
        assertEquals(Status.INFEASIBLE, o.noncontextual().status());
        assertEquals(1, o.fraction().value(), 1e-9);
        assertEquals(Status.OPTIMAL, o.slotDependent().status());
        assertTrue(o.noDisturbance().holds());
        assertTrue(o.message().startsWith("contextual: min C_ctx->A = 0.125"), o.message());
        // a noncontextual behaviour: value 0, no fraction
        ContextualityAnalysis.Outcome low = ContextualityAnalysis.run(PeresMermin.example(1, 0.5), SolveOptions.defaults(), 1e-9);
        assertEquals(0, low.influence().value(), 1e-9);
        assertEquals(0, low.fraction().value(), 1e-9);
        assertTrue(low.isNoncontextual());
        assertNull(ContextualityAnalysis.criticalVisibility(PeresMermin.example(1, 0.5),
                CompatibilityBehaviour.uniform(PeresMermin.scenario()), SolveOptions.defaults()).inequality());
    }
}
