package relax.core.structure;

import java.util.List;

/**
 * One node of a {@link CausalStructure}: its name, kind, number of values (0 … values−1) and parents in
 * the order given (λ is implicit: a parent of every non-setting node). A setting may carry its distribution
 * p(x) (null: uniform); it enters only measures averaged over the settings, such as p(m=0) of Chaves et al.
 * 2015, eq. (39).
 *
 * @param distribution one probability per value, or null for the uniform distribution; settings only
 */
public record Node(String name, NodeKind kind, int values, List<String> parents, double[] distribution) {
    public Node {
        parents = List.copyOf(parents);
        distribution = distribution == null ? null : distribution.clone();
    }

    /** A node with the uniform (or no) distribution. */
    public Node(String name, NodeKind kind, int values, List<String> parents) {
        this(name, kind, values, parents, null);
    }

    /** p(node = v): the given distribution, 1/values when none was given. */
    public double probability(int v) {
        return distribution == null ? 1.0 / values : distribution[v];
    }

    @Override
    public double[] distribution() {
        return distribution == null ? null : distribution.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Node n && name.equals(n.name) && kind == n.kind && values == n.values && parents.equals(n.parents)
                && java.util.Arrays.equals(distribution, n.distribution);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, kind, values, parents, java.util.Arrays.hashCode(distribution));
    }

    @Override
    public String toString() {
        return name + " (" + kind.key() + ", " + values + " values" + (parents.isEmpty() ? "" : ", parents " + String.join(", ", parents)) + ")";
    }
}
