package relax.core.graph;

import java.util.Collection;
import java.util.Set;

/**
 * Pearl's d-separation in a {@link Dag}: X and Y are d-separated by Z when every path between a node
 * of X and a node of Y is blocked by Z, a path being blocked when it has
 * <ul>
 *   <li>a chain {@code u → m → v} or fork {@code u ← m → v} whose middle node m is in Z, or</li>
 *   <li>a collider {@code u → m ← v} such that neither m nor any descendant of m is in Z.</li>
 * </ul>
 * In every distribution that factorises over the DAG (Pearl 2009, eq. 1.33; Chaves et al. 2015, eq. 1)
 * d-separation implies the conditional independence X ⊥ Y | Z.
 *
 * <p>Computed by the Bayes-ball reachability search (Shachter 1998; Koller &amp; Friedman 2009, Alg. 3.1):
 * a breadth-first search over (node, direction) pairs from X that never passes a node of Z along a chain
 * or a fork, and passes a collider only when the collider is in Z or an ancestor of a node of Z; linear in
 * the size of the graph.
 */
public final class DSeparation {
    private DSeparation() {
    }

    /**
     * Whether {@code x} and {@code y} are d-separated given {@code z}.
     *
     * @throws IllegalArgumentException if a name is not a node, x or y is empty, or the three sets are
     *                                  not disjoint
     */
    public static boolean separated(Dag dag, Collection<String> x, Collection<String> y, Collection<String> z) {
        if (x.isEmpty() || y.isEmpty()) {
            throw new IllegalArgumentException("d-separation needs two non-empty sets of nodes");
        }
        boolean[] inY = dag.indices(y);
        boolean[] reached = reachable(dag, dag.indices(x), disjointFrom(dag, z, x, y));
        for (int i = 0; i < reached.length; i++) {
            if (reached[i] && inY[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The nodes outside z that are d-connected to some node of {@code x} given {@code z} (x itself
     * included): every node y for which {@code separated(dag, x, {y}, z)} is false.
     */
    public static Set<String> connected(Dag dag, Collection<String> x, Collection<String> z) {
        return dag.namesOf(reachable(dag, dag.indices(x), disjointFrom(dag, z, x, java.util.List.of())));
    }

    private static boolean[] disjointFrom(Dag dag, Collection<String> z, Collection<String> x, Collection<String> y) {
        boolean[] inZ = dag.indices(z);
        boolean[] inX = dag.indices(x);
        boolean[] inY = dag.indices(y);
        for (int i = 0; i < inZ.length; i++) {
            if ((inX[i] && (inY[i] || inZ[i])) || (inY[i] && inZ[i])) {
                throw new IllegalArgumentException("d-separation needs disjoint sets; '" + dag.name(i) + "' is in two of them");
            }
        }
        return inZ;
    }

    /**
     * Bayes ball. A ball arriving at node m "up" (from a child) or "down" (from a parent):
     * <ul>
     *   <li>m ∉ Z, arriving up: continues to every parent (chain) and every child (fork);</li>
     *   <li>m ∉ Z, arriving down: continues to every child (chain); the collider at m is closed unless m is an
     *       ancestor of Z, which for m ∉ Z means a descendant of m is in Z;</li>
     *   <li>m ∈ Z: blocks chains and forks; arriving down, it bounces back up to every parent (the
     *       collider at m is open).</li>
     * </ul>
     */
    private static boolean[] reachable(Dag dag, boolean[] x, boolean[] inZ) {
        int n = dag.size();
        boolean[] ancestorOfZ = Dag.closure(inZ, parentsTable(dag));
        boolean[] up = new boolean[n];
        boolean[] down = new boolean[n];
        boolean[] reached = new boolean[n];
        int[] queue = new int[2 * n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (x[i]) {
                up[i] = true;
                queue[tail++] = 2 * i;
            }
        }
        while (head < tail) {
            int item = queue[head++];
            int m = item >> 1;
            boolean goingUp = (item & 1) == 0;
            if (!inZ[m]) {
                reached[m] = true;
            }
            if (goingUp && !inZ[m]) {
                for (int p : dag.parentIndices(m)) {
                    if (!up[p]) {
                        up[p] = true;
                        queue[tail++] = 2 * p;
                    }
                }
                for (int c : dag.childIndices(m)) {
                    if (!down[c]) {
                        down[c] = true;
                        queue[tail++] = 2 * c + 1;
                    }
                }
            } else if (!goingUp) {
                if (!inZ[m]) {
                    for (int c : dag.childIndices(m)) {
                        if (!down[c]) {
                            down[c] = true;
                            queue[tail++] = 2 * c + 1;
                        }
                    }
                }
                if (ancestorOfZ[m]) {
                    for (int p : dag.parentIndices(m)) {
                        if (!up[p]) {
                            up[p] = true;
                            queue[tail++] = 2 * p;
                        }
                    }
                }
            }
        }
        return reached;
    }

    private static int[][] parentsTable(Dag dag) {
        int[][] t = new int[dag.size()][];
        for (int i = 0; i < t.length; i++) {
            t[i] = dag.parentIndices(i);
        }
        return t;
    }
}
