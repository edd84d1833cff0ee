package relax.core.contextuality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relax.core.strategy.BruteForce;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;

/**
 * The strategy spaces of a compatibility scenario: sizes counted by hand, columns read off by hand, the measure
 * rows of a Bell scenario against the C_X→B rows of Chaves et al. 2015, and the exact pricing search against
 * brute-force enumeration of every strategy.
 */
class ContextualStrategiesTest {

    /**
     * Peres–Mermin, Pearl &amp; Cavalcanti's slot order: 9 measurements (2^9 global assignments); m1, m5, m9 keep their
     * slot in both contexts and the other six fill two different slots (3 + 2·6 = 15 slot copies); 18 (measurement,
     * context) pairs. With a Latin-square order every measurement keeps its slot: 9 slot copies.
     */
    @Test
    void peresMerminSpaceSizes() {
        CompatibilityScenario pm = Scenarios.peresMermin();
        assertEquals(1L << 9, ContextualModel.NONCONTEXTUAL.strategies(pm).size());
        assertEquals(1L << 15, ContextualModel.SLOT_DEPENDENT.strategies(pm).size());
        assertEquals(1L << 18, ContextualModel.CONTEXT_INFLUENCE.strategies(pm).size());
        assertEquals(1L << 9, ContextualModel.SLOT_DEPENDENT.strategies(Scenarios.peresMerminLatin()).size());
        // one row per measurement and pair of its contexts (two contexts each, binary: a = 0 only)
        assertEquals(9, ContextualModel.CONTEXT_INFLUENCE.strategies(pm).measureRows());
        assertEquals(0, ContextualModel.NONCONTEXTUAL.strategies(pm).measureRows());
    }

    /** A global assignment m_i = v_i produces in R1 the tuple (v1, v2, v3), read row-major: 4·v1 + 2·v2 + v3. */
    @Test
    void noncontextualColumnByHand() {
        CompatibilityScenario pm = Scenarios.peresMermin();
        ContextualStrategies s = ContextualModel.NONCONTEXTUAL.strategies(pm);
        int[] v = {1, 0, 1, 1, 1, 0, 0, 1, 1};
        int[] entries = new int[6];
        s.column(v, entries);
        // R1 = (m1,m2,m3) = (1,0,1) → 5; R2 = (1,1,0) → 6; R3 = (0,1,1) → 3; C1 = (m1,m4,m7) = (1,1,0) → 6;
        // C2 = (m2,m5,m8) = (0,1,1) → 3; C3 = (m3,m6,m9) = (1,0,1) → 5
        assertArrayEquals(new int[] {5, 8 + 6, 16 + 3, 24 + 6, 32 + 3, 40 + 5}, entries);
        assertEquals("m1=1 m2=0 m3=1 m4=1 m5=1 m6=0 m7=0 m8=1 m9=1", s.describe(v));
    }

    /**
     * The Bell scenario 2222 as a compatibility scenario: every X→B strategy (Alice a = α_x, Bob b = β[x][y]) is a
     * context strategy with A_x answering α_x in both its contexts and B_y answering β[x][y] in context A_xB_y. It
     * produces the same entries, its B rows count exactly what the C_X→B rows count (eq. 29), and its A rows count 0.
     */
    @Test
    void bellMeasureRowsAreTheXToBRows() {
        Scenario chsh = Scenario.bipartite(2, 2, 2, 2);
        CompatibilityScenario cs = CompatibilityScenario.fromBell(chsh);
        ContextualStrategies ctx = ContextualModel.CONTEXT_INFLUENCE.strategies(cs);
        StrategySpace x2b = CausalModel.X_TO_B.strategies(chsh);
        // copies in order: A0@A0B0, A0@A0B1, A1@A1B0, A1@A1B1, B0@A0B0, B0@A1B0, B1@A0B1, B1@A1B1
        assertEquals(8, ctx.copies());
        int[] lambda = x2b.digits().first();
        int[] entriesX2b = new int[4];
        int[] entriesCtx = new int[4];
        int[] countsX2b = new int[x2b.measureRows()];
        int[] countsCtx = new int[ctx.measureRows()];
        do {
            int[] a = {lambda[0], lambda[1]};
            // LocalityStrategies digits: α_0, α_1, then β[v][y] for y = 0, 1 and within each y, v = 0, 1
            int[][] beta = {{lambda[2], lambda[4]}, {lambda[3], lambda[5]}}; // beta[x][y]
            int[] copies = {a[0], a[0], a[1], a[1], beta[0][0], beta[1][0], beta[0][1], beta[1][1]};
            x2b.column(lambda, entriesX2b);
            ctx.column(copies, entriesCtx);
            assertArrayEquals(entriesX2b, entriesCtx);
            x2b.measureCounts(lambda, countsX2b);
            ctx.measureCounts(copies, countsCtx);
            // context rows: A0, A1, B0, B1 (one pair of contexts each); X→B rows: y = 0, y = 1
            assertArrayEquals(new int[] {0, 0, countsX2b[0], countsX2b[1]}, countsCtx, Arrays.toString(lambda));
        } while (x2b.digits().next(lambda));
    }

    /** The pricing search finds the exact maximum and the exact top scores of brute-force enumeration. */
    @Test
    void pricingMatchesBruteForceOnPeresMermin() {
        Random rng = new Random(7);
        CompatibilityScenario pm = Scenarios.peresMermin();
        for (ContextualModel m : ContextualModel.values()) {
            for (int trial = 0; trial < (m == ContextualModel.CONTEXT_INFLUENCE ? 2 : 5); trial++) {
                checkAgainstBruteForce(m.strategies(pm), rng, 12);
            }
        }
        checkAgainstBruteForce(ContextualModel.SLOT_DEPENDENT.strategies(Scenarios.peresMerminLatin()), rng, 12);
    }

    /** Mixed outcome counts, contexts of different lengths, a measurement in three contexts, a one-slot context. */
    @Test
    void pricingMatchesBruteForceOnAnIrregularScenario() {
        CompatibilityScenario s = CompatibilityScenario.of(List.of("a", "b", "c", "d"), new int[] {3, 2, 2, 3}, List.of("ab", "bcd", "da", "c", "ba"),
                List.of(List.of("a", "b"), List.of("b", "c", "d"), List.of("d", "a"), List.of("c"), List.of("b", "a")));
        Random rng = new Random(11);
        for (ContextualModel m : ContextualModel.values()) {
            StrategySpace space = m.strategies(s);
            for (int trial = 0; trial < 6; trial++) {
                checkAgainstBruteForce(space, rng, 7);
            }
        }
        // a: 3 contexts, 3 outcomes → 3 pairs × 3 outcomes; b: 3 contexts → 3 pairs; c: 2 → 1; d: 2 → 1 pair × 3 outcomes
        assertEquals(9 + 3 + 1 + 3, ContextualModel.CONTEXT_INFLUENCE.strategies(s).measureRows());
    }

    @Test
    void pricingMatchesBruteForceOnCycles() {
        Random rng = new Random(5);
        for (int n = 3; n <= 7; n++) {
            for (ContextualModel m : ContextualModel.values()) {
                checkAgainstBruteForce(m.strategies(Scenarios.cycle(n)), rng, 5);
            }
        }
    }

    @Test
    void refusesAProgrammeTooLargeWithItsSize() {
        // a Bell scenario with 12 binary inputs per party: every B_y copy stays open to the end under context influence
        CompatibilityScenario big = CompatibilityScenario.fromBell(Scenario.bipartite(12, 12, 2, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContextualModel.CONTEXT_INFLUENCE.strategies(big));
        assertTrue(e.getMessage().contains("states") && e.getMessage().contains("too large"), e.getMessage());
    }

    /**
     * Scores every strategy by ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ with integer z and w (so every sum is exact) and compares
     * the maximum and the kept top scores of {@link StrategySpace#price} with a sort of all scores.
     */
    static void checkAgainstBruteForce(StrategySpace space, Random rng, int range) {
        double[] z = new double[space.scenario().size()];
        for (int e = 0; e < z.length; e++) {
            z[e] = rng.nextInt(2 * range + 1) - range;
        }
        double[] w = new double[space.measureRows()];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextInt(range + 1);
        }
        List<Double> scores = new ArrayList<>();
        int[] lambda = space.digits().first();
        do {
            scores.add(BruteForce.score(space, lambda, z, w));
        } while (space.digits().next(lambda));
        scores.sort((a, b) -> Double.compare(b, a));
        int keep = 10;
        Pricing out = new Pricing(keep, space.digits().length());
        space.price(z, w, out);
        assertEquals(scores.get(0), out.max(), 0.0);
        assertEquals(Math.min(keep, scores.size()), out.count());
        for (int i = 0; i < out.count(); i++) {
            assertEquals(scores.get(i), out.score(i), 0.0, "rank " + i);
            // the kept strategy really has the score reported
            assertEquals(out.score(i), BruteForce.score(space, out.strategy(i), z, w), 0.0);
        }
    }
}
