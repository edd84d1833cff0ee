package relax.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * The no-signalling conditions of Fig. 1a–d read off the graphs by hand: in every structure Alice's marginal
 * cannot depend on y (a ⊥ y | x: the only paths y → b ← λ → a and y → b ← m are closed colliders), and only under
 * LHV Bob's marginal cannot depend on x (Chaves et al. 2015, Table I, vertices 10–13 are exactly the
 * conditions x2b does not enforce).
 */
class ImpliedIndependencesTest {

    private static List<String> described(CausalStructure s) {
        return ImpliedIndependences.of(s).stream().map(i -> i.describe(s)).toList();
    }

    @Test
    void bellLhvEnforcesBothNoSignallingConditions() {
        CausalStructure s = Structures.bipartite("lhv", 2, 2, 2, 2);
        assertEquals(List.of("p(a | x, y) does not depend on y", "p(b | x, y) does not depend on x"), described(s));
        assertEquals("a ⊥ y | x", ImpliedIndependences.of(s).get(0).dSeparation(s));
    }

    @Test
    void relaxedLocalityKeepsOnlyAlicesCondition() {
        for (String m : List.of("x2b", "a2b", "comm")) {
            assertEquals(List.of("p(a | x, y) does not depend on y"), described(Structures.bipartite(m, 2, 2, 2, 2)), m);
        }
    }

    /** The instrumental DAG implies no independence (x → a ← λ → b): its constraints are inequalities (Pearl's). */
    @Test
    void instrumentalImpliesNoIndependence() {
        assertEquals(List.of(), described(Structures.instrumental(2, false)));
    }

    /**
     * A two-setting chain with a source: c has no parent but λ. p(c | x, y) depends on neither; p(a, c | x, y) not on
     * y; p(b | x, y) not on x; and nothing conditioned on an outcome survives (every outcome is a child of λ).
     */
    @Test
    void jointStatementsImplyTheirMarginals() {
        List<Node> n = List.of(Structures.setting("x", 2), Structures.setting("y", 2), Structures.outcome("a", 2, "x"),
                Structures.outcome("b", 2, "y"), Structures.outcome("c", 2));
        CausalStructure s = new CausalStructure("t", "", n, List.of(), null);
        assertEquals(List.of("p(a,c | x, y) does not depend on y", "p(b,c | x, y) does not depend on x"), described(s));
    }

    /** The PR box is non-signalling, so it violates none; a behaviour where b copies x violates "b ⊥ x | y" by 1. */
    @Test
    void checkReportsTheLargestDeviation() {
        CausalStructure s = Structures.bipartite("lhv", 2, 2, 2, 2);
        Scenario sc = s.scenario();
        double[] pr = new double[16];
        double[] copy = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    pr[sc.index(x, y, a, a ^ (x & y))] = 0.5;
                    copy[sc.index(x, y, a, x)] = 0.5;
                }
            }
        }
        for (ImpliedIndependences.Independence i : ImpliedIndependences.of(s)) {
            assertTrue(ImpliedIndependences.check(s, i, new Behaviour(sc, pr), 1e-12).isEmpty());
        }
        ImpliedIndependences.Violation v = ImpliedIndependences.check(s, ImpliedIndependences.of(s).get(1), new Behaviour(sc, copy), 1e-12).orElseThrow();
        assertEquals(1.0, v.amount());
        assertEquals("p(b=0 | x=0,y=0) = 1 but p(b=0 | x=1,y=0) = 0", v.where());
    }
}
