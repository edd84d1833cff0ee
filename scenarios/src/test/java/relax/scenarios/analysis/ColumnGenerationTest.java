package relax.scenarios.analysis;

import relax.lp.engine.Status;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.scenarios.quantum.CglmpCorrelations;
import relax.scenarios.quantum.ChainedBell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.Scenario;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.solver.LpBackend;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * Column generation agrees with full enumeration, for every locality structure and for constraint sets
 * made with the functional-mode builder, while never holding more than a fraction of the strategies.
 */
class ColumnGenerationTest {

    private static RelaxationResult solve(Relaxation r, String backend, Method method) {
        return r.solve(SolveOptions.defaults().withBackends(List.of(LpBackend.named(backend))).withMethod(method));
    }

    @Test
    void agreesWithEnumerationForEveryStructure() {
        List<Behaviour> behaviours = List.of(ChainedBell.box(3, 0.9), ChainedBell.quantum(3, 0.9), ChainedBell.quantum(3, 0.5),
                CglmpCorrelations.of(3, 1), Behaviour.uniform(Scenario.bipartite(3, 3, 2, 2)));
        for (Behaviour p : behaviours) {
            for (CausalModel model : CausalModel.values()) {
                Relaxation r = new Relaxation(model.strategies(p.scenario()), BehaviourConstraints.reproducing(p));
                RelaxationResult all = solve(r, "glop", Method.ENUMERATE);
                for (String backend : List.of("glop", "ojalgo")) {
                    RelaxationResult cg = solve(r, backend, Method.COLGEN);
                    String what = p.name() + " under " + model.key() + " with " + backend + ": " + cg.diagnostics();
                    assertEquals(all.status(), cg.status(), what);
                    assertTrue(cg.verified(), what);
                    if (all.status() == Status.OPTIMAL) {
                        assertEquals(all.value(), cg.value(), 1e-8, what);
                    }
                    assertTrue(cg.diagnostics().columns() < all.diagnostics().columns(), what + ": column generation used " + cg.diagnostics().columns() + " of " + all.diagnostics().columns());
                }
            }
        }
    }

    /**
     * Functional mode: only the value Ch of the chained-Bell expression (m = 3) and no-signalling in both
     * directions are imposed. The chain bound (see {@code ChainedBellTest}) with B = (2m − Ch)/2 gives
     * C_X→B ≥ (Ch − 2m + 2)/(2m) = 7/30 at Ch = 5.4, and the noisy chained box (v = 0.9) has Ch = 5.4 and a
     * model with C_X→B = 7/30; so the minimum is 7/30, by column generation and by enumeration.
     */
    @Test
    void functionalModeConstraintsWorkWithColumnGeneration() {
        int m = 3;
        Scenario s = Scenario.bipartite(m, m, 2, 2);
        double[] chain = new double[s.size()];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                if (y == x || y == (x + 1) % m) {
                    int sign = x == m - 1 && y == 0 ? -1 : 1;
                    for (int a = 0; a < 2; a++) {
                        for (int b = 0; b < 2; b++) {
                            chain[s.index(x, y, a, b)] = sign * ((a ^ b) == 0 ? 1 : -1);
                        }
                    }
                }
            }
        }
        BehaviourConstraints.Builder builder = BehaviourConstraints.builder(s).row(chain, 5.4, "chained Bell value");
        for (int z = 0; z < m; z++) {
            for (int other = 1; other < m; other++) {
                double[] alice = new double[s.size()];
                double[] bob = new double[s.size()];
                for (int b = 0; b < 2; b++) {
                    alice[s.index(z, 0, 0, b)] += 1;
                    alice[s.index(z, other, 0, b)] -= 1;
                    bob[s.index(0, z, b, 0)] += 1;
                    bob[s.index(other, z, b, 0)] -= 1;
                }
                builder.row(alice, 0, "p(a=0|x=" + z + ") independent of y").row(bob, 0, "p(b=0|y=" + z + ") independent of x");
            }
        }
        Relaxation r = new Relaxation(CausalModel.X_TO_B.strategies(s), builder.build());
        RelaxationResult all = solve(r, "glop", Method.ENUMERATE);
        RelaxationResult cg = solve(r, "ojalgo", Method.COLGEN);
        assertEquals(7.0 / 30, all.value(), 1e-9);
        assertEquals(7.0 / 30, cg.value(), 1e-9);
        assertTrue(cg.verified(), cg.reason() + " " + cg.diagnostics());
    }
}
