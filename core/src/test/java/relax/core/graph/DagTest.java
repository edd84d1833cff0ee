package relax.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DagTest {

    static Dag dag(String... nodeAndParents) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String s : nodeAndParents) {
            String[] parts = s.split("<-");
            String node = parts[0].trim();
            m.put(node, parts.length == 1 ? List.of() : List.of(parts[1].trim().split("\\s*,\\s*")));
        }
        return Dag.of(m);
    }

    @Test
    void cycleIsNamedInOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dag("a <- c", "b <- a", "c <- b", "d <- a"));
        assertEquals("the graph has a cycle: a -> b -> c -> a", e.getMessage());
    }

    @Test
    void selfLoopIsACycle() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dag("x", "a <- x, a"));
        assertEquals("the graph has a cycle: a -> a", e.getMessage());
    }

    @Test
    void unknownAndRepeatedParentsAreNamed() {
        assertEquals("node 'b' lists parent 'z', which is not a node",
                assertThrows(IllegalArgumentException.class, () -> dag("a", "b <- a, z")).getMessage());
        assertEquals("node 'b' lists parent 'a' twice", assertThrows(IllegalArgumentException.class, () -> dag("a", "b <- a, a")).getMessage());
    }

    /** The M-bias graph x ← u1 → m ← u2 → y, listed children first: parents must come first in the order. */
    @Test
    void topologicalOrderPutsParentsFirstAndKeepsNodeOrderOnTies() {
        Dag g = dag("m <- u1, u2", "x <- u1", "y <- u2", "u1", "u2");
        assertEquals(List.of("u1", "x", "u2", "m", "y"), g.topologicalOrder());
        assertEquals(Set.of("m", "u1", "u2"), g.ancestors(List.of("m")));
        assertEquals(Set.of("u1", "x", "m"), g.descendants(List.of("u1")));
        assertTrue(g.hasEdge("u1", "m"));
        assertEquals(List.of("m", "x"), g.children("u1"));
    }
}
