package relax.lp.network;

import relax.lp.engine.SolveOptions;

import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult;
import relax.lp.solver.CommonsBackend;
import relax.lp.solver.LpBackend;
import relax.lp.solver.OjAlgoBackend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;

class NonBilocalityTest {
    private static final SolveOptions BACKENDS = SolveOptions.defaults();

    /** At the ν of the explicit bilocal model the fixed-ν LP reaches 0 (the model itself is a feasible q with M_BL = 0). */
    @Test
    void productOfSourcesHasZeroNonBilocalityAtItsOwnParameter() {
        NonBilocality problem = new NonBilocality(Networks.productOfSources());
        double nu = Networks.productOfSourcesNu();
        NonBilocality.Solution s = problem.solve(new double[] {nu}, new double[] {nu}, BACKENDS);
        assertEquals(Status.OPTIMAL, s.status());
        assertEquals(0, s.value(), 1e-9);
        assertTrue(s.lowerBound().doubleValue() <= 1e-12, "an exact lower bound of a zero minimum is at most 0");
    }

    /**
     * The LP's q is a genuine solution: it reproduces p, its own q^a_00 is ν, and its M_BL computed from eq. (46)
     * directly is the LP value; the exact dual bound is within 1e-9 below it.
     */
    @Test
    void fixedParameterOptimumIsTheNonBilocalityOfItsDistribution() {
        Behaviour p = Networks.productOfSources();
        NonBilocality problem = new NonBilocality(p);
        NonBilocality.Range range = problem.range(0, new double[0], BACKENDS).orElseThrow();
        for (double t : new double[] {0, 0.3, 1}) {
            double nu = range.min() + t * (range.max() - range.min());
            NonBilocality.Solution s = problem.solve(new double[] {nu}, new double[] {nu}, BACKENDS);
            double[] produced = problem.space().behaviour(s.q());
            for (int i = 0; i < produced.length; i++) {
                assertEquals(p.get(i), produced[i], 1e-9, "T q = p at " + p.scenario().entryName(i));
            }
            assertEquals(nu, problem.space().aliceMarginal(s.q())[0], 1e-9, "q's own free weight is ν");
            assertEquals(problem.space().nonBilocality(s.q()), s.value(), 1e-9, "LP value = M_BL(q) of eq. (46)");
            double bound = s.lowerBound().doubleValue();
            assertTrue(bound <= s.value() + 1e-12 && bound >= s.value() - 1e-9, "exact bound " + bound + " vs value " + s.value());
        }
    }

    /** The shared bit forces ν = ½ (range [½, ½] by hand) and M_BL = 1. */
    @Test
    void sharedBitForcesItsParameterAndNonBilocalityOne() {
        NonBilocality problem = new NonBilocality(Networks.sharedBit(Networks.BINARY));
        NonBilocality.Range r = problem.range(0, new double[0], BACKENDS).orElseThrow();
        assertEquals(0.5, r.min(), 1e-9);
        assertEquals(0.5, r.max(), 1e-9);
        assertTrue(r.minLowerBound().doubleValue() <= 0.5 && r.maxUpperBound().doubleValue() >= 0.5, "outward exact bounds");
        NonBilocality.Solution s = problem.solve(new double[] {0.5}, new double[] {0.5}, BACKENDS);
        assertEquals(1, s.value(), 1e-9);
    }

    /** A box beyond the feasible range is discarded only with an exact proof that it misses it (by ν_min − 0.6 = 0.1 here). */
    @Test
    void boxOutsideTheRangeIsProvenEmpty() {
        NonBilocality problem = new NonBilocality(Networks.sharedBit(Networks.BINARY));
        NonBilocality.Solution s = problem.solve(new double[] {0.6}, new double[] {0.7}, BACKENDS);
        assertEquals(Status.INFEASIBLE, s.status());
        assertEquals(0.1, s.lowerBound().doubleValue(), 1e-9, "ℓ1 distance of the box from ν = ½");
    }

    /** The McCormick bound of a box never exceeds M_BL(ν) at points of the box, and is exact on a point box. */
    @Test
    void boxBoundIsBelowTheValueAtEveryPointOfTheBox() {
        NonBilocality problem = new NonBilocality(Networks.productOfSources()).tightened(BACKENDS);
        NonBilocality.Range r = problem.range(0, new double[0], BACKENDS).orElseThrow();
        double lo = r.min() + 0.2 * (r.max() - r.min());
        double hi = r.min() + 0.6 * (r.max() - r.min());
        double bound = problem.solve(new double[] {lo}, new double[] {hi}, BACKENDS).lowerBound().doubleValue();
        for (int i = 0; i <= 8; i++) {
            double nu = lo + (hi - lo) * i / 8;
            double value = problem.solve(new double[] {nu}, new double[] {nu}, BACKENDS).value();
            assertTrue(bound <= value + 1e-12, "box bound " + bound + " above M_BL(" + nu + ") = " + value);
        }
    }
}
