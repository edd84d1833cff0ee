package relax.scenarios.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;

class BellFunctionalTest {

    private static Behaviour prBox() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    p[s.index(x, y, a, a ^ (x & y))] = 0.5;
                }
            }
        }
        return new Behaviour(s, p);
    }

    /** PR box: S = 4, so eq. (8) gives (4 − 2)/4 = 1/2; white noise gives −1/2. */
    @Test
    void chshOfPrBoxAndNoise() {
        assertEquals(0.5, BellFunctional.chsh().evaluate(prBox()), 1e-15);
        assertEquals(4, BellFunctional.chshCorrelator().evaluate(prBox()), 1e-15);
        assertEquals(-0.5, BellFunctional.chsh().evaluate(Behaviour.uniform(Scenario.bipartite(2, 2, 2, 2))), 1e-15);
    }

    /** On the PR box the eight forms give (±E00 ± … − 2)/4 with E = (1,1,1,−1): one form 1/2, the others −1/2 or −3/2. */
    @Test
    void eightSymmetriesAreDistinctFunctionals() {
        Set<String> distinct = new HashSet<>();
        double max = Double.NEGATIVE_INFINITY;
        for (BellFunctional f : BellFunctional.chshSymmetries()) {
            distinct.add(java.util.Arrays.toString(f.coefficients()));
            max = Math.max(max, f.evaluate(prBox()));
        }
        assertEquals(8, distinct.size());
        assertEquals(0.5, max, 1e-15);
    }

    /** Eq. (36): the I3322 PR-type box reaches 1, white noise −1 (Chaves et al. 2015, text after eq. 36). */
    @Test
    void i3322OfPaperBoxAndNoise() {
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                for (int a = 0; a < 2; a++) {
                    int b = (x + y == 3) ? 1 - a : a;
                    p[s.index(x, y, a, b)] = 0.5;
                }
            }
        }
        assertEquals(1, BellFunctional.i3322().evaluate(new Behaviour(s, p)), 1e-15);
        assertEquals(-1, BellFunctional.i3322().evaluate(Behaviour.uniform(s)), 1e-15);
    }

    /** CGLMP with d = 2 is the correlator CHSH E00 − E01 ... in its own labelling: its maximum over the PR-type box a − b ≡ −xy is 4. */
    @Test
    void cglmpTwoIsChshUpToRelabelling() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        BellFunctional c = BellFunctional.cglmp(2);
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 16; k++) {
            double[] p = new double[16];
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    int parity = (k >> (2 * x + y)) & 1;
                    for (int a = 0; a < 2; a++) {
                        p[s.index(x, y, a, a ^ parity)] = 0.5;
                    }
                }
            }
            best = Math.max(best, c.evaluate(new Behaviour(s, p)));
        }
        assertEquals(4, best, 1e-15);
    }

    /** The d-output PR-type box with A_x − B_y ≡ −x·y... : CGLMP's algebraic maximum 4 is reached by the box
     *  that satisfies every positive term with k = 0 (A0 = B0, B0 = A1 + 1, A1 = B1, B1 = A0). */
    @Test
    void cglmpAlgebraicMaximumIsFour() {
        for (int d = 2; d <= 6; d++) {
            Scenario s = Scenario.bipartite(2, 2, d, d);
            double[] p = new double[s.size()];
            // a − b ≡ c(x,y): (0,0) → 0, (1,0) → −1, (1,1) → 0, (0,1) → 0
            int[][] c = {{0, 0}, {-1, 0}};
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    for (int a = 0; a < d; a++) {
                        p[s.index(x, y, a, Math.floorMod(a - c[x][y], d))] = 1.0 / d;
                    }
                }
            }
            assertEquals(4, BellFunctional.cglmp(d).evaluate(new Behaviour(s, p)), 1e-12, "d=" + d);
            assertEquals(0, BellFunctional.cglmp(d).evaluate(Behaviour.uniform(s)), 1e-12, "noise, d=" + d);
        }
    }
}
