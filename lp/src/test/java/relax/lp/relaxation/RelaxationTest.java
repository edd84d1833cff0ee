package relax.lp.relaxation;

import relax.lp.engine.Status;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.Boxes;
import relax.lp.solver.LpBackend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.locality.LocalityStrategies;
import relax.core.Scenario;

/**
 * Relaxation values derived by hand (derivations in each test's comment), on every backend and both
 * methods. Each optimum is also checked independently of the LP: the reported model reproduces p when
 * its strategies are re-evaluated from their definitions, its measure computed from eq. (29)/(4)/(39)
 * equals the value, and the exact certificate bound equals it too.
 */
class RelaxationTest {

    static Stream<Arguments> settings() {
        return Stream.of(Arguments.of("ojalgo", Method.ENUMERATE), Arguments.of("ojalgo", Method.COLGEN),
                Arguments.of("commons", Method.ENUMERATE), Arguments.of("commons", Method.COLGEN));
    }

    private static RelaxationResult solve(CausalModel m, Behaviour p, String backend, Method method) {
        SolveOptions o = SolveOptions.defaults().withBackends(List.of(LpBackend.named(backend))).withMethod(method);
        return new Relaxation(m.strategies(p.scenario()), BehaviourConstraints.reproducing(p)).solve(o);
    }

    /** Optimal, verified, value as derived, and the model re-checked from the strategy definitions. */
    private static void assertOptimum(double expected, CausalModel m, Behaviour p, String backend, Method method) {
        RelaxationResult r = solve(m, p, backend, method);
        assertEquals(Status.OPTIMAL, r.status(), r.reason() + " " + r.diagnostics());
        assertEquals(expected, r.value(), 1e-9);
        assertTrue(r.verified(), "certificate and model verified");
        assertEquals(expected, r.certificate().boundValue(), 1e-9, "exact dual bound");
        LocalityStrategies space = m.strategies(p.scenario());
        assertEquals(0, Independent.maxDeviation(space, r.model(), p), 1e-9, "model reproduces p");
        assertEquals(expected, Independent.measure(space, r.model()), 1e-9, "measure of the model from its definition");
    }

    /**
     * PR box (a ⊕ b = xy). Every strategy reproducing it has b = α_x ⊕ xy:
     * x2b: β_{0,y} ⊕ β_{1,y} = α_0 ⊕ α_1 ⊕ y, so for uniform independent α each y differs with probability 1/2,
     * and max_y P(differ) ≥ 1/2 since the two y cannot both have α_0 ⊕ α_1 ⊕ y = 0: min C_X→B = 1/2.
     * a2b: α_0 = α_1 would need β_{α_0,1} = α_0 and = α_0 ⊕ 1, so α_0 ≠ α_1 always; then β_{a,0} = a for both a,
     * so Bob's y = 0 response always depends on a: min C_A→B = 1 (the paper's eq. 38 claims 1/2).
     * comm: μ_0 = μ_1 would force α_0 = α_1 (y = 0) and α_0 = α_1 ⊕ 1 (y = 1), so μ_0 ≠ μ_1 always and
     * exactly one x sends m = 0: p(m=0) = 1/2 in every model.
     */
    @ParameterizedTest
    @MethodSource("settings")
    void prBox(String backend, Method method) {
        assertOptimum(0.5, CausalModel.X_TO_B, Boxes.prBox(), backend, method);
        assertOptimum(1.0, CausalModel.A_TO_B, Boxes.prBox(), backend, method);
        assertOptimum(0.5, CausalModel.COMMUNICATION, Boxes.prBox(), backend, method);
    }

    /** The PR box violates CHSH, so it is not local; the certificate is a Bell inequality it violates, checked exactly. */
    @ParameterizedTest
    @MethodSource("settings")
    void prBoxIsNotLocal(String backend, Method method) {
        RelaxationResult r = solve(CausalModel.LHV, Boxes.prBox(), backend, method);
        assertEquals(Status.INFEASIBLE, r.status());
        assertTrue(r.verified());
        assertTrue(r.certificate().provesInfeasible());
        // Independent check of the Farkas inequality: ⟨ẑ, T_λ⟩ ≤ 0 for all 16 local deterministic strategies, ⟨ẑ, p⟩ > 0.
        BigFraction[] z = r.certificate().entryWeights();
        Scenario s = Boxes.prBox().scenario();
        for (int f = 0; f < 4; f++) {
            for (int g = 0; g < 4; g++) {
                Behaviour d = Boxes.deterministic(s, new int[] {f & 1, f >> 1}, new int[] {g & 1, g >> 1});
                assertTrue(Independent.pair(z, d).compareTo(BigFraction.ZERO) <= 0);
            }
        }
        assertTrue(Independent.pair(z, Boxes.prBox()).compareTo(BigFraction.ZERO) > 0);
    }

    /** A deterministic local behaviour needs no relaxation: every measure is 0 and it is local. */
    @ParameterizedTest
    @MethodSource("settings")
    void deterministicLocalBehaviourNeedsNothing(String backend, Method method) {
        Behaviour d = Boxes.deterministic(Scenario.bipartite(2, 2, 3, 2), new int[] {2, 0}, new int[] {1, 0});
        for (CausalModel m : CausalModel.values()) {
            assertOptimum(0, m, d, backend, method);
        }
    }

    /** The same with three inputs and three outputs (≈2·10^4 strategies: ojAlgo only, the dense reference is too slow). */
    @Test
    void deterministicLocalBehaviourInLargerScenario() {
        Behaviour d = Boxes.deterministic(Scenario.bipartite(3, 2, 3, 3), new int[] {2, 0, 1}, new int[] {1, 1});
        for (CausalModel m : CausalModel.values()) {
            assertOptimum(0, m, d, "ojalgo", Method.ENUMERATE);
            assertOptimum(0, m, d, "ojalgo", Method.COLGEN);
        }
    }

    /**
     * Bob outputs b = x (he reads Alice's input). Under x2b every λ needs β_{0,y} = 0, β_{1,y} = 1, so
     * min C_X→B = 1; under LHV it is infeasible (Bob's marginal signals).
     */
    @ParameterizedTest
    @MethodSource("settings")
    void bobReadingXNeedsFullInfluence(String backend, Method method) {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                p[s.index(x, y, 0, x)] = 1;
            }
        }
        Behaviour b = new Behaviour(s, p);
        assertOptimum(1, CausalModel.X_TO_B, b, backend, method);
        assertEquals(Status.INFEASIBLE, solve(CausalModel.LHV, b, backend, method).status());
    }

    /** Alice's marginal depends on y: no structure here lets anything reach Alice, so all are infeasible. */
    @ParameterizedTest
    @MethodSource("settings")
    void aliceSignallingIsInfeasibleForEveryStructure(String backend, Method method) {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                p[s.index(x, y, y, 0)] = 1;
            }
        }
        for (CausalModel m : CausalModel.values()) {
            RelaxationResult r = solve(m, new Behaviour(s, p), backend, method);
            assertEquals(Status.INFEASIBLE, r.status(), m.key());
            assertTrue(r.verified(), m.key());
        }
    }

    /**
     * The d-output PR box a − b ≡ x·y (mod d), uniform a. Every strategy has β_{x,y} = α_x − xy. With
     * c = α_1 − α_0: y = 0 needs c = 0 for β_{0,0} = β_{1,0}, y = 1 needs c = 1; both cannot hold, so
     * max_y P(β_{0,y} ≠ β_{1,y}) ≥ 1/2. For each b, |δ(b,β_0) − δ(b,β_1)| summed over b is 2·[β_0 ≠ β_1], so
     * max_b ≥ (2/d)·P(differ) ≥ 1/d. Attained by α_0 uniform, c ∈ {0,1} fair and independent: every row
     * equals (1/d)·P(c ≠ ·) + (1/d)·P(c ≠ ·) = 1/d. So min C_X→B = 1/d.
     */
    @ParameterizedTest
    @MethodSource("settings")
    void dOutputPrBox(String backend, Method method) {
        for (int d = 2; d <= 3; d++) {
            Scenario s = Scenario.bipartite(2, 2, d, d);
            double[] p = new double[s.size()];
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    for (int a = 0; a < d; a++) {
                        p[s.index(x, y, a, Math.floorMod(a - x * y, d))] = 1.0 / d;
                    }
                }
            }
            assertOptimum(1.0 / d, CausalModel.X_TO_B, new Behaviour(s, p), backend, method);
        }
    }

    /**
     * Three inputs for Alice, two for Bob: b = a ⊕ [x = 2]·y, uniform a. Every strategy has β_{x,0} = α_x and
     * β_{x,1} = α_x ⊕ [x = 2], so P(β_{0,0} ≠ β_{2,0}) + P(β_{0,1} ≠ β_{2,1}) = P(α_0 ≠ α_2) + P(α_0 = α_2) = 1:
     * min C_X→B ≥ 1/2, attained by α_0 = α_1 uniform and α_2 independent uniform.
     */
    @ParameterizedTest
    @MethodSource("settings")
    void asymmetricScenario(String backend, Method method) {
        Scenario s = Scenario.bipartite(3, 2, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    p[s.index(x, y, a, a ^ ((x == 2 ? 1 : 0) & y))] = 0.5;
                }
            }
        }
        assertOptimum(0.5, CausalModel.X_TO_B, new Behaviour(s, p), backend, method);
    }

    /** Column generation never builds the full T: it stops with far fewer columns than strategies. */
    @Test
    void columnGenerationUsesFewColumns() {
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                for (int a = 0; a < 2; a++) {
                    p[s.index(x, y, a, a ^ ((x + y == 3) ? 1 : 0))] = 0.5;
                }
            }
        }
        RelaxationResult r = solve(CausalModel.X_TO_B, new Behaviour(s, p), "ojalgo", Method.COLGEN);
        assertTrue(r.verified());
        assertTrue(r.diagnostics().columns() < CausalModel.X_TO_B.strategies(s).size() / 10, r.diagnostics().columns() + " columns");
    }
}
