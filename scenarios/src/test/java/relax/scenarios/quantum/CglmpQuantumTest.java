package relax.scenarios.quantum;

import relax.scenarios.functional.BellFunctional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;

class CglmpQuantumTest {

    /** d = 2: the CGLMP measurements on the optimal state reach Tsirelson's bound 2√2 for I_2 (correlator CHSH). */
    @Test
    void twoOutcomesReachTsirelson() {
        assertEquals(2 * Math.sqrt(2), BellFunctional.cglmp(2).evaluate(CglmpQuantum.optimal(2)), 1e-9);
        assertEquals(2 * Math.sqrt(2), BellFunctional.cglmp(2).evaluate(CglmpQuantum.maximallyEntangled(2)), 1e-9);
    }

    /**
     * d = 3: Acín, Durt, Gisin, Latorre (2002) give I_3 = 1 + √(11/3) ≈ 2.9149 for the optimal state and
     * Collins et al. (2002) 2.8729 for the maximally entangled one.
     */
    @Test
    void threeOutcomesMatchAcinEtAl() {
        assertEquals(1 + Math.sqrt(11.0 / 3), BellFunctional.cglmp(3).evaluate(CglmpQuantum.optimal(3)), 1e-9);
        assertEquals(2.8729, BellFunctional.cglmp(3).evaluate(CglmpQuantum.maximallyEntangled(3)), 5e-5);
    }

    /** Acín et al. (2002), Table I: optimal I_d 2.9727 (d = 4) and 3.0157 (d = 5), maximally entangled 2.8962 (d = 4). */
    @Test
    void largerDimensionsMatchPublishedTable() {
        assertEquals(2.9727, BellFunctional.cglmp(4).evaluate(CglmpQuantum.optimal(4)), 5e-5);
        assertEquals(2.8962, BellFunctional.cglmp(4).evaluate(CglmpQuantum.maximallyEntangled(4)), 5e-5);
        assertEquals(3.0157, BellFunctional.cglmp(5).evaluate(CglmpQuantum.optimal(5)), 5e-5);
    }

    /** The optimal behaviours are normalised and no-signalling (Born rule on local measurements). */
    @Test
    void optimalBehaviourIsNormalisedAndNonSignalling() {
        Behaviour p = CglmpQuantum.optimal(6);
        p.validate(1e-12);
        assertTrue(p.signallingTo(0, 1e-12).isEmpty());
        assertTrue(p.signallingTo(1, 1e-12).isEmpty());
    }

    /** Visibility mixes linearly: I_d(v p + (1 − v) noise) = v I_d(p) since white noise gives I_d = 0. */
    @Test
    void visibilityScalesTheViolation() {
        double full = BellFunctional.cglmp(5).evaluate(CglmpQuantum.optimal(5));
        assertEquals(0, BellFunctional.cglmp(5).evaluate(Behaviour.uniform(CglmpQuantum.optimal(5).scenario())), 1e-12);
        assertEquals(0.8 * full, BellFunctional.cglmp(5).evaluate(CglmpQuantum.withVisibility(5, 0.8)), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> CglmpQuantum.withVisibility(5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> CglmpQuantum.optimal(1));
    }
}
