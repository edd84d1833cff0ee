package relax.scenarios.functional;

import relax.lp.engine.SolveOptions;
import relax.scenarios.quantum.Bilocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.network.SwappingStrategies;
import relax.lp.network.BilocalitySearch;
import relax.lp.network.BilocalityResult;

class BilocalityInequalityTest {

    /** Everyone outputs 0: every correlator is 1, so I = 1 and J = ¼(1 − 1 − 1 + 1) = 0; B = 1 saturates the bound. */
    @Test
    void deterministicBehaviourSaturatesTheBilocalBound() {
        Scenario s = BilocalityInequality.SCENARIO;
        double[] p = new double[s.size()];
        for (int block = 0; block < 4; block++) {
            p[s.index(block, 0)] = 1;
        }
        BilocalityInequality b = BilocalityInequality.of(new Behaviour(s, p));
        assertEquals(1, b.i(), 0);
        assertEquals(0, b.j(), 0);
        assertEquals(1, b.b(), 0);
        assertEquals(0, b.nonBilocalityBound(), 0);
    }

    /** w1 · eq. (55) + w2 · (everyone outputs 0) + (1 − w1 − w2) · white noise: I = w1/2 + w2, J = w1/2. */
    private static Behaviour mixture(double w1, double w2) {
        Scenario s = BilocalityInequality.SCENARIO;
        double[] zero = new double[s.size()];
        for (int block = 0; block < 4; block++) {
            zero[s.index(block, 0)] = 1;
        }
        return Bilocal.werner(1).mix(w1 / (w1 + w2), new Behaviour(s, zero)).mix(w1 + w2, Behaviour.uniform(s));
    }

    /**
     * The hand-proved bound M_BL ≥ 4|I||J| − (1 − |I| − |J|)² (docs/bilocality.md) holds when I ≠ J too: the
     * certified minimum is never below it.
     */
    @Test
    void boundHoldsForAsymmetricBehaviours() {
        SolveOptions options = SolveOptions.defaults().withResolution(1e-3).withThreads(2);
        for (double[] w : new double[][] {{0.8, 0.1}, {0.6, 0.3}, {0.75, 0.25}}) {
            Behaviour p = mixture(w[0], w[1]);
            BilocalityInequality b = BilocalityInequality.of(p);
            assertEquals(w[0] / 2 + w[1], b.i(), 1e-12);
            assertEquals(w[0] / 2, b.j(), 1e-12);
            BilocalityResult r = BilocalitySearch.run(p, options);
            assertTrue(r.value() >= b.nonBilocalityBound() - 1e-9, "min M_BL " + r.value() + " below the bound " + b.nonBilocalityBound());
        }
    }

    /**
     * B² − 1 is not a lower bound on M_BL once I ≠ J: for w1 = 0.8, w2 = 0.1 (I = 0.5, J = 0.4, B² − 1 ≈ 0.7944) the search
     * returns an explicit q reproducing p with M_BL(q) = 0.79, recomputed here from eq. (46).
     */
    @Test
    void bSquaredMinusOneOverestimatesTheMinimumWhenIAndJDiffer() {
        Behaviour p = mixture(0.8, 0.1);
        BilocalityInequality b = BilocalityInequality.of(p);
        BilocalityResult r = BilocalitySearch.run(p, SolveOptions.defaults().withResolution(1e-3).withThreads(2));
        SwappingStrategies space = SwappingStrategies.of(p.scenario());
        double[] produced = space.behaviour(r.q());
        for (int i = 0; i < produced.length; i++) {
            assertEquals(p.get(i), produced[i], 1e-9, p.scenario().entryName(i));
        }
        double m = space.nonBilocality(r.q());
        assertEquals(0.79, m, 1e-9);
        assertTrue(m < b.b() * b.b() - 1 - 1e-3, "M_BL(q) = " + m + " vs B² − 1 = " + (b.b() * b.b() - 1));
    }

    @Test
    void needsTheBinarySwappingScenario() {
        assertThrows(IllegalArgumentException.class, () -> BilocalityInequality.of(Bilocal.pauliSwapping()));
    }
}
