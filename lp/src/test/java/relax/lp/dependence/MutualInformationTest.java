package relax.lp.dependence;

import relax.lp.Boxes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Entropy;
import relax.core.locality.LhvStrategies;
import relax.core.Scenario;

class MutualInformationTest {
    private static final double BITS = 1 / Math.log(2);

    private static MutualInformation.Bracket minimum(Behaviour p, double gap) {
        return MutualInformation.minimum(new LhvStrategies(p.scenario()), p, InputDistribution.uniform(p.scenario()), gap, 100_000, null);
    }

    /**
     * A one-party model with two inputs and the two constant strategies, q(x,λ) = (1 + ε(−1)^{x+λ})/4:
     * by hand M = ε and I = 1 − h((1+ε)/2), the textbook binary channel.
     */
    @Test
    void explicitBinaryModelHasTextbookMutualInformation() {
        double eps = 0.1;
        MeasurementDependentModel m = binaryModel(eps);
        assertEquals(eps, m.measure(), 1e-15);
        assertEquals(1 - Entropy.binary((1 + eps) / 2), m.mutualInformation(), 1e-15);
    }

    /**
     * Pinsker's constant: the binary model obeys I ≥ (M²/2) log2 e, and for small ε its ratio I / (M² log2 e)
     * tends to 1/2, so the paper's I ≥ M² log2 e fails (ε = 0.1: I = 0.00722 < 0.01443).
     */
    @Test
    void pinskerHoldsWithHalfThePapersConstant() {
        for (double eps : new double[] {0.01, 0.1, 0.5, 0.9}) {
            MeasurementDependentModel m = binaryModel(eps);
            assertTrue(m.mutualInformation() >= MutualInformation.pinsker(m.measure()), "eps " + eps);
        }
        MeasurementDependentModel m = binaryModel(0.1);
        assertTrue(m.mutualInformation() < m.measure() * m.measure() * BITS, "the paper's constant fails");
        assertEquals(0.5, binaryModel(1e-3).mutualInformation() / (1e-6 * BITS), 1e-3);
    }

    private static MeasurementDependentModel binaryModel(double eps) {
        Scenario s = Scenario.of(new int[] {2}, new int[] {2});
        LhvStrategies space = new LhvStrategies(s);
        long zeros = 0;
        long ones = 3;
        assertEquals("a(x)=(1,1)", space.describe(space.digits().digits(ones)));
        double[] q = {(1 + eps) / 4, (1 - eps) / 4, (1 - eps) / 4, (1 + eps) / 4};
        return new MeasurementDependentModel(space, InputDistribution.uniform(s), new long[] {zeros, ones}, q);
    }

    /**
     * PR box, by hand: the explicit model has I = log2(4/3); the dual point c(a|x) = ln(4/3) on the PR box's
     * support (−∞ off it) is feasible because a deterministic strategy meets a ⊕ b = xy on at most three
     * input pairs, Σ_x p(x) e^{c} ≤ (3/4)(4/3) = 1, and gives log2(4/3). The bracket must contain it.
     */
    @Test
    void prBoxMinimumIsLogFourThirds() {
        MutualInformation.Bracket b = minimum(Boxes.prBox(), 1e-7);
        double exact = Math.log(4.0 / 3) * BITS;
        assertTrue(b.converged());
        assertTrue(b.lower() <= exact + 1e-12 && exact <= b.upper() + 1e-12, b.lower() + " " + b.upper());
        assertTrue(b.gap() <= 1e-7);
    }

    /**
     * Tsirelson's behaviour: the paper (after eq. 11) and Hall's analytic result give 0.0463 bits; the certified
     * bracket at gap 1e-6 must lie inside the interval [0.04625, 0.04635] that the 3-digit value stands for, and
     * its upper end must be the I of an explicit model that reproduces p.
     */
    @Test
    void tsirelsonMinimumIsHallsValue() {
        Behaviour p = MeasurementDependenceTest.tsirelson();
        MutualInformation.Bracket b = minimum(p, 1e-6);
        assertTrue(b.converged());
        assertTrue(b.lower() > 0.04625 && b.upper() < 0.04635, b.lower() + " " + b.upper());
        assertEquals(b.upper(), b.model().mutualInformation(), 1e-12, "the upper bound is the I of a model");
        assertModelReproduces(b.model(), p);
    }

    /** Pinsker ≤ certified lower ≤ upper ≤ I of the LP model, on PR, Tsirelson, GHZ and a noisy box. */
    @Test
    void boundsBracketEachOther() {
        for (Behaviour p : new Behaviour[] {Boxes.prBox(), MeasurementDependenceTest.tsirelson(), MeasurementDependenceTest.ghz(),
            MeasurementDependenceTest.isotropic(0.7)}) {
            MeasurementDependenceResult r = MeasurementDependenceTest.solve(p, MeasurementDependenceMeasure.M);
            MutualInformation.Bracket b = minimum(p, 1e-4);
            double pinsker = MutualInformation.pinsker(r.certificate().boundValue());
            assertTrue(pinsker <= b.lower() + 1e-12, p.name() + " pinsker " + pinsker + " lower " + b.lower());
            assertTrue(b.lower() <= b.upper() && b.gap() <= 1e-4, p.name());
            assertTrue(b.upper() <= r.model().mutualInformation() + 1e-9, p.name() + " " + b.upper() + " " + r.model().mutualInformation());
            assertModelReproduces(b.model(), p);
        }
    }

    /** A local behaviour needs no mutual information. */
    @Test
    void localBehaviourNeedsNone() {
        Behaviour p = Boxes.deterministic(Scenario.bipartite(2, 2, 2, 2), new int[] {0, 1}, new int[] {1, 1});
        MutualInformation.Bracket b = minimum(p, 1e-6);
        assertEquals(0, b.lower(), 1e-9);
        assertEquals(0, b.upper(), 1e-6);
    }

    private static void assertModelReproduces(MeasurementDependentModel m, Behaviour p) {
        double[] q = m.behaviour();
        for (int j = 0; j < q.length; j++) {
            assertEquals(p.get(j), q[j], 1e-9);
        }
    }
}
