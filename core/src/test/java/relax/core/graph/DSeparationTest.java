package relax.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static relax.core.graph.DagTest.dag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * d-separation on the textbook graphs (Pearl 2009, Sec. 1.2.3; Koller &amp; Friedman 2009, Sec. 3.3), each
 * expected value read off the graph by hand, and on random DAGs against an independent criterion: the
 * moralised ancestral graph (Lauritzen et al. 1990).
 */
class DSeparationTest {

    private static boolean sep(Dag g, String x, String y, String... z) {
        return DSeparation.separated(g, List.of(x.split(",")), List.of(y.split(",")), List.of(z));
    }

    /** x → m → y: the chain is open, and blocked by its middle node. */
    @Test
    void chain() {
        Dag g = dag("x", "m <- x", "y <- m");
        assertFalse(sep(g, "x", "y"));
        assertTrue(sep(g, "x", "y", "m"));
    }

    /** x ← m → y: a common cause correlates, conditioning on it blocks. */
    @Test
    void fork() {
        Dag g = dag("m", "x <- m", "y <- m");
        assertFalse(sep(g, "x", "y"));
        assertTrue(sep(g, "x", "y", "m"));
    }

    /** x → m ← y: independent causes, made dependent by conditioning on their common effect. */
    @Test
    void collider() {
        Dag g = dag("x", "y", "m <- x, y");
        assertTrue(sep(g, "x", "y"));
        assertFalse(sep(g, "x", "y", "m"));
    }

    /** x → m ← y, m → d: conditioning on a descendant of the collider opens it too. */
    @Test
    void colliderWithDescendant() {
        Dag g = dag("x", "y", "m <- x, y", "d <- m");
        assertTrue(sep(g, "x", "y"));
        assertFalse(sep(g, "x", "y", "d"));
        assertFalse(sep(g, "x", "y", "m", "d"));
        assertTrue(sep(g, "x", "d", "m"));
    }

    /**
     * M-bias: x ← u1 → m ← u2 → y and x → y removed. x and y are independent marginally (the only path has the
     * collider m), dependent given m, and independent again given m and u1.
     */
    @Test
    void mBias() {
        Dag g = dag("u1", "u2", "x <- u1", "m <- u1, u2", "y <- u2");
        assertTrue(sep(g, "x", "y"));
        assertFalse(sep(g, "x", "y", "m"));
        assertTrue(sep(g, "x", "y", "m", "u1"));
        assertTrue(sep(g, "x", "y", "m", "u2"));
    }

    /** The Bell DAG (Chaves et al. 2015, Fig. 1a) with the latent λ: no-signalling a ⊥ y | x, and a, b never independent. */
    @Test
    void bellScenario() {
        Dag g = dag("x", "y", "l", "a <- x, l", "b <- y, l");
        assertTrue(sep(g, "a", "y", "x"));
        assertTrue(sep(g, "b", "x", "y"));
        assertFalse(sep(g, "a,b", "x,y"));
        assertFalse(sep(g, "a", "b", "x", "y"));
        // conditioning on b opens y → b ← λ → a
        assertFalse(sep(g, "a", "y", "x", "b"));
    }

    @Test
    void overlappingSetsAreRejected() {
        Dag g = dag("x", "y <- x");
        assertEquals("d-separation needs disjoint sets; 'x' is in two of them",
                assertThrows(IllegalArgumentException.class, () -> sep(g, "x", "y", "x")).getMessage());
    }

    @Test
    void connectedListsEveryDConnectedNode() {
        Dag g = dag("x", "y", "m <- x, y", "d <- m");
        assertEquals(Set.of("x", "m", "d"), DSeparation.connected(g, List.of("x"), List.of()));
        assertEquals(Set.of("x", "m", "y"), DSeparation.connected(g, List.of("x"), List.of("d")));
    }

    /** 300 random DAGs on 7 nodes, every query with |X| = |Y| = 1 and random Z, against the moral-graph criterion. */
    @Test
    void agreesWithTheMoralisedAncestralGraphOnRandomDags() {
        Random r = new Random(12);
        int checked = 0;
        for (int t = 0; t < 300; t++) {
            int n = 7;
            Map<String, List<String>> m = new LinkedHashMap<>();
            boolean[][] edge = new boolean[n][n];
            for (int v = 0; v < n; v++) {
                List<String> ps = new ArrayList<>();
                for (int u = 0; u < v; u++) {
                    if (r.nextDouble() < 0.35) {
                        edge[u][v] = true;
                        ps.add("n" + u);
                    }
                }
                m.put("n" + v, ps);
            }
            Dag g = Dag.of(m);
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    List<String> z = new ArrayList<>();
                    boolean[] inZ = new boolean[n];
                    for (int k = 0; k < n; k++) {
                        if (k != x && k != y && r.nextDouble() < 0.3) {
                            z.add("n" + k);
                            inZ[k] = true;
                        }
                    }
                    assertEquals(moralSeparated(edge, x, y, inZ), DSeparation.separated(g, List.of("n" + x), List.of("n" + y), z),
                            g + " x=n" + x + " y=n" + y + " z=" + z);
                    checked++;
                }
            }
        }
        assertEquals(300 * 21, checked);
    }

    /**
     * Lauritzen's criterion, independent of Bayes ball: restrict to the ancestors of {x, y} ∪ Z, marry the parents of
     * every node, drop directions, delete Z; x and y are d-separated iff they are then disconnected.
     */
    private static boolean moralSeparated(boolean[][] edge, int x, int y, boolean[] inZ) {
        int n = edge.length;
        boolean[] keep = new boolean[n];
        keep[x] = true;
        keep[y] = true;
        for (int k = 0; k < n; k++) {
            keep[k] |= inZ[k];
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    if (edge[u][v] && keep[v] && !keep[u]) {
                        keep[u] = true;
                        grew = true;
                    }
                }
            }
        }
        boolean[][] moral = new boolean[n][n];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                if (edge[u][v] && keep[v]) {
                    moral[u][v] = moral[v][u] = true;
                    for (int w = 0; w < n; w++) {
                        if (edge[w][v] && w != u) {
                            moral[u][w] = moral[w][u] = true;
                        }
                    }
                }
            }
        }
        boolean[] seen = new boolean[n];
        List<Integer> stack = new ArrayList<>(List.of(x));
        seen[x] = true;
        while (!stack.isEmpty()) {
            int u = stack.remove(stack.size() - 1);
            for (int v = 0; v < n; v++) {
                if (moral[u][v] && keep[v] && !inZ[v] && !seen[v]) {
                    seen[v] = true;
                    stack.add(v);
                }
            }
        }
        return !seen[y];
    }
}
