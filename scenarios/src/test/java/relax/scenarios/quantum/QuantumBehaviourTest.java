package relax.scenarios.quantum;

import relax.scenarios.functional.BellFunctional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.scenarios.quantum.QuantumBehaviour.Basis;
import relax.scenarios.quantum.QuantumBehaviour.State;

class QuantumBehaviourTest {

    /** For the singlet, E(a, b) = −cos(θ_a − θ_b) for measurements in the X–Z plane (textbook). */
    @Test
    void singletCorrelatorIsMinusCosineOfAngleDifference() {
        double[] thetaA = {0.3, 1.7};
        double[] thetaB = {-0.4, 2.9};
        Behaviour p = QuantumBehaviour.of(State.singlet(), new Basis[][] {{Basis.xz(thetaA[0]), Basis.xz(thetaA[1])},
            {Basis.xz(thetaB[0]), Basis.xz(thetaB[1])}}, "", "");
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                double e = p.get(x, y, 0, 0) + p.get(x, y, 1, 1) - p.get(x, y, 0, 1) - p.get(x, y, 1, 0);
                assertEquals(-Math.cos(thetaA[x] - thetaB[y]), e, 1e-12);
                assertEquals(0.5, p.get(x, y, 0, 0) + p.get(x, y, 0, 1), 1e-12, "uniform marginal");
            }
        }
    }

    /** Chaves et al. 2015 after eq. (38): E_xy = cos θA cos θB + 2√(ε(1−ε)) sin θA sin θB for √ε|00⟩ + √(1−ε)|11⟩. */
    @Test
    void partiallyEntangledCorrelatorMatchesPaperFormula() {
        double eps = 0.2;
        double ta = 0.7;
        double tb = -1.1;
        Behaviour p = QuantumBehaviour.of(State.twoQubit(eps), new Basis[][] {{Basis.xz(ta)}, {Basis.xz(tb)}}, "", "");
        double e = p.get(0, 0, 0, 0) + p.get(0, 0, 1, 1) - p.get(0, 0, 0, 1) - p.get(0, 0, 1, 0);
        assertEquals(Math.cos(ta) * Math.cos(tb) + 2 * Math.sqrt(eps * (1 - eps)) * Math.sin(ta) * Math.sin(tb), e, 1e-12);
    }

    /** Random states and complex-phase measurements still give normalised, non-negative, no-signalling behaviours. */
    @Test
    void randomBehavioursAreNormalisedAndNonSignalling() {
        Random rng = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            State psi = State.random(new int[] {2, 2}, rng);
            Basis[][] m = new Basis[2][2];
            for (int i = 0; i < 2; i++) {
                for (int x = 0; x < 2; x++) {
                    m[i][x] = Basis.qubit(rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian());
                }
            }
            Behaviour p = QuantumBehaviour.of(psi, m, "", "");
            p.validate(1e-12);
            assertEquals(true, p.signallingTo(0, 1e-12).isEmpty());
            assertEquals(true, p.signallingTo(1, 1e-12).isEmpty());
        }
    }

    /** GHZ in X, Y: ⟨XXX⟩ = 1 and ⟨XYY⟩ = −1 (Mermin's argument). */
    @Test
    void ghzCorrelators() {
        Basis x = Basis.qubit(1, 0, 0);
        Basis y = Basis.qubit(0, 1, 0);
        Behaviour p = QuantumBehaviour.of(State.ghz(3), new Basis[][] {{x, y}, {x, y}, {x, y}}, "", "");
        assertEquals(4, BellFunctional.mermin().evaluate(p), 1e-12);
    }

    @Test
    void rejectsNonOrthonormalBasis() {
        assertThrows(IllegalArgumentException.class, () -> new Basis(new double[][] {{1, 0}, {1, 0}}, new double[2][2]));
    }
}
