package relax.core.network;

import relax.core.Scenario;
import relax.core.strategy.Pricing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SwappingStrategiesTest {
    private static final Scenario BINARY = Scenario.of(new int[] {2, 1, 2}, new int[] {2, 4, 2});

    @Test
    void binaryNetworkHasSixtyFourStrategies() {
        SwappingStrategies s = SwappingStrategies.of(BINARY);
        assertEquals(64, s.size(), "o_a^mx · o_b · o_c^mz = 4 · 4 · 4 (Chaves et al. 2015, Bilocality scenario)");
        assertEquals(4, s.alphaCount());
        assertEquals(4, s.gammaCount());
    }

    /** ᾱ = 01 (α0 = 0, α1 = 1), β = 2, γ̄ = 10: a = x, b = 2, c = 1 − z in every block, written out by hand. */
    @Test
    void columnHitsTheEntryOfEachInputPair() {
        SwappingStrategies s = SwappingStrategies.of(BINARY);
        int lambda = s.strategy(1, 2, 2);
        assertEquals("01", s.alphaName(s.alpha(lambda)));
        assertEquals(2, s.beta(lambda));
        assertEquals("10", s.gammaName(s.gamma(lambda)));
        int[] entries = new int[4];
        s.columnAt(lambda, entries);
        int[] expected = new int[4];
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                expected[x * 2 + z] = BINARY.index(BINARY.block(x, 0, z), BINARY.outcome(x, 2, 1 - z));
            }
        }
        assertArrayEquals(expected, entries);
        assertEquals("a(x)=(0,1) b=2 c(z)=(1,0)", s.describe(s.digits().digits(lambda)));
    }

    /** The split search of price() against scoring every strategy one by one. */
    @Test
    void pricingFindsTheExactMaximumOfEveryStrategy() {
        Scenario ternary = Scenario.of(new int[] {3, 1, 2}, new int[] {2, 3, 2});
        SwappingStrategies s = SwappingStrategies.of(ternary);
        Random rng = new Random(7);
        double[] z = new double[ternary.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        int[] entries = new int[ternary.inputBlocks()];
        double max = Double.NEGATIVE_INFINITY;
        for (long l = 0; l < s.size(); l++) {
            s.columnAt(l, entries);
            double v = 0;
            for (int e : entries) {
                v += z[e];
            }
            max = Math.max(max, v);
        }
        Pricing pricing = new Pricing(3, s.digits().length());
        s.price(z, new double[0], pricing);
        assertEquals(max, pricing.max(), 1e-12);
        s.column(pricing.strategy(0), entries);
        double atArg = 0;
        for (int e : entries) {
            atArg += z[e];
        }
        assertEquals(max, atArg, 1e-12);
    }

    @Test
    void productDistributionHasNoNonBilocality() {
        SwappingStrategies s = SwappingStrategies.of(BINARY);
        double[] qa = {0.1, 0.2, 0.3, 0.4};
        double[] qc = {0.25, 0.5, 0.125, 0.125};
        double[] q = new double[64];
        for (int a = 0; a < 4; a++) {
            for (int c = 0; c < 4; c++) {
                q[s.strategy(a, (a + c) % 4, c)] = qa[a] * qc[c];
            }
        }
        assertEquals(0, s.nonBilocality(q), 1e-15);
        assertArrayEquals(qa, s.aliceMarginal(q), 1e-15);
        assertArrayEquals(qc, s.charlieMarginal(q), 1e-15);
    }

    /**
     * q = ½ on (ᾱ=00, γ̄=00) and ½ on (11, 11): q^a = q^c = (½, 0, 0, ½), so the four cells with both
     * marginals ½ deviate by ¼ each: M_BL = 2·|½ − ¼| + 2·|0 − ¼| = 1 (eq. 46 by hand).
     */
    @Test
    void perfectlyCorrelatedSourcesHaveNonBilocalityOne() {
        SwappingStrategies s = SwappingStrategies.of(BINARY);
        double[] q = new double[64];
        q[s.strategy(0, 0, 0)] = 0.5;
        q[s.strategy(3, 1, 3)] = 0.5;
        assertEquals(1, s.nonBilocality(q), 1e-15);
    }

    @Test
    void rejectsScenariosThatAreNotSwappingNetworks() {
        assertThrows(IllegalArgumentException.class, () -> SwappingStrategies.of(Scenario.bipartite(2, 2, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> SwappingStrategies.of(Scenario.of(new int[] {2, 2, 2}, new int[] {2, 2, 2})));
    }
}
