package relax.lp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;
import relax.core.network.SwappingStrategies;
import relax.lp.Boxes;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.network.BilocalitySearch;
import relax.lp.network.BilocalityResult;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.LpSolution;
import relax.lp.solver.OjAlgoBackend;

/**
 * One verdict policy for every formulation: a claim that no model exists is made only with an exactly
 * verified proof, whatever a backend says. The unverifiable case is driven by a backend that answers a
 * slightly different LP — the first equality row's right-hand side moved by δ = 5e-8 — so that its
 * answers pass the engine's check (every residual ≤ 1e-7) but its phase-1 optimum is δ &gt; 0 on a feasible
 * problem. Every formulation must then report FAILED, never INFEASIBLE (no exact Farkas certificate can
 * exist for a feasible system, by weak duality).
 */
class VerdictPolicyTest {
    private static final double DELTA = 5e-8;

    /** ojAlgo on a copy of the LP whose first row's right-hand side is moved by {@link #DELTA}. */
    static final class ShiftedRhsBackend implements LpBackend {
        private final LpBackend inner = new OjAlgoBackend();

        @Override
        public String name() {
            return "shifted";
        }

        @Override
        public LpSolution solve(LinearProgram lp) {
            LinearProgram copy = new LinearProgram();
            for (int i = 0; i < lp.rows(); i++) {
                copy.addRow(lp.relation(i), lp.rhs(i) + (i == 0 && lp.relation(i) == LinearProgram.Relation.EQ ? DELTA : 0));
            }
            for (int j = 0; j < lp.columns(); j++) {
                int start = lp.colStart(j);
                int nnz = lp.colStart(j + 1) - start;
                int[] rows = new int[nnz];
                double[] values = new double[nnz];
                for (int k = 0; k < nnz; k++) {
                    rows[k] = lp.entryRow(start + k);
                    values[k] = lp.entryValue(start + k);
                }
                copy.addColumn(lp.cost(j), lp.isFree(j), rows, values, nnz);
            }
            LpSolution s = inner.solve(copy);
            return new LpSolution(s.status(), s.objective(), s.primal(), s.dual(), name(), s.nanos(), s.note());
        }
    }

    private static final SolveOptions SHIFTED = SolveOptions.defaults().withBackends(List.of(new ShiftedRhsBackend()));

    @Test
    void theShiftedBackendPassesTheCheck() {
        // the LHV phase-1 LP of a local deterministic behaviour: feasible, optimum 0; the shifted answer has objective δ
        Behaviour local = Boxes.deterministic(Scenario.bipartite(2, 2, 2, 2), new int[] {0, 1}, new int[] {1, 1});
        RelaxationResult r = new Relaxation(CausalModel.LHV.strategies(local.scenario()), BehaviourConstraints.reproducing(local)).solve(SHIFTED);
        assertTrue(r.diagnostics().fallbacks().stream().noneMatch(f -> f.startsWith("shifted returned")), "answers accepted: " + r.diagnostics());
        assertEquals(Status.FAILED, r.status(), r.reason());
        assertTrue(r.reason().contains("no Farkas certificate verifies"), r.reason());
    }

    @Test
    void locality() {
        Behaviour local = Boxes.deterministic(Scenario.bipartite(2, 2, 2, 2), new int[] {1, 0}, new int[] {0, 0});
        for (CausalModel m : CausalModel.values()) {
            RelaxationResult r = new Relaxation(m.strategies(local.scenario()), BehaviourConstraints.reproducing(local)).solve(SHIFTED);
            assertEquals(Status.FAILED, r.status(), m.key() + ": " + r.reason());
        }
    }

    @Test
    void measurementDependence() {
        Behaviour p = Boxes.tsirelson();
        for (MeasurementDependenceMeasure measure : MeasurementDependenceMeasure.values()) {
            MeasurementDependenceResult r = new MeasurementDependence(new LhvStrategies(p.scenario()), BehaviourConstraints.reproducing(p),
                    InputDistribution.uniform(p.scenario()), measure).solve(SHIFTED);
            assertEquals(Status.FAILED, r.status(), measure + ": " + r.reason());
        }
    }

    @Test
    void bilocality() {
        // a deterministic network behaviour: a = 0, b = 0, c = 0 for every x, z; bilocal, so feasible
        Scenario s = Scenario.of(new int[] {2, 1, 2}, new int[] {2, 2, 2});
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                p[s.index(s.block(x, 0, z), s.outcome(0, 0, 0))] = 1;
            }
        }
        SwappingStrategies.of(s);
        BilocalityResult r = BilocalitySearch.run(new Behaviour(s, p), SHIFTED.withThreads(1));
        assertEquals(Status.FAILED, r.status(), r.reason());
    }

    /** A measure is never reported below its exact bound: min C_A→B of a box just below the local region is the proven 0, not −1e-12. */
    @Test
    void measuresAreNeverNegative() {
        Behaviour almostLocal = Boxes.prBox().mix(0.5 - 1e-12, Behaviour.uniform(Scenario.bipartite(2, 2, 2, 2)));
        for (CausalModel m : List.of(CausalModel.X_TO_B, CausalModel.A_TO_B, CausalModel.COMMUNICATION)) {
            RelaxationResult r = new Relaxation(m.strategies(almostLocal.scenario()), BehaviourConstraints.reproducing(almostLocal))
                    .solve(SolveOptions.defaults());
            assertEquals(Status.OPTIMAL, r.status(), r.reason());
            assertTrue(r.value() >= r.certificate().boundValue() && r.value() >= 0, m.key() + ": " + r.value());
        }
    }
}
