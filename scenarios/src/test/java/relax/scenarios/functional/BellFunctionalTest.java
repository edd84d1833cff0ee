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

    /**
     * The largest value of f over the deterministic local strategies (a_x, b_y), in exact arithmetic: the local
     * bound, since a linear functional is maximised at a vertex of the local polytope.
     */
    private static org.apache.commons.math3.fraction.BigFraction localMaximum(BellFunctional f) {
        Scenario s = f.scenario();
        int mx = s.inputs(0);
        int my = s.inputs(1);
        int oa = s.outputs(0);
        int ob = s.outputs(1);
        org.apache.commons.math3.fraction.BigFraction best = null;
        int strategies = (int) (Math.pow(oa, mx) * Math.pow(ob, my));
        for (int k = 0; k < strategies; k++) {
            int rest = k;
            int[] a = new int[mx];
            int[] b = new int[my];
            for (int x = 0; x < mx; x++) {
                a[x] = rest % oa;
                rest /= oa;
            }
            for (int y = 0; y < my; y++) {
                b[y] = rest % ob;
                rest /= ob;
            }
            org.apache.commons.math3.fraction.BigFraction v = f.exactConstant();
            for (int x = 0; x < mx; x++) {
                for (int y = 0; y < my; y++) {
                    v = v.add(f.exactCoefficients()[s.index(x, y, a[x], b[y])]);
                }
            }
            best = best == null || v.compareTo(best) > 0 ? v : best;
        }
        return best;
    }

    /**
     * The built-ins' exact coefficients reach exactly their stated local bounds over all deterministic strategies:
     * CHSH (eq. 8) 0, the correlator form 2, I3322 0 (Collins & Gisin 2004), I_A→B (eq. 10) 4 — here it is no LHV
     * bound but every deterministic LHV strategy is also an A→B strategy, so the maximum is at most 4; CGLMP 2 for
     * d = 3, 4, 5 (Collins et al. 2002). CGLMP's weights 1 − 2k/(d−1) are exact fractions: 1/3 for d = 4.
     */
    @Test
    void exactCoefficientsReachTheStatedLocalBounds() {
        org.apache.commons.math3.fraction.BigFraction two = new org.apache.commons.math3.fraction.BigFraction(2);
        assertEquals(org.apache.commons.math3.fraction.BigFraction.ZERO, localMaximum(BellFunctional.chsh()));
        assertEquals(two, localMaximum(BellFunctional.chshCorrelator()));
        assertEquals(org.apache.commons.math3.fraction.BigFraction.ZERO, localMaximum(BellFunctional.i3322()));
        org.junit.jupiter.api.Assertions.assertTrue(localMaximum(BellFunctional.iAtoB()).compareTo(new org.apache.commons.math3.fraction.BigFraction(4)) <= 0);
        for (int d = 3; d <= 5; d++) {
            assertEquals(two, localMaximum(BellFunctional.cglmp(d)), "d = " + d);
        }
        BellFunctional c4 = BellFunctional.cglmp(4);
        Scenario s = c4.scenario();
        // k = 1: + (1/3) P(A0 = B0 + 1): a = 1, b = 0 at x = y = 0
        assertEquals(new org.apache.commons.math3.fraction.BigFraction(1, 3), c4.exactCoefficients()[s.index(0, 0, 1, 0)]);
        for (BellFunctional f : java.util.List.of(c4, BellFunctional.cglmp(7), BellFunctional.mermin(), BellFunctional.chsh())) {
            for (int j = 0; j < f.coefficients().length; j++) {
                assertEquals(relax.core.NearestDouble.of(f.exactCoefficients()[j]), f.coefficients()[j], f.name());
            }
        }
    }

    /** CGLMP beyond the entry cap is refused before anything is allocated (issue 11: cglmp1000 ran out of memory). */
    @Test
    void hugeCglmpIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> BellFunctional.named("cglmp1000"));
        assertEquals("CGLMP with 1000 outputs has 4d^2 = 4000000 entries, more than the 1000000 the engine accepts", e.getMessage());
    }
}
