package relax.scenarios.quantum;

import relax.scenarios.functional.BellFunctional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;

class ExampleBehavioursTest {

    private static void normalisedAndNonSignalling(Behaviour p) {
        p.validate(1e-12);
        for (int party = 0; party < p.scenario().parties(); party++) {
            assertTrue(p.signallingTo(party, 1e-12).isEmpty(), p.name() + " signals to party " + party);
        }
    }

    /** PR box: S = 4, so v·PR + (1−v)·noise has S = 4v and eq. (8) value (4v − 2)/4 = v − 1/2. */
    @Test
    void noisyPrBoxHasChshVMinusHalf() {
        for (double v : new double[] {0, 0.3, 0.5, 0.8, 1}) {
            Behaviour p = ExampleBehaviours.prBox(v);
            normalisedAndNonSignalling(p);
            assertEquals(4 * v, BellFunctional.chshCorrelator().evaluate(p), 1e-14);
            assertEquals(v - 0.5, BellFunctional.chshMax(p), 1e-14);
        }
    }

    /** Tsirelson box: E_xy = (−1)^(xy)/√2, so S = 2√2·v. */
    @Test
    void tsirelsonBoxReachesTsirelsonsBound() {
        Behaviour p = ExampleBehaviours.tsirelson(0.9);
        normalisedAndNonSignalling(p);
        assertEquals(2 * Math.sqrt(2) * 0.9, BellFunctional.chshCorrelator().evaluate(p), 1e-14);
    }

    /**
     * Singlet: E = −cos(θ_a − θ_b) with uniform marginals; at the angles 0, π/2 and 5π/4, 3π/4 this gives
     * E = (1, 1, 1, −1)/√2, the Tsirelson box's correlators, so the Born-rule behaviour equals the closed form.
     */
    @Test
    void wernerStateEqualsTsirelsonBoxAtEveryVisibility() {
        for (double v : new double[] {0.2, 0.7071, 1}) {
            Behaviour w = ExampleBehaviours.werner(v);
            Behaviour t = ExampleBehaviours.tsirelson(v);
            normalisedAndNonSignalling(w);
            for (int i = 0; i < 16; i++) {
                assertEquals(t.get(i), w.get(i), 1e-14, "entry " + i + " at v=" + v);
            }
        }
    }

    /** Chaves et al. 2015 after eq. (38): at the paper's angles I_A→B = 3 + cos θ + 2√(ε(1−ε)) sin θ; at θ = arctan 2√(ε(1−ε)) this is 3 + √(1 + 4ε(1−ε)). */
    @Test
    void twoQubitFamilyViolatesIAtoBAsThePaperComputes() {
        for (double eps : new double[] {0.01, 0.25, 0.5, 0.93}) {
            double s = 2 * Math.sqrt(eps * (1 - eps));
            double theta = Math.atan(s);
            Behaviour p = ExampleBehaviours.twoQubit(eps, ExampleBehaviours.iAtoBAliceAngles(), ExampleBehaviours.iAtoBBobAngles(eps), 1);
            normalisedAndNonSignalling(p);
            assertEquals(3 + Math.cos(theta) + s * Math.sin(theta), BellFunctional.iAtoB().evaluate(p), 1e-12);
            assertEquals(3 + Math.sqrt(1 + s * s), BellFunctional.iAtoB().evaluate(p), 1e-12);
        }
    }

    /** Eq. (36): I3322 = 2v − 1 (paper, after Fig. 2). */
    @Test
    void i3322BoxHasValueTwoVMinusOne() {
        for (double v : new double[] {0, 0.5, 0.75, 1}) {
            Behaviour p = ExampleBehaviours.i3322Box(v);
            normalisedAndNonSignalling(p);
            assertEquals(2 * v - 1, BellFunctional.i3322().evaluate(p), 1e-14);
        }
    }

    /** GHZ in X/Y: ⟨XXX⟩ = 1, ⟨XYY⟩ = ⟨YXY⟩ = ⟨YYX⟩ = −1, so Mermin's expression is 4v. */
    @Test
    void ghzReachesMerminsMaximum() {
        Behaviour p = ExampleBehaviours.ghz(0.6);
        normalisedAndNonSignalling(p);
        assertEquals(2.4, BellFunctional.mermin().evaluate(p), 1e-12);
    }

    /** Random quantum behaviours are valid and cannot exceed Tsirelson's bound (eq. 8: (√2 − 1)/2). */
    @Test
    void randomQuantumBehavioursObeyTsirelsonsBound() {
        Random rng = new Random(11);
        for (int i = 0; i < 30; i++) {
            Behaviour p = i % 2 == 0 ? ExampleBehaviours.randomQubits(rng) : ExampleBehaviours.randomNearTsirelson(rng, 0.4);
            normalisedAndNonSignalling(p);
            assertTrue(BellFunctional.chshMax(p) <= (Math.sqrt(2) - 1) / 2 + 1e-12);
        }
    }

    @Test
    void rejectsVisibilityOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> ExampleBehaviours.prBox(1.5));
        assertThrows(IllegalArgumentException.class, () -> ExampleBehaviours.werner(-0.1));
        assertThrows(IllegalArgumentException.class, () -> ExampleBehaviours.twoQubit(0.5, new double[0], new double[] {0}, 1));
    }
}
