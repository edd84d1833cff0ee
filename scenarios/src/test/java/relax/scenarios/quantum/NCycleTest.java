package relax.scenarios.quantum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.NoDisturbance;

/** The n-cycle behaviours from explicit vectors (Araújo et al. 2013) against the closed forms. */
class NCycleTest {

    /**
     * Odd n: v_j · v_{j+1} = cos²θ + sin²θ cos(π(n−1)/n) = cos²θ − sin²θ cos(π/n) = 0 with cos²θ = cos(π/n)/(1 + cos(π/n)),
     * and v_{n−1} · v_0 = cos²θ + sin²θ cos((n−1)²π/n) = 0 too, since (n−1)²π/n = (n−2)π + π/n and n − 2 is odd.
     */
    @Test
    void consecutiveVectorsAreOrthogonal() {
        for (int n = 3; n <= 11; n += 2) {
            for (int j = 0; j < n; j++) {
                double[] a = NCycle.vector(n, j);
                double[] b = NCycle.vector(n, (j + 1) % n);
                assertEquals(0, a[0] * b[0] + a[1] * b[1] + a[2] * b[2], 1e-15, "n = " + n + ", j = " + j);
                assertEquals(1, a[0] * a[0] + a[1] * a[1] + a[2] * a[2], 1e-15);
            }
        }
    }

    /**
     * Ω of the explicit behaviours equals the closed forms: odd n, each context has p(−+) = p(+−) = cos²θ, p(++) = 0, so
     * ⟨A_j A_{j+1}⟩ = 1 − 4cos²θ and Ω = n(4cos²θ − 1) = n(3cos(π/n) − 1)/(1 + cos(π/n)); even n, ⟨A_j A_{j+1}⟩ =
     * cos(φ_j − φ_{j+1}) on |Φ+⟩, so Ω = (n − 1)cos(π/n) − cos((n − 1)π/n) = n cos(π/n).
     */
    @Test
    void omegaReachesTheQuantumMaximum() {
        for (int n = 3; n <= 12; n++) {
            CompatibilityBehaviour p = NCycle.quantum(n, 1);
            p.validate(1e-12);
            assertTrue(NoDisturbance.check(p, 1e-12).holds(), "n = " + n);
            double c = Math.cos(Math.PI / n);
            double expected = n % 2 == 0 ? n * c : n * (3 * c - 1) / (1 + c);
            assertEquals(expected, NCycle.expression(p.scenario()).value(p), 1e-12, "n = " + n);
            assertEquals(expected, NCycle.quantumMaximum(n), 1e-12);
        }
        // KCBS: 4√5 − 5
        assertEquals(4 * Math.sqrt(5) - 5, NCycle.quantumMaximum(5), 1e-12);
    }

    /** n = 4 is the Tsirelson box: uniform marginals and correlators ±1/√2 (CHSH = 2√2). */
    @Test
    void fourCycleIsTsirelson() {
        CompatibilityBehaviour p = NCycle.quantum(4, 1);
        for (int c = 0; c < 4; c++) {
            double e = p.get(c, 0) - p.get(c, 1) - p.get(c, 2) + p.get(c, 3);
            assertEquals(c == 3 ? -Math.sqrt(0.5) : Math.sqrt(0.5), e, 1e-15);
            assertEquals(0.5, p.get(c, 0) + p.get(c, 1), 1e-15);
        }
    }
}
