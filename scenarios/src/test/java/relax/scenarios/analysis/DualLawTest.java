package relax.scenarios.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.polytope.DualRegion;
import relax.lp.polytope.DualVertices;
import relax.lp.polytope.Polyhedra;

/**
 * The laws the dual vertices imply in the CHSH scenario, checked against formulas written out by hand in this
 * test (correlators, marginals, eq. (8)), on random behaviours with rational entries: for X→B every vertex is a
 * correlator form of CHSH or a shift of Bob's marginal, on signalling behaviours too; on no-signalling
 * behaviours the A→B law is 2·max(0, CHSH) and the one-bit law max(0, CHSH).
 */
class DualLawTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);

    private static DualLaw.Law law(CausalModel m) {
        return DualLaw.of(m, CHSH, DualRegion.Formulation.LIFTED, Polyhedra.Options.defaults(), 1 << 16);
    }

    private static BigFraction p(BigFraction[] p, int x, int y, int a, int b) {
        return p[CHSH.index(x, y, a, b)];
    }

    /** E_xy = Σ (−1)^(a+b) p(ab|xy). */
    private static BigFraction correlator(BigFraction[] p, int x, int y) {
        return p(p, x, y, 0, 0).add(p(p, x, y, 1, 1)).subtract(p(p, x, y, 0, 1)).subtract(p(p, x, y, 1, 0));
    }

    /** p_B(1 | x, y). */
    private static BigFraction bob(BigFraction[] p, int x, int y) {
        return p(p, x, y, 0, 1).add(p(p, x, y, 1, 1));
    }

    /** Eq. (8) relabelled by x ⊕ s, y ⊕ t, a ⊕ f, marginals read at the other party's (relabelled) input 0. */
    private static BigFraction chsh(BigFraction[] p, int s, int t, int f) {
        BigFraction v = BigFraction.ZERO;
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                BigFraction e = p(p, x ^ s, y ^ t, f, 0);
                v = x * y == 1 ? v.subtract(e) : v.add(e);
            }
        }
        return v.subtract(p(p, s, t, f, 0)).subtract(p(p, s, t, f, 1)).subtract(p(p, s, t, 0, 0)).subtract(p(p, s, t, 1, 0));
    }

    /** A random behaviour with Alice's marginal independent of y and Bob's free to depend on x; entries k/64. */
    private static BigFraction[] aliceNoSignalling(Random random) {
        BigFraction[] p = new BigFraction[16];
        for (int x = 0; x < 2; x++) {
            int a0 = random.nextInt(9);
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    int b0 = random.nextInt(9);
                    int pa = a == 0 ? a0 : 8 - a0;
                    p[CHSH.index(x, y, a, 0)] = new BigFraction(pa * b0, 64);
                    p[CHSH.index(x, y, a, 1)] = new BigFraction(pa * (8 - b0), 64);
                }
            }
        }
        return p;
    }

    /** A random no-signalling behaviour: w·PR(s,t,f) + (1 − w)·(a random product of marginals), entries in multiples of 1/128. */
    private static BigFraction[] noSignalling(Random random) {
        BigFraction w = new BigFraction(random.nextInt(9), 8);
        int s = random.nextInt(2);
        int t = random.nextInt(2);
        int f = random.nextInt(2);
        BigFraction[] pa = {new BigFraction(random.nextInt(5), 4), new BigFraction(random.nextInt(5), 4)};
        BigFraction[] pb = {new BigFraction(random.nextInt(5), 4), new BigFraction(random.nextInt(5), 4)};
        BigFraction[] p = new BigFraction[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        boolean pr = (a ^ b) == (((x ^ s) & (y ^ t)) ^ f);
                        BigFraction local = (a == 0 ? pa[x] : BigFraction.ONE.subtract(pa[x])).multiply(b == 0 ? pb[y] : BigFraction.ONE.subtract(pb[y]));
                        p[CHSH.index(x, y, a, b)] = w.multiply(pr ? BigFraction.ONE_HALF : BigFraction.ZERO).add(BigFraction.ONE.subtract(w).multiply(local));
                    }
                }
            }
        }
        return p;
    }

    private static BigFraction max(List<BigFraction> values) {
        return values.stream().max(BigFraction::compareTo).orElseThrow();
    }

    private static BigFraction value(BigFraction[] z, BigFraction[] p) {
        BigFraction s = BigFraction.ZERO;
        for (int j = 0; j < z.length; j++) {
            s = s.add(z[j].multiply(p[j]));
        }
        return s;
    }

    /**
     * On behaviours where Bob's marginal depends on x, the 8 Bell-like X→B vertices take exactly the 8 values
     * (S' − 2)/4, S' = ±E00 ± E01 ± E10 ± E11 with an odd number of minus signs, and the 4 no-signalling ones the
     * values ±(p_B(1|1,y) − p_B(1|0,y)); the law names the first class by a correlator form.
     */
    @Test
    void crossInfluenceVerticesAreCorrelatorChshAndBobMarginalShifts() {
        DualLaw.Law law = law(CausalModel.X_TO_B);
        DualVertices d = law.vertices();
        assertEquals(List.of(1, 8, 4), law.classes().stream().map(DualLaw.ClassLaw::size).toList());
        assertTrue(law.classes().get(1).identity().matches("\\(E00[+-]E01[+-]E10[+-]E11-2\\)/4"), law.classes().get(1).identity());
        Random random = new Random(1);
        for (int trial = 0; trial < 30; trial++) {
            BigFraction[] p = aliceNoSignalling(random);
            List<BigFraction> bell = new ArrayList<>();
            List<BigFraction> signalling = new ArrayList<>();
            for (int i = 0; i < d.vertices().size(); i++) {
                BigFraction v = value(d.vertices().get(i).z(), p);
                if (d.kind(i) == DualVertices.Kind.BELL) {
                    bell.add(v);
                } else if (d.kind(i) == DualVertices.Kind.NO_SIGNALLING) {
                    signalling.add(v);
                }
            }
            List<BigFraction> expected = new ArrayList<>();
            for (int minus = 0; minus < 16; minus++) {
                if (Integer.bitCount(minus) % 2 == 1) {
                    BigFraction s = BigFraction.ZERO;
                    for (int k = 0; k < 4; k++) {
                        BigFraction e = correlator(p, k >> 1, k & 1);
                        s = (minus >> k & 1) == 1 ? s.subtract(e) : s.add(e);
                    }
                    expected.add(s.subtract(BigFraction.TWO).divide(4));
                }
            }
            List<BigFraction> shifts = new ArrayList<>();
            for (int y = 0; y < 2; y++) {
                BigFraction shift = bob(p, 1, y).subtract(bob(p, 0, y));
                shifts.add(shift);
                shifts.add(shift.negate());
            }
            assertEquals(sorted(expected), sorted(bell), "trial " + trial);
            assertEquals(sorted(shifts), sorted(signalling), "trial " + trial);
        }
    }

    private static List<BigFraction> sorted(List<BigFraction> l) {
        List<BigFraction> c = new ArrayList<>(l);
        c.sort(BigFraction::compareTo);
        return c;
    }

    /**
     * On no-signalling behaviours: X→B gives max(0, CHSH) (eq. 7), A→B 2·max(0, CHSH) (not eq. 38's
     * max(0, CHSH)), one bit max(0, CHSH) (eq. 9), CHSH over the 8 relabellings of eq. (8) computed here.
     */
    @Test
    void noSignallingLaws() {
        Random random = new Random(2);
        for (CausalModel m : List.of(CausalModel.X_TO_B, CausalModel.A_TO_B, CausalModel.COMMUNICATION)) {
            DualVertices d = law(m).vertices();
            int factor = m == CausalModel.A_TO_B ? 2 : 1;
            for (int trial = 0; trial < 40; trial++) {
                BigFraction[] p = noSignalling(random);
                List<BigFraction> chsh = new ArrayList<>(List.of(BigFraction.ZERO));
                for (int k = 0; k < 8; k++) {
                    chsh.add(chsh(p, k & 1, k >> 1 & 1, k >> 2 & 1));
                }
                assertEquals(max(chsh).multiply(factor), d.maximum(p), m + " " + Arrays.toString(p));
            }
        }
        assertTrue(law(CausalModel.A_TO_B).noSignalling().contains("2·chsh"), law(CausalModel.A_TO_B).noSignalling());
        assertTrue(law(CausalModel.COMMUNICATION).noSignalling().startsWith("on no-signalling behaviours: min p(m=0) = max(0, chsh and its 7 relabellings)"),
                law(CausalModel.COMMUNICATION).noSignalling());
    }
}
