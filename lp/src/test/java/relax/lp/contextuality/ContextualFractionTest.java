package relax.lp.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.ContextualModel;
import relax.core.contextuality.ContextualStrategies;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;

/**
 * The contextual fraction against values derived by hand (upper and lower bound each), with the certificate
 * re-checked by brute force over every noncontextual strategy in exact arithmetic.
 */
class ContextualFractionTest {

    private static ContextualFractionResult solve(CompatibilityBehaviour p, Method method) {
        ContextualStrategies nc = ContextualModel.NONCONTEXTUAL.strategies(p.scenario());
        ContextualFractionResult r = new ContextualFraction(nc, p).solve(SolveOptions.defaults().withMethod(method));
        assertEquals(Status.OPTIMAL, r.status(), r.reason());
        bruteForceCheck(nc, p, r.certificate());
        return r;
    }

    /**
     * Every noncontextual strategy gives ⟨ŷ, T_λ⟩ ≥ 1 exactly, and the bound is 1 − ⟨ŷ, p⟩ (clamped at 0), recomputed
     * here from the exact entries.
     */
    static void bruteForceCheck(ContextualStrategies nc, CompatibilityBehaviour p, ContextualFractionCertificate c) {
        assertTrue(c.isChecked(), c.note());
        BigFraction[] y = c.entryWeights();
        int[] lambda = nc.digits().first();
        int[] entries = new int[nc.scenario().inputBlocks()];
        do {
            nc.column(lambda, entries);
            BigFraction s = BigFraction.ZERO;
            for (int e : entries) {
                s = s.add(y[e]);
            }
            assertTrue(s.compareTo(BigFraction.ONE) >= 0, "strategy " + nc.describe(lambda) + " gives " + s);
        } while (nc.digits().next(lambda));
        BigFraction value = BigFraction.ZERO;
        for (int e = 0; e < y.length; e++) {
            assertTrue(y[e].compareTo(BigFraction.ZERO) >= 0);
            value = value.add(y[e].multiply(p.exact(e)));
        }
        BigFraction bound = BigFraction.ONE.subtract(value);
        assertEquals(bound.compareTo(BigFraction.ZERO) < 0 ? BigFraction.ZERO : bound, c.bound());
    }

    /**
     * Peres–Mermin, maximally mixed state, visibility v: CF = max(0, 3v − 2).
     * Upper bound on NCF (so CF ≥ 3v − 2): ŷ = 1 on the parity-wrong tuples of every context; every global assignment
     * makes an odd number of contexts parity-wrong (the six products multiply to +1, the quantum signs to −1), so
     * ⟨ŷ, T_λ⟩ ≥ 1, and ⟨ŷ, p_v⟩ = 6·4·(1 − v)/8 = 3(1 − v).
     * Lower bound on NCF: the assignments with exactly one wrong context, symmetrised over the parity-preserving sign
     * flips and over the six contexts, give every context 5/24 per right tuple and 1/24 per wrong one; weight 3(1 − v)
     * of it fits under p_v (wrong tuples: 3(1−v)/24 = (1−v)/8; right tuples: 15(1−v)/24 ≤ (1+v)/8 iff v ≥ 2/3).
     */
    @Test
    void peresMerminMixedState() {
        for (int[] v : new int[][] {{1, 1}, {9, 10}, {4, 5}, {2, 3}, {1, 2}}) {
            BigFraction vis = new BigFraction(v[0], v[1]);
            ContextualFractionResult r = solve(Boxes.peresMerminMixed(vis), Method.AUTO);
            double expected = Math.max(0, 3 * vis.doubleValue() - 2);
            assertEquals(expected, r.value(), 1e-9, "v = " + vis);
            assertEquals(expected, r.certificate().boundValue(), 1e-9);
        }
    }

    /** Quantum Peres–Mermin (v = 1) is strongly contextual: CF = 1 exactly, by the certificate above. */
    @Test
    void peresMerminIsStronglyContextual() {
        ContextualFractionResult r = solve(Boxes.peresMerminMixed(BigFraction.ONE), Method.COLGEN);
        assertEquals(BigFraction.ONE, r.certificate().bound());
        assertTrue(r.model().isEmpty());
    }

    /**
     * CHSH isotropic boxes, S = 4E: CF = max(0, (S − 2)/2). Lower bound: a local part of weight w has S ≤ 2 and the rest
     * S ≤ 4, so S ≤ 2w + 4(1 − w). Upper bound: p_E = (2 − 2E)·p_{1/2} + (2E − 1)·PR for E ≥ 1/2, and p_{1/2} (S = 2) is
     * local. So the PR box (E = 1) has CF = 1 and the Tsirelson box (E = 1/√2) CF = √2 − 1.
     */
    @Test
    void chshBoxes() {
        for (double e : new double[] {1, Math.sqrt(0.5), 0.6, 0.5, 0.3}) {
            ContextualFractionResult r = solve(Boxes.isotropic(new BigFraction(e)), Method.AUTO);
            assertEquals(Math.max(0, (4 * e - 2) / 2), r.value(), 1e-9, "E = " + e);
        }
    }
}
