package relax.scenarios.analysis;

import org.apache.commons.math3.fraction.BigFraction;
import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.CglmpQuantum;
import relax.scenarios.quantum.QuantumBehaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.scenarios.quantum.QuantumBehaviour.Basis;
import relax.scenarios.quantum.QuantumBehaviour.State;

class MeasurementDependenceAnalysisTest {
    private static final double TOL = 1e-9;

    private static MeasurementDependenceAnalysis.Outcome law(int d, double value, boolean noSignalling) {
        BellFunctional f = BellFunctional.cglmp(d);
        return MeasurementDependenceAnalysis.functional(f, value, noSignalling, MeasurementDependenceMeasure.M, InputDistribution.uniform(f.scenario()),
                SolveOptions.defaults());
    }

    /**
     * Chaves et al. 2015, eq. (11): min M = max(0, (I_d − 2)/4). Proof by hand for 2 ≤ I_d ≤ 4 (see
     * docs/measurement-dependence.md): ẑ = (f − 1/2)/4 is a certificate for every behaviour with that value,
     * and a model with I_d = 4, M = 1/2 (strategies satisfying three of the four CGLMP terms) plus convexity
     * in I_d gives the matching model; shifting every output by the same j mod d makes it no-signalling.
     */
    @Test
    void cglmpLawHoldsForSeveralDimensionsAndValues() {
        double[][] cases = {{2, 3.0, 0}, {3, 2.5, 1}, {5, 3.5, 0}, {8, 3.1, 1}, {6, 4.0, 0}, {12, 3.5, 1}};
        for (double[] c : cases) {
            MeasurementDependenceAnalysis.Outcome o = law((int) c[0], c[1], c[2] == 1);
            assertEquals(Status.OPTIMAL, o.status());
            assertTrue(o.result().verified(), "d = " + c[0] + ", I = " + c[1]);
            assertEquals((c[1] - 2) / 4, o.result().value(), TOL, "d = " + c[0] + ", I = " + c[1]);
            assertTrue(o.miLower() <= o.miUpper());
        }
    }

    /** Local values need nothing; I_d > 4 is impossible for every behaviour (exact Farkas certificate). */
    @Test
    void cglmpOutsideTheViolatingRange() {
        assertEquals(0, law(4, 1.5, true).result().value(), TOL);
        MeasurementDependenceAnalysis.Outcome o = law(3, 4.5, false);
        assertEquals(Status.INFEASIBLE, o.status());
        assertTrue(o.result().verified());
    }

    /**
     * The paper's max(0, (I_d − 2)/4) fails below the local minimum: relabelling b → b ⊕ 1 maps I_2 (correlator
     * CHSH) to −I_2 and leaves M unchanged, so I_2 = −3 needs M = 1/4, not 0.
     */
    @Test
    void cglmpLawFailsBelowTheLocalMinimum() {
        assertEquals(0.25, law(2, -3, false).result().value(), TOL);
    }

    /**
     * The full CGLMP-optimal quantum behaviours need exactly the functional-mode minimum (lower bound: the law's
     * certificate holds for every behaviour with that I_d; upper bound: the verified model).
     */
    @Test
    void optimalQuantumBehavioursMeetTheLaw() {
        for (int d : new int[] {3, 4}) {
            Behaviour p = CglmpQuantum.optimal(d);
            MeasurementDependenceAnalysis.Outcome o = MeasurementDependenceAnalysis.behaviour(p, MeasurementDependenceMeasure.M,
                    InputDistribution.uniform(p.scenario()), SolveOptions.defaults(), false, 1e-4, 1, null);
            assertTrue(o.result().verified());
            assertEquals((BellFunctional.cglmp(d).evaluate(p) - 2) / 4, o.result().value(), TOL);
        }
    }

    /** No-signalling rows vanish on quantum behaviours (three parties) and catch a behaviour where b = x. */
    @Test
    void noSignallingRowsForAnyNumberOfParties() {
        Basis x = Basis.qubit(1, 0, 0);
        Basis y = Basis.qubit(0, 1, 0);
        Behaviour ghz = QuantumBehaviour.of(State.ghz(3), new Basis[][] {{x, y}, {x, y}, {x, y}}, "", "");
        BehaviourConstraints c = FunctionalConstraints.of(BellFunctional.mermin(), new BigFraction(4), true);
        assertTrue(c.rows() > 2);
        for (int k = 0; k < c.rows(); k++) {
            assertEquals(c.rhs(k), evaluate(c.row(k), ghz), 1e-12, c.row(k).label());
        }
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[s.size()];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                p[s.index(a, b, 0, a)] = 1;
            }
        }
        BehaviourConstraints ns = FunctionalConstraints.of(BellFunctional.chshCorrelator(), BigFraction.ZERO, true);
        boolean violated = false;
        for (int k = 2; k < ns.rows(); k++) {
            violated |= Math.abs(evaluate(ns.row(k), new Behaviour(s, p))) > 0.5;
        }
        assertTrue(violated);
    }

    private static double evaluate(BehaviourConstraints.Row row, Behaviour p) {
        double v = 0;
        for (int t = 0; t < row.entries().length; t++) {
            v += row.coefficients()[t] * p.get(row.entries()[t]);
        }
        return v;
    }

    @Test
    void functionalNamesAreChecked() {
        assertEquals("cglmp5", FunctionalConstraints.named("cglmp", Scenario.parse("2,2,5,5")).name());
        assertThrows(IllegalArgumentException.class, () -> FunctionalConstraints.named("cglmp", Scenario.parse("2,2,3,4")));
        assertThrows(IllegalArgumentException.class, () -> FunctionalConstraints.named("chsh", Scenario.parse("2,2,3,3")));
        assertThrows(IllegalArgumentException.class, () -> FunctionalConstraints.named("nope", Scenario.parse("2,2,2,2")));
    }
}
