package relax.core.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The noncontextual bounds of Pearl &amp; Cavalcanti, eq. (6), and of the n-cycle inequalities (Araújo et al. 2013),
 * each by an enumeration written here independently of the pricing search, and by the pricing search.
 */
class CorrelatorSumTest {
    private static final int[] KS_SIGNS = {1, 1, 1, 1, 1, -1};

    /**
     * ⟨KS⟩ ≤ 4: every global ±1 assignment v_1 … v_9 gives each context the product of its three values; the nine values
     * enter the six products twice each, so Π_c product_c = 1, and with the sign −1 on C3 the six signed terms multiply
     * to −1: at least one is −1, so the sum is at most 4 — and 4 is attained (all v = +1: five +1 and −1).
     */
    @Test
    void peresMerminNoncontextualBoundByEnumeration() {
        CompatibilityScenario pm = Scenarios.peresMermin();
        int[][] contexts = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}};
        int best = Integer.MIN_VALUE;
        for (int g = 0; g < 512; g++) {
            int sum = 0;
            for (int c = 0; c < 6; c++) {
                int product = 1;
                for (int m : contexts[c]) {
                    product *= (g >> m & 1) == 0 ? 1 : -1;
                }
                sum += KS_SIGNS[c] * product;
            }
            best = Math.max(best, sum);
        }
        assertEquals(4, best);
        CorrelatorSum ks = new CorrelatorSum("<KS>", pm, KS_SIGNS);
        assertEquals(4, ks.maximum(ContextualModel.NONCONTEXTUAL.strategies(pm)));
    }

    /**
     * With Pearl &amp; Cavalcanti's slot order only m1, m5, m9 keep one value in both their contexts; each context holds
     * exactly one of them plus two free copies, so every context's product can be chosen: ⟨KS⟩ reaches the algebraic 6
     * with slot-dependent responses (and with context-dependent ones). With a Latin-square slot order every
     * measurement keeps its slot and the bound stays 4.
     */
    @Test
    void slotDependentBoundsDependOnTheSlotOrder() {
        CompatibilityScenario pm = Scenarios.peresMermin();
        CorrelatorSum ks = new CorrelatorSum("<KS>", pm, KS_SIGNS);
        assertEquals(6, ks.maximum(ContextualModel.SLOT_DEPENDENT.strategies(pm)));
        assertEquals(6, ks.maximum(ContextualModel.CONTEXT_INFLUENCE.strategies(pm)));
        CompatibilityScenario latin = Scenarios.peresMerminLatin();
        assertEquals(4, new CorrelatorSum("<KS>", latin, KS_SIGNS).maximum(ContextualModel.SLOT_DEPENDENT.strategies(latin)));
    }

    /**
     * n-cycle: Σ_i γ_i ⟨A_i A_{i+1}⟩ with an odd number of γ_i = −1 is at most n − 2 for noncontextual models (Araújo et
     * al. 2013, eq. 3): the n signed terms multiply to −Π_i v_i² = −1, so at least one is −1. Checked by enumerating
     * the 2^n assignments here and against the pricing search, for n = 3 … 10 and several sign patterns.
     */
    @Test
    void cycleBounds() {
        for (int n = 3; n <= 10; n++) {
            CompatibilityScenario s = Scenarios.cycle(n);
            for (int minus = 1; minus <= n; minus += 2) {
                int[] gamma = new int[n];
                for (int i = 0; i < n; i++) {
                    gamma[i] = i < minus ? -1 : 1;
                }
                int best = Integer.MIN_VALUE;
                for (int g = 0; g < 1 << n; g++) {
                    int sum = 0;
                    for (int i = 0; i < n; i++) {
                        int a = (g >> i & 1) == 0 ? 1 : -1;
                        int b = (g >> ((i + 1) % n) & 1) == 0 ? 1 : -1;
                        sum += gamma[i] * a * b;
                    }
                    best = Math.max(best, sum);
                }
                assertEquals(n - 2, best);
                CorrelatorSum f = new CorrelatorSum(n + "-cycle", s, gamma);
                assertEquals(n - 2, f.maximum(ContextualModel.NONCONTEXTUAL.strategies(s)));
                assertEquals(n, f.maximum(ContextualModel.CONTEXT_INFLUENCE.strategies(s)));
            }
        }
    }

    /** White noise gives every correlator 0. */
    @Test
    void uniformGivesZero() {
        CompatibilityScenario pm = Scenarios.peresMermin();
        assertEquals(0, new CorrelatorSum("<KS>", pm, KS_SIGNS).value(CompatibilityBehaviour.uniform(pm)), 0);
    }
}
