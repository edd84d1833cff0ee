package relax.scenarios.reproduce.curves;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.InfluenceAnalysis;

/** Chaves et al. 2015, eq. (10): the A→B bound by brute force and its violation by the two-qubit family. */
class IabRelationsTest {

    /**
     * Brute force with its own loops, independent of the engine's strategy encoding: a = α_x, b = β[a][y] for every
     * α ∈ {0,1}³ and β ∈ {0,1}^(2×3); E_xy = (−1)^(a+b). The maximum of E00 − E02 − E11 + E12 − E20 + E21 is 4.
     */
    @Test
    void boundFourHoldsOverEveryDeterministicAtoBStrategy() {
        int[][] c = {{1, 0, -1}, {0, -1, 1}, {-1, 1, 0}};
        int max = Integer.MIN_VALUE;
        int count = 0;
        for (int alpha = 0; alpha < 8; alpha++) {
            for (int beta = 0; beta < 64; beta++) {
                int value = 0;
                for (int x = 0; x < 3; x++) {
                    int a = (alpha >> x) & 1;
                    for (int y = 0; y < 3; y++) {
                        int b = (beta >> (3 * a + y)) & 1;
                        value += c[x][y] * ((a ^ b) == 0 ? 1 : -1);
                    }
                }
                max = Math.max(max, value);
                count++;
            }
        }
        assertEquals(4, max);
        IabCurve.Enumeration e = IabCurve.enumerate();
        assertEquals(count, e.strategies());
        assertEquals(max, e.max());
    }

    /** For every ε ∈ (0,1) the behaviour violates eq. (10), so the A→B LP must be infeasible, with an exact certificate. */
    @Test
    void twoQubitFamilyHasNoAtoBModel() {
        for (double eps : new double[] {0.02, 0.25, 0.5, 0.97}) {
            RelaxationResult r = InfluenceAnalysis.run(IabCurve.behaviour(eps), CausalModel.A_TO_B, SolveOptions.defaults(), 1e-9).result();
            assertEquals(Status.INFEASIBLE, r.status(), "eps=" + eps);
            assertTrue(r.verified() && r.certificate().provesInfeasible() && r.certificate().boundValue() > 0, "eps=" + eps);
        }
    }
}
