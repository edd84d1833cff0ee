package relax.core.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/** Indexing by hand, the Bell conversion entry by entry, and one-line rejections of malformed scenarios. */
class CompatibilityScenarioTest {

    @Test
    void indexingByHand() {
        CompatibilityScenario s = CompatibilityScenario.of(List.of("a", "b", "c"), new int[] {3, 2, 2}, List.of("ab", "cba"),
                List.of(List.of("a", "b"), List.of("c", "b", "a")));
        assertEquals(2, s.contexts());
        assertEquals(3, s.slots());
        assertEquals(6, s.tuples(0));
        assertEquals(12, s.tuples(1));
        assertEquals(12, s.maxTuples());
        // context cba: tuple (c, b, a) = (1, 0, 2) → 1·(2·3) + 0·3 + 2 = 8
        assertEquals(8, s.tuple(1, 1, 0, 2));
        assertEquals(2, s.outcome(1, 8, 2));
        assertEquals("p(c=1,b=0,a=2|cba)", s.entryName(s.entry(1, 8)));
        assertEquals("p.cba[1][0][2]", s.entryPath(s.entry(1, 8)));
        assertEquals(2, s.slotOf(1, 0));
        assertEquals(-1, s.slotOf(0, 2));
        assertEquals(true, s.padding(s.entry(0, 6)));
        assertEquals(false, s.padding(s.entry(0, 5)));
    }

    /** Context (x, y) of a Bell scenario is its input block; the entries coincide with p(ab|xy). */
    @Test
    void bellConversion() {
        Scenario bell = Scenario.bipartite(3, 2, 2, 3);
        CompatibilityScenario s = CompatibilityScenario.fromBell(bell);
        assertEquals(5, s.measurements());
        assertEquals(List.of("A0", "A1", "A2", "B0", "B1"), List.of(s.measurementName(0), s.measurementName(1), s.measurementName(2),
                s.measurementName(3), s.measurementName(4)));
        assertEquals("A2B1", s.contextName(bell.block(2, 1)));
        double[] p = new double[bell.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = i;
        }
        CompatibilityBehaviour c = CompatibilityBehaviour.fromBell(new Behaviour(bell, p));
        assertEquals(bell.index(2, 1, 1, 2), c.scenario().entry(s.contextIndex("A2B1"), s.tuple(s.contextIndex("A2B1"), 1, 2)));
        assertEquals(bell.index(2, 1, 1, 2), c.get(bell.index(2, 1, 1, 2)), 0);
    }

    @Test
    void malformedScenariosGetOneLine() {
        assertEquals("context 'R1' names measurement 'm10', which is not declared in \"measurements\" (declared: m1, m2)",
                message(() -> CompatibilityScenario.of(List.of("m1", "m2"), new int[] {2, 2}, List.of("R1"), List.of(List.of("m1", "m10")))));
        assertEquals("context 'R1' lists measurement 'm1' twice; a context is a set of distinct compatible measurements",
                message(() -> CompatibilityScenario.of(List.of("m1"), new int[] {2}, List.of("R1"), List.of(List.of("m1", "m1")))));
        assertEquals("measurement 'm2' is in no context; list it in one or remove it",
                message(() -> CompatibilityScenario.of(List.of("m1", "m2"), new int[] {2, 2}, List.of("R1"), List.of(List.of("m1")))));
        assertEquals("contexts 'R1' and 'R2' list the same measurements in the same order",
                message(() -> CompatibilityScenario.of(List.of("m1"), new int[] {2}, List.of("R1", "R2"), List.of(List.of("m1"), List.of("m1")))));
        assertEquals("measurement 'm1' has 0 outcomes; it needs at least 1 (2 for a yes/no test)",
                message(() -> CompatibilityScenario.of(List.of("m1"), new int[] {0}, List.of("R1"), List.of(List.of("m1")))));
    }

    private static String message(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(InvalidBehaviourException.class, e).getMessage();
    }
}
