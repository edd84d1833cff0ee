package relax.core.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A directed acyclic graph over named nodes: node {@code v} has the parents listed for it, and an edge
 * {@code u → v} for every parent u. Nodes keep the order in which they were given (their index); the
 * parents of a node keep theirs.
 *
 * <p>Construction checks that every parent is a node, that no node lists a parent twice, and that the
 * graph has no directed cycle; each failure is one line naming the node, the parent or the cycle.
 * Immutable.
 */
public final class Dag {
    private final String[] names;
    private final Map<String, Integer> index;
    private final int[][] parents;
    private final int[][] children;
    private final int[] topological;

    private Dag(Map<String, List<String>> parentsByNode) {
        int n = parentsByNode.size();
        names = parentsByNode.keySet().toArray(new String[0]);
        index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(names[i], i);
        }
        parents = new int[n][];
        int[] childCount = new int[n];
        for (int v = 0; v < n; v++) {
            List<String> ps = parentsByNode.get(names[v]);
            parents[v] = new int[ps.size()];
            for (int k = 0; k < ps.size(); k++) {
                Integer u = index.get(ps.get(k));
                if (u == null) {
                    throw new IllegalArgumentException("node '" + names[v] + "' lists parent '" + ps.get(k) + "', which is not a node");
                }
                for (int j = 0; j < k; j++) {
                    if (parents[v][j] == u) {
                        throw new IllegalArgumentException("node '" + names[v] + "' lists parent '" + ps.get(k) + "' twice");
                    }
                }
                parents[v][k] = u;
                childCount[u]++;
            }
        }
        children = new int[n][];
        for (int u = 0; u < n; u++) {
            children[u] = new int[childCount[u]];
            childCount[u] = 0;
        }
        for (int v = 0; v < n; v++) {
            for (int u : parents[v]) {
                children[u][childCount[u]++] = v;
            }
        }
        Optional<List<String>> cycle = findCycle();
        if (cycle.isPresent()) {
            throw new IllegalArgumentException("the graph has a cycle: " + String.join(" -> ", cycle.get()));
        }
        topological = topologicalOrder(n);
    }

    /**
     * The graph in which node {@code v} (a key, in iteration order) has parents {@code parentsByNode.get(v)}.
     *
     * @throws IllegalArgumentException naming an unknown or repeated parent, or a directed cycle
     *                                  ({@code a -> b -> a})
     */
    public static Dag of(Map<String, List<String>> parentsByNode) {
        return new Dag(new LinkedHashMap<>(parentsByNode));
    }

    /** Number of nodes. */
    public int size() {
        return names.length;
    }

    /** The nodes in the order given. */
    public List<String> nodes() {
        return List.of(names);
    }

    /** The name of node {@code i}. */
    public String name(int i) {
        return names[i];
    }

    /** The index of {@code node}. */
    public int index(String node) {
        Integer i = index.get(node);
        if (i == null) {
            throw new IllegalArgumentException("'" + node + "' is not a node of this graph");
        }
        return i;
    }

    public boolean contains(String node) {
        return index.containsKey(node);
    }

    /** The parents of {@code node} in the order given. */
    public List<String> parents(String node) {
        return namesOf(parents[index(node)]);
    }

    /** The children of {@code node}, in node order. */
    public List<String> children(String node) {
        return namesOf(children[index(node)]);
    }

    /** Whether the graph has the edge {@code from → to}. */
    public boolean hasEdge(String from, String to) {
        int u = index(from);
        for (int p : parents[index(to)]) {
            if (p == u) {
                return true;
            }
        }
        return false;
    }

    /** The nodes in a topological order (every parent before its children; ties in node order). */
    public List<String> topologicalOrder() {
        return namesOf(topological);
    }

    /** The given nodes and all their ancestors, in node order. */
    public Set<String> ancestors(Collection<String> nodes) {
        return namesOf(closure(indices(nodes), parents));
    }

    /** The given nodes and all their descendants, in node order. */
    public Set<String> descendants(Collection<String> nodes) {
        return namesOf(closure(indices(nodes), children));
    }

    int[] parentIndices(int v) {
        return parents[v];
    }

    int[] childIndices(int v) {
        return children[v];
    }

    boolean[] indices(Collection<String> nodes) {
        boolean[] in = new boolean[names.length];
        for (String s : nodes) {
            in[index(s)] = true;
        }
        return in;
    }

    /** The set {@code start} closed under following {@code next} (parents: ancestors; children: descendants). */
    static boolean[] closure(boolean[] start, int[][] next) {
        boolean[] seen = start.clone();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            for (int u : next[queue.poll()]) {
                if (!seen[u]) {
                    seen[u] = true;
                    queue.add(u);
                }
            }
        }
        return seen;
    }

    private List<String> namesOf(int[] ids) {
        List<String> l = new ArrayList<>(ids.length);
        for (int i : ids) {
            l.add(names[i]);
        }
        return Collections.unmodifiableList(l);
    }

    Set<String> namesOf(boolean[] in) {
        Set<String> s = new LinkedHashSet<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                s.add(names[i]);
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** A directed cycle as the list of its nodes with the first repeated at the end, if there is one. */
    private Optional<List<String>> findCycle() {
        int n = names.length;
        int[] state = new int[n]; // 0 new, 1 on the current path, 2 finished
        int[] next = new int[n];
        int[] path = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            path[0] = root;
            state[root] = 1;
            while (depth >= 0) {
                int v = path[depth];
                if (next[v] < children[v].length) {
                    int c = children[v][next[v]++];
                    if (state[c] == 1) {
                        List<String> cycle = new ArrayList<>();
                        int start = 0;
                        while (path[start] != c) {
                            start++;
                        }
                        for (int k = start; k <= depth; k++) {
                            cycle.add(names[path[k]]);
                        }
                        cycle.add(names[c]);
                        return Optional.of(cycle);
                    }
                    if (state[c] == 0) {
                        state[c] = 1;
                        path[++depth] = c;
                    }
                } else {
                    state[v] = 2;
                    depth--;
                }
            }
        }
        return Optional.empty();
    }

    private int[] topologicalOrder(int n) {
        int[] missing = new int[n];
        for (int v = 0; v < n; v++) {
            missing[v] = parents[v].length;
        }
        int[] order = new int[n];
        int done = 0;
        boolean[] placed = new boolean[n];
        while (done < n) {
            for (int v = 0; v < n; v++) {
                if (!placed[v] && missing[v] == 0) {
                    placed[v] = true;
                    order[done++] = v;
                    for (int c : children[v]) {
                        missing[c]--;
                    }
                    break;
                }
            }
        }
        return order;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int v = 0; v < names.length; v++) {
            s.append(v > 0 ? "; " : "").append(names[v]);
            if (parents[v].length > 0) {
                s.append(" <- ").append(String.join(", ", namesOf(parents[v])));
            }
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dag d && Arrays.equals(names, d.names) && Arrays.deepEquals(parents, d.parents);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(names) + Arrays.deepHashCode(parents);
    }
}
