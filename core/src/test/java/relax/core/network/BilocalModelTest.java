package relax.core.network;

import relax.core.Behaviour;
import relax.core.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BilocalModelTest {
    private static final Scenario BINARY = Scenario.of(new int[] {2, 1, 2}, new int[] {2, 4, 2});
    private static final SwappingStrategies SPACE = SwappingStrategies.of(BINARY);

    /** Alice always answers a = x (ᾱ = 01), Charlie c = 1 − z (γ̄ = 10), Bob b = 3: p(x, 3, 1 − z | x, z) = 1. */
    @Test
    void deterministicModelMultipliesOutToOneEntryPerBlock() {
        double[] bob = new double[16 * 4];
        for (int k = 0; k < 16; k++) {
            bob[k * 4 + 3] = 1;
        }
        BilocalModel m = new BilocalModel(SPACE, new double[] {0, 1, 0, 0}, new double[] {0, 0, 1, 0}, bob);
        double[] p = m.behaviour();
        double[] expected = new double[BINARY.size()];
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                expected[BINARY.index(BINARY.block(x, 0, z), BINARY.outcome(x, 3, 1 - z))] = 1;
            }
        }
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], p[i], 0, BINARY.entryName(i));
        }
        assertEquals(0, m.residual(new Behaviour(BINARY, expected)), 0);
    }

    /** Reading a product q back gives its marginals and conditional, and it reproduces T q. */
    @Test
    void modelReadOffAProductDistributionReproducesIt() {
        double[] qa = {0.5, 0.25, 0.125, 0.125};
        double[] qc = {0.25, 0.25, 0.5, 0};
        double[] q = new double[64];
        for (int a = 0; a < 4; a++) {
            for (int c = 0; c < 4; c++) {
                q[SPACE.strategy(a, a, c)] = 0.75 * qa[a] * qc[c];
                q[SPACE.strategy(a, c, c)] += 0.25 * qa[a] * qc[c];
            }
        }
        BilocalModel m = BilocalModel.fromStrategies(SPACE, q);
        assertEquals(0.25, m.alice()[1], 1e-15);
        assertEquals(0.5, m.charlie()[2], 1e-15);
        assertEquals(0, m.residual(new Behaviour(BINARY, SPACE.behaviour(q))), 1e-15);
    }

    @Test
    void rejectsWeightsThatAreNotDistributions() {
        double[] bob = new double[64];
        for (int k = 0; k < 16; k++) {
            bob[k * 4] = 1;
        }
        assertThrows(IllegalArgumentException.class, () -> new BilocalModel(SPACE, new double[] {0.5, 0.5, 0.5, -0.5}, new double[] {1, 0, 0, 0}, bob));
        assertThrows(IllegalArgumentException.class, () -> new BilocalModel(SPACE, new double[] {0.5, 0.4, 0, 0}, new double[] {1, 0, 0, 0}, bob));
        assertThrows(IllegalArgumentException.class, () -> new BilocalModel(SPACE, new double[] {1, 0, 0}, new double[] {1, 0, 0, 0}, bob));
    }
}
