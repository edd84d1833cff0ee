package relax.lp.relaxation;

import relax.lp.engine.Status;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.Boxes;
import relax.lp.LyingBackend;
import relax.lp.solver.LpBackend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.Scenario;

/**
 * Every backend, alone, with both methods, on a shared set of CHSH-scenario behaviours including the
 * degenerate ones (deterministic box, PR box, white noise): all agree to 1e-8 with GLOP on the fully
 * enumerated LP, and with the values derived by hand where there is one, and every certificate verifies.
 * The one exception is the dense Commons Math reference, which on the communication LP of Tsirelson's box
 * returns a point violating the constraints by 0.7 (MATH-930-like degeneracy): alone, it may only fail,
 * and that failure must be caught and reported, never turned into a value.
 */
class BackendAgreementTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);

    static List<Behaviour> behaviours() {
        return List.of(Boxes.prBox(), Boxes.tsirelson(), Behaviour.uniform(CHSH), Boxes.deterministic(CHSH, new int[] {0, 1}, new int[] {1, 1}),
                Boxes.prBox().mix(0.8, Behaviour.uniform(CHSH)));
    }

    static List<Arguments> combinations() {
        List<Arguments> list = new ArrayList<>();
        for (String backend : LpBackend.names()) {
            for (Method method : List.of(Method.ENUMERATE, Method.COLGEN)) {
                for (CausalModel model : CausalModel.values()) {
                    list.add(Arguments.of(backend, method, model));
                }
            }
        }
        return list;
    }

    private static RelaxationResult solve(Behaviour p, CausalModel model, LpBackend backend, Method method) {
        Relaxation r = new Relaxation(model.strategies(p.scenario()), BehaviourConstraints.reproducing(p));
        return r.solve(SolveOptions.defaults().withBackends(List.of(backend)).withMethod(method));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void agreesWithTheEnumeratedReference(String backend, Method method, CausalModel model) {
        for (Behaviour p : behaviours()) {
            RelaxationResult reference = solve(p, model, LpBackend.named("glop"), Method.ENUMERATE);
            RelaxationResult r = solve(p, model, LpBackend.named(backend), method);
            String what = p.name() + " under " + model.key() + ": " + r.diagnostics();
            if (backend.equals("commons") && r.status() == Status.FAILED) {
                assertTrue(r.diagnostics().fallbackText().contains("commons returned"), what);
                continue;
            }
            assertEquals(reference.status(), r.status(), what);
            assertTrue(r.verified(), what);
            if (r.status() == Status.OPTIMAL) {
                assertEquals(reference.value(), r.value(), 1e-8, what);
            }
        }
    }

    /**
     * Values by hand. PR box: C_X→B = 1/2 (Chaves et al. 2015). The white-noise PR box p = v·PR + (1−v)·U with
     * v ≥ 1/2: every X→B strategy breaking none of the 4 CHSH relations has Bob depend on x at some y
     * (an LHV strategy breaks one), so P(break) ≥ 1 − Σ_y P(β[0][y] ≠ β[1][y]) ≥ 1 − 2C; observed
     * P(break) = 4·(1−v)/2, so C ≥ v − 1/2; and p = (2v−1)·PR + (2−2v)·(PR+U)/2, with (PR+U)/2 local
     * (CHSH = 2), gives a model with C = (2v−1)/2. Tsirelson's box: the same chain bound with
     * P(break) = 4·(1 − 1/√2)/2 gives C ≥ (√2 − 1)/2, attained (Chaves et al. 2015).
     */
    @Test
    void handDerivedInfluenceValues() {
        LpBackend glop = LpBackend.named("glop");
        assertEquals(0.5, solve(Boxes.prBox(), CausalModel.X_TO_B, glop, Method.COLGEN).value(), 1e-9);
        assertEquals(0.3, solve(Boxes.prBox().mix(0.8, Behaviour.uniform(CHSH)), CausalModel.X_TO_B, glop, Method.COLGEN).value(),
                1e-9);
        assertEquals((Math.sqrt(2) - 1) / 2, solve(Boxes.tsirelson(), CausalModel.X_TO_B, glop, Method.COLGEN).value(), 1e-9);
        assertEquals(Status.INFEASIBLE, solve(Boxes.prBox(), CausalModel.LHV, glop, Method.COLGEN).status());
        for (CausalModel m : CausalModel.values()) {
            RelaxationResult det = solve(Boxes.deterministic(CHSH, new int[] {1, 0}, new int[] {0, 1}), m, glop, Method.COLGEN);
            assertEquals(Status.OPTIMAL, det.status());
            assertEquals(0, det.value(), 1e-12, "a deterministic local box needs no relaxation of " + m.key());
        }
    }

    /** A backend that answers OPTIMAL with wrong numbers is caught by the check, reported, and replaced. */
    @Test
    void wrongAnswersAreCaughtAndTheNextBackendTakesOver() {
        LpBackend liar = new LyingBackend();
        Behaviour p = Boxes.prBox();
        Relaxation r = new Relaxation(CausalModel.X_TO_B.strategies(CHSH), BehaviourConstraints.reproducing(p));
        RelaxationResult result = r.solve(SolveOptions.defaults().withBackends(List.of(liar, LpBackend.named("ojalgo"))));
        assertEquals(0.5, result.value(), 1e-9);
        assertTrue(result.verified());
        assertEquals("ojalgo", result.diagnostics().backend());
        assertTrue(result.diagnostics().fallbackText().contains("liar returned OPTIMAL"), result.reason() + " " + result.diagnostics());
    }
}
