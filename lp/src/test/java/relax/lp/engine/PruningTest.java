package relax.lp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.lp.solver.LpBackend;

/**
 * The engine's {@link Pruning} path ({@link Engine#generate}: {@link Master#retain}, then a rebuilt master), forced and
 * checked against an independent formulation: the same relaxation with every strategy enumerated, which never prunes.
 */
class PruningTest {
    private static final Pattern PRUNED = Pattern.compile("pruned the master: kept (\\d+) of (\\d+) generated columns");

    /**
     * The CGLMP box of the maximally entangled state in dimension d with the optimal settings of Collins, Gisin, Linden,
     * Massar &amp; Popescu 2002 (α_0 = 0, α_1 = 1/2, β_0 = 1/4, β_1 = −1/4):
     * p(ab|xy) = 1 / (2 d³ sin²(π (a − b + α_x + β_y) / d)).
     */
    private static Behaviour cglmp(int d) {
        Scenario s = Scenario.bipartite(2, 2, d, d);
        double[] p = new double[s.size()];
        double[] alpha = {0, 0.5};
        double[] beta = {0.25, -0.25};
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        double sin = Math.sin(Math.PI * (a - b + alpha[x] + beta[y]) / d);
                        p[s.index(x, y, a, b)] = 1 / (2.0 * d * d * d * sin * sin);
                    }
                }
            }
        }
        return new Behaviour(s, p);
    }

    /**
     * CGLMP d = 5 under X→B (5²·5⁴ = 15625 strategies): the column generation's master passes the trigger of
     * {@code Relaxation}'s pruning (more than max(4 per row, 400) generated columns, ≈ 100 rows here), so it is pruned,
     * which the engine reports as a progress note; the value still equals the enumerated LP's (no pricing, no
     * pruning), and each exactly verified certificate bounds the other formulation's value (strong duality). The
     * smallest CGLMP case found to prune on every backend tried (ojAlgo, GLOP, HiGHS; d = 4 prunes only on GLOP).
     * ojAlgo, the pure-Java backend, so the test does not depend on native libraries.
     */
    @Test
    void prunedColumnGenerationEqualsEnumeration() {
        Behaviour p = cglmp(5);
        Relaxation relaxation = new Relaxation(CausalModel.X_TO_B.strategies(p.scenario()), BehaviourConstraints.reproducing(p));
        assertEquals(15625, relaxation.space().size());
        List<String> notes = new ArrayList<>();
        Progress record = new Progress() {
            @Override
            public void round(String stage, int round, double objective, int columns, double bestScore) {
            }

            @Override
            public void note(String line) {
                notes.add(line);
            }
        };
        SolveOptions options = SolveOptions.defaults().withBackends(List.of(LpBackend.named("ojalgo")));
        RelaxationResult pruned = relaxation.solve(options.withMethod(Method.COLGEN).withProgress(record));
        RelaxationResult enumerated = relaxation.solve(options.withMethod(Method.ENUMERATE));

        boolean dropped = false;
        for (String note : notes) {
            Matcher m = PRUNED.matcher(note);
            assertTrue(m.matches(), "only pruning notes expected: " + note);
            dropped |= Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2));
        }
        assertTrue(dropped, "the master was pruned and lost columns: " + notes);

        for (RelaxationResult r : List.of(pruned, enumerated)) {
            assertEquals(Status.OPTIMAL, r.status(), r.reason() + " " + r.diagnostics());
            assertTrue(r.certificate().isChecked(), "certificate verified exactly");
            assertEquals(r.value(), r.certificate().boundValue(), 1e-9, "exact dual bound equals the value");
        }
        assertEquals(Method.COLGEN, pruned.diagnostics().method());
        assertEquals(enumerated.value(), pruned.value(), 1e-9, "pruned column generation equals enumeration");
        // weak duality across the formulations: each exact bound is a lower bound on the other's primal value
        assertTrue(pruned.certificate().boundValue() <= enumerated.value() + 1e-10);
        assertTrue(enumerated.certificate().boundValue() <= pruned.value() + 1e-10);
    }
}
