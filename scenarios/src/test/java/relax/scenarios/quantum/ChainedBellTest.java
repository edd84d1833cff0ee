package relax.scenarios.quantum;

import relax.lp.engine.SolveOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.locality.LocalityStrategies;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.solver.LpBackend;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * C_X→B of the chained-Bell behaviours of the scale table.
 *
 * <p>Hand bound (any m): around the chain of 2m pairs an LHV strategy breaks at least one relation
 * a ⊕ b = c(x,y); an X→B strategy breaks none only if Bob's response differs between the two chain
 * neighbours x = y−1, y of some y. So P(break) ≥ 1 − Σ_y P(β[y−1][y] ≠ β[y][y]) ≥ 1 − m·C, i.e.
 * C_X→B ≥ (1 − B)/m with B the observed sum of breaking probabilities over the chain:
 * B = m(1−v) for the box, m(1 − v cos(π/2m)) for the quantum correlations.
 */
class ChainedBellTest {

    private static RelaxationResult x2b(Behaviour p) {
        Relaxation r = new Relaxation(CausalModel.X_TO_B.strategies(p.scenario()), BehaviourConstraints.reproducing(p));
        return r.solve(SolveOptions.defaults().withBackends(List.of(LpBackend.named("glop"))));
    }

    /** The largest measure row of the reported model, recomputed here from its strategies: an upper bound on C_X→B. */
    private static double measureOfModel(Behaviour p, RelaxationResult r) {
        LocalityStrategies space = CausalModel.X_TO_B.strategies(p.scenario());
        double[] rows = new double[space.measureRows()];
        int[] counts = new int[space.measureRows()];
        double[] reproduced = new double[p.scenario().size()];
        int[] entries = new int[p.scenario().inputBlocks()];
        for (RelaxationResult.WeightedStrategy s : r.model()) {
            space.measureCounts(s.strategy(), counts);
            for (int i = 0; i < rows.length; i++) {
                rows[i] += s.weight() * counts[i];
            }
            space.column(s.strategy(), entries);
            for (int e : entries) {
                reproduced[e] += s.weight();
            }
        }
        for (int e = 0; e < reproduced.length; e++) {
            assertEquals(p.get(e), reproduced[e], 1e-9, "the model reproduces " + p.scenario().entryName(e));
        }
        double max = 0;
        for (double v : rows) {
            max = Math.max(max, v);
        }
        return max;
    }

    @Test
    void boxesAreValidBehavioursWithUniformMarginals() {
        for (int m = 2; m <= 6; m++) {
            for (Behaviour p : List.of(ChainedBell.box(m, 0.9), ChainedBell.quantum(m, 0.9))) {
                p.validate(1e-12);
                for (int block = 0; block < p.scenario().inputBlocks(); block++) {
                    assertEquals(0.5, p.marginal(0, 0, block), 1e-12);
                    assertEquals(0.5, p.marginal(1, 0, block), 1e-12);
                }
            }
        }
    }

    /** m = 2 is the white-noise PR box up to relabelling: C_X→B = v − 1/2 (lp's BackendAgreementTest derives it). */
    @Test
    void twoInputBoxNeedsVisibilityMinusOneHalf() {
        assertEquals(0.4, x2b(ChainedBell.box(2, 0.9)).value(), 1e-9);
    }

    /** At m = 3 the hand bound (1 − B)/m is attained: 1/3 − 0.1 = 7/30 for the box, by the model the LP returns. */
    @Test
    void threeInputBoxMeetsTheChainBound() {
        Behaviour p = ChainedBell.box(3, 0.9);
        RelaxationResult r = x2b(p);
        double bound = (1 - 3 * 0.1) / 3;
        assertTrue(r.verified());
        assertTrue(r.certificate().boundValue() >= bound - 1e-12);
        assertEquals(7.0 / 30, r.value(), 1e-9);
        assertEquals(7.0 / 30, measureOfModel(p, r), 1e-9);
    }

    @Test
    void threeInputQuantumCorrelationsMeetTheChainBound() {
        Behaviour p = ChainedBell.quantum(3, 0.9);
        RelaxationResult r = x2b(p);
        double bound = (1 - 3 * (1 - 0.9 * Math.cos(Math.PI / 6))) / 3;
        assertEquals(bound, r.value(), 1e-9);
        assertEquals(bound, measureOfModel(p, r), 1e-9);
    }

    /** From m = 4 on the chain bound is no longer tight: the value is larger, and still proven by the certificate. */
    @Test
    void fourInputBoxExceedsTheChainBound() {
        Behaviour p = ChainedBell.box(4, 0.9);
        RelaxationResult r = x2b(p);
        assertTrue(r.verified(), r.reason() + " " + r.diagnostics());
        assertTrue(r.value() > (1 - 4 * 0.1) / 4 + 1e-3);
        assertEquals(r.value(), measureOfModel(p, r), 1e-9);
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> ChainedBell.box(1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> ChainedBell.quantum(3, 1.5));
    }
}
