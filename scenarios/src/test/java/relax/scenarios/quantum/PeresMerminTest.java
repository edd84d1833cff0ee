package relax.scenarios.quantum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;
import relax.core.contextuality.NoDisturbance;

/**
 * The Pauli array of Pearl &amp; Cavalcanti, eq. (7): the operator identities behind ⟨KS⟩ = 6, checked by matrix
 * multiplication, and the behaviours of many states against them.
 */
class PeresMerminTest {
    private static final int[][] CONTEXTS = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}};

    /**
     * In every context the three observables commute, and their product is +1 (rows, C1, C2) or −1 (C3): e.g.
     * (σx⊗σx)(σy⊗σy)(σz⊗σz) = (σxσyσz)⊗(σxσyσz) = (i·1)⊗(i·1) = −1.
     */
    @Test
    void contextsCommuteAndMultiplyToPlusOrMinusOne() {
        for (int c = 0; c < 6; c++) {
            double[][][] a = PeresMermin.observable(CONTEXTS[c][0]);
            double[][][] b = PeresMermin.observable(CONTEXTS[c][1]);
            double[][][] d = PeresMermin.observable(CONTEXTS[c][2]);
            assertClose(mul(a, b), mul(b, a));
            assertClose(mul(a, d), mul(d, a));
            assertClose(mul(b, d), mul(d, b));
            double[][][] product = mul(mul(a, b), d);
            double sign = PeresMermin.KS_SIGNS[c];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    assertEquals(i == j ? sign : 0, product[0][i][j], 1e-15);
                    assertEquals(0, product[1][i][j], 1e-15);
                }
            }
        }
    }

    /**
     * ⟨KS⟩ = Σ_c γ_c Tr[ρ O_1 O_2 O_3] = Σ_c γ_c · γ_c · Tr ρ = 6 for every state; and each context's outcome tuples whose
     * ±1 product differs from γ_c have probability 0. Checked for |00⟩, the singlet, the maximally mixed state, random
     * pure states and random mixtures.
     */
    @Test
    void ksIsSixForEveryState() {
        CompatibilityScenario s = PeresMermin.scenario();
        Random rng = new Random(17);
        java.util.List<double[][][]> states = new java.util.ArrayList<>();
        states.add(PeresMermin.density(QuantumBehaviour.State.twoQubit(1)));
        states.add(PeresMermin.density(QuantumBehaviour.State.singlet()));
        states.add(PeresMermin.maximallyMixed());
        for (int k = 0; k < 5; k++) {
            states.add(PeresMermin.density(QuantumBehaviour.State.random(new int[] {2, 2}, rng)));
            double[][][] a = PeresMermin.density(QuantumBehaviour.State.random(new int[] {2, 2}, rng));
            double[][][] b = PeresMermin.density(QuantumBehaviour.State.random(new int[] {2, 2}, rng));
            double w = rng.nextDouble();
            double[][][] m = new double[2][4][4];
            for (int r = 0; r < 2; r++) {
                for (int i = 0; i < 4; i++) {
                    for (int j = 0; j < 4; j++) {
                        m[r][i][j] = w * a[r][i][j] + (1 - w) * b[r][i][j];
                    }
                }
            }
            states.add(m);
        }
        for (double[][][] rho : states) {
            CompatibilityBehaviour p = PeresMermin.behaviour(s, rho, 1);
            assertEquals(6, PeresMermin.ks(s).value(p), 1e-12);
            for (int c = 0; c < 6; c++) {
                for (int t = 0; t < 8; t++) {
                    boolean right = (Integer.bitCount(t) % 2 == 0 ? 1 : -1) == PeresMermin.KS_SIGNS[c];
                    if (!right) {
                        assertEquals(0, p.get(c, t), 1e-15);
                    }
                    assertTrue(p.get(c, t) >= -1e-15);
                }
            }
            p.validate(1e-12);
            assertTrue(NoDisturbance.check(p, 1e-12).holds());
            // white noise scales every correlator: <KS> = 6v
            assertEquals(6 * 0.7, PeresMermin.ks(s).value(PeresMermin.behaviour(s, rho, 0.7)), 1e-12);
        }
    }

    /**
     * |00⟩ by hand: in R3 = (σx⊗σy, σy⊗σx, σz⊗σz), σz⊗σz = +1 and the product is +1, so m7 = m8, each ±1 with
     * probability 1/2: p(000|R3) = p(110|R3) = 1/2. In C3 = (σx⊗σx, σy⊗σy, σz⊗σz) the product is −1 and m9 = +1, so
     * m3 = −m6: p(010|C3) = p(100|C3) = 1/2. In R1 = (σx⊗1, 1⊗σx, σx⊗σx) m1, m2 are independent fair coins: 1/4 on
     * each of 000, 011, 101, 110.
     */
    @Test
    void productStateByHand() {
        CompatibilityScenario s = PeresMermin.scenario();
        CompatibilityBehaviour p = PeresMermin.example(1, 1);
        assertEquals(0.5, p.get(2, 0b000), 1e-15);
        assertEquals(0.5, p.get(2, 0b110), 1e-15);
        assertEquals(0.5, p.get(5, 0b010), 1e-15);
        assertEquals(0.5, p.get(5, 0b100), 1e-15);
        for (int t : new int[] {0b000, 0b011, 0b101, 0b110}) {
            assertEquals(0.25, p.get(0, t), 1e-15);
        }
        assertEquals("R3 = (m7, m8, m9)", s.describeContext(2));
    }

    /** In Pearl &amp; Cavalcanti's order only m1, m5, m9 keep their slot; in the Latin-square order all nine do. */
    @Test
    void slotOrders() {
        CompatibilityScenario s = PeresMermin.scenario();
        CompatibilityScenario latin = PeresMermin.latinScenario();
        int kept = 0;
        for (int m = 0; m < 9; m++) {
            int[] in = s.contextsContaining(m);
            kept += s.slotOf(in[0], m) == s.slotOf(in[1], m) ? 1 : 0;
            int[] inL = latin.contextsContaining(m);
            assertEquals(latin.slotOf(inL[0], m), latin.slotOf(inL[1], m));
        }
        assertEquals(3, kept);
    }

    private static double[][][] mul(double[][][] a, double[][][] b) {
        double[][][] r = new double[2][4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    r[0][i][j] += a[0][i][k] * b[0][k][j] - a[1][i][k] * b[1][k][j];
                    r[1][i][j] += a[0][i][k] * b[1][k][j] + a[1][i][k] * b[0][k][j];
                }
            }
        }
        return r;
    }

    private static void assertClose(double[][][] a, double[][][] b) {
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    assertEquals(a[r][i][j], b[r][i][j], 1e-15);
                }
            }
        }
    }
}
