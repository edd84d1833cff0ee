package relax.lp.relaxation;

import relax.lp.engine.SolveOptions;
import relax.lp.Boxes;
import relax.lp.solver.LpBackend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.locality.CausalModel;
import relax.core.locality.LocalityStrategies;

/** The exact check of {@link Certificate}: sound whatever the multipliers, tight when they are accurate. */
class CertificateTest {

    /**
     * Multipliers of the PR box's X→B optimum (value 1/2) blurred by noise of 1e-9 that no small
     * denominator captures: the dyadic rounding still admits the exact check, and the exact bound is
     * within 1e-8 of 1/2 and never above it (it is a proof).
     */
    @Test
    void noisyMultipliersStillGiveAnExactBoundBelowTheOptimum() {
        LocalityStrategies space = CausalModel.X_TO_B.strategies(Boxes.prBox().scenario());
        BehaviourConstraints constraints = BehaviourConstraints.reproducing(Boxes.prBox());
        RelaxationResult r = new Relaxation(space, constraints).solve(SolveOptions.defaults().withBackends(List.of(LpBackend.named("glop"))));
        Random random = new Random(7);
        double[] y = new double[constraints.rows()];
        double[] w = new double[space.measureRows()];
        BigFraction[] yExact = r.certificate().rowWeights();
        BigFraction[] wExact = r.certificate().measureWeights();
        for (int k = 0; k < y.length; k++) {
            y[k] = yExact[k].doubleValue() + 1e-9 * random.nextGaussian() * Math.PI;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = wExact[i].doubleValue() + 1e-9 * Math.abs(random.nextGaussian()) * Math.E;
        }
        Certificate c = Certificate.verify(space, constraints, y, w, 0.5);
        assertTrue(c.isChecked(), c.note());
        assertTrue(c.bound().compareTo(new BigFraction(1, 2)) <= 0, "an exact lower bound cannot exceed the optimum 1/2");
        assertEquals(0.5, c.boundValue(), 1e-8);
    }

    /**
     * The defining property of a checked certificate, re-verified by brute force over every strategy in exact
     * arithmetic, independently of the pricing search: ŵ ≥ 0, scale·Σŵ ≤ 1 unless it is a Farkas proof, and
     * ⟨ẑ, T_λ⟩ ≤ Σ_i ŵ_i counts_i(λ) for every λ; and the bound equals Σ_k ŷ_k g_k with ẑ = Σ_k ŷ_k r_k.
     */
    private static void assertValid(LocalityStrategies space, BehaviourConstraints constraints, Certificate c) {
        assertTrue(c.isChecked(), c.note());
        BigFraction[] z = c.entryWeights();
        BigFraction[] w = c.measureWeights();
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction wi : w) {
            assertTrue(wi.compareTo(BigFraction.ZERO) >= 0);
            sum = sum.add(wi);
        }
        assertTrue(c.provesInfeasible() || sum.multiply(space.measureScale()).compareTo(BigFraction.ONE) <= 0, "scale·Σw ≤ 1");
        int[] entries = new int[space.scenario().inputBlocks()];
        int[] counts = new int[space.measureRows()];
        int[] lambda = space.digits().first();
        do {
            space.column(lambda, entries);
            space.measureCounts(lambda, counts);
            BigFraction lhs = BigFraction.ZERO;
            for (int e : entries) {
                lhs = lhs.add(z[e]);
            }
            BigFraction rhs = BigFraction.ZERO;
            for (int i = 0; i < counts.length; i++) {
                rhs = rhs.add(w[i].multiply(counts[i]));
            }
            assertTrue(lhs.compareTo(rhs) <= 0, "strategy " + space.describe(lambda) + ": " + lhs + " > " + rhs);
        } while (space.digits().next(lambda));
        BigFraction[] y = c.rowWeights();
        BigFraction g = BigFraction.ZERO;
        for (int k = 0; k < y.length; k++) {
            g = g.add(y[k].multiply(new BigFraction(constraints.rhs(k))));
        }
        if (g.compareTo(BigFraction.ZERO) > 0) {
            assertEquals(g, c.bound().multiply(c.provesInfeasible() || sum.getNumerator().signum() == 0 ? BigFraction.ONE
                    : sum.multiply(space.measureScale())));
        }
    }

    /**
     * Multipliers of the right size but wrong (random, and badly infeasible) for every structure, PR box: the
     * certificate built from them is still valid — the check repairs it — and its bound can only lie below the
     * hand-derived optima x2b 1/2, a2b 1, comm 1/2 (RelaxationTest).
     */
    @Test
    void arbitraryMultipliersGiveValidCertificates() {
        Random random = new Random(11);
        double[] optimum = {0, 0.5, 1, 0.5};
        for (CausalModel m : CausalModel.values()) {
            LocalityStrategies space = m.strategies(Boxes.prBox().scenario());
            BehaviourConstraints constraints = BehaviourConstraints.reproducing(Boxes.prBox());
            for (int trial = 0; trial < 20; trial++) {
                double[] y = new double[constraints.rows()];
                double[] w = new double[space.measureRows()];
                for (int k = 0; k < y.length; k++) {
                    y[k] = random.nextGaussian();
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] = random.nextDouble() / (w.length + 1) / space.measureScale();
                }
                Certificate c = Certificate.verify(space, constraints, y, w, 1);
                assertValid(space, constraints, c);
                if (m != CausalModel.LHV && !c.provesInfeasible()) {
                    assertTrue(c.boundValue() <= optimum[m.ordinal()] + 1e-15, m + " " + c.boundValue());
                }
            }
        }
    }

    /**
     * A functional row whose coefficients have denominators too large for the integer search (c = 0.1234567891
     * times CHSH of eq. 8): on the 64 X→B strategies the check falls back to exact enumeration, and the
     * certificate for the value F = c·0.2 is valid and reaches min C_X→B = 0.2 within the solver's accuracy.
     */
    @Test
    void functionalRowsWithUglyCoefficientsAreCheckedByEnumeration() {
        double c = 0.1234567891;
        relax.core.Scenario s = Boxes.prBox().scenario();
        double[] f = new double[s.size()];
        f[s.index(0, 0, 0, 0)] += c;
        f[s.index(0, 1, 0, 0)] += c;
        f[s.index(1, 0, 0, 0)] += c;
        f[s.index(1, 1, 0, 0)] -= c;
        for (int b = 0; b < 2; b++) {
            f[s.index(0, 0, 0, b)] -= c;
        }
        for (int a = 0; a < 2; a++) {
            f[s.index(0, 0, a, 0)] -= c;
        }
        BehaviourConstraints.Builder builder = BehaviourConstraints.builder(s).row(f, c * 0.2, "F");
        for (relax.core.NoSignalling.Condition ns : relax.core.NoSignalling.conditions(s, 0)) {
            builder.row(ns.coefficients(), 0, ns.label());
        }
        BehaviourConstraints constraints = builder.build();
        LocalityStrategies space = CausalModel.X_TO_B.strategies(s);
        RelaxationResult r = new Relaxation(space, constraints).solve(SolveOptions.defaults());
        assertEquals(0.2, r.value(), 1e-9, "eq. (7) in functional mode");
        assertValid(space, constraints, r.certificate());
        assertEquals(0.2, r.certificate().boundValue(), 1e-9);
    }

    /**
     * The rigorous floating-point bound on the pricing maximum is an upper bound on the exact maximum (found by
     * exact enumeration), for weights with huge denominators (the exact binary values of random doubles across
     * five orders of magnitude) under every structure; and it is tight relative to the data's scale
     * S = blocks·max|z| + Σw: within (n + 2)·2^−50·S ≈ 1e-14·S for the n = 9 blocks and ≤ 9 measure rows here
     * (the error budget of floating-point summation with a factor 8 of margin).
     */
    @Test
    void rigorousPricingBoundEnclosesTheExactMaximum() {
        Random rng = new Random(5);
        for (CausalModel m : CausalModel.values()) {
            LocalityStrategies space = m.strategies(relax.core.Scenario.bipartite(3, 3, 2, 2));
            for (int trial = 0; trial < 3; trial++) {
                BigFraction[] z = new BigFraction[space.scenario().size()];
                for (int e = 0; e < z.length; e++) {
                    z[e] = new BigFraction(rng.nextGaussian() * Math.pow(10, rng.nextInt(5) - 2));
                }
                BigFraction[] w = new BigFraction[space.measureRows()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = new BigFraction(rng.nextDouble() / w.length);
                }
                BigFraction exact = null;
                int[] entries = new int[space.scenario().inputBlocks()];
                int[] counts = new int[space.measureRows()];
                int[] lambda = space.digits().first();
                do {
                    space.column(lambda, entries);
                    space.measureCounts(lambda, counts);
                    BigFraction v = BigFraction.ZERO;
                    for (int e : entries) {
                        v = v.add(z[e]);
                    }
                    for (int i = 0; i < counts.length; i++) {
                        v = v.subtract(w[i].multiply(counts[i]));
                    }
                    exact = exact == null || v.compareTo(exact) > 0 ? v : exact;
                } while (space.digits().next(lambda));
                BigFraction bound = Certificate.rigorousMax(space, z, w);
                double scale = 0;
                for (BigFraction f : z) {
                    scale = Math.max(scale, Math.abs(f.doubleValue()));
                }
                scale *= entries.length;
                for (BigFraction f : w) {
                    scale += f.doubleValue();
                }
                assertTrue(bound.compareTo(exact) >= 0, m.key() + ": bound " + bound.doubleValue() + " below the exact maximum " + exact.doubleValue());
                assertTrue(bound.subtract(exact).doubleValue() <= 1e-14 * scale, m.key() + ": bound too loose by " + bound.subtract(exact).doubleValue()
                        + " at scale " + scale);
            }
        }
    }
}
