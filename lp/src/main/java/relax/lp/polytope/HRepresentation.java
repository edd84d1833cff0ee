package relax.lp.polytope;

import java.util.List;

/**
 * A polyhedron {x ∈ R^n : a·x ≤ b for every inequality, e·x = c for every equation}.
 *
 * <p>As a result of facet enumeration ({@link Polyhedra#facets}) the inequalities are the facets, one each,
 * and the equations a basis of the affine hull's equations; every facet is written in the gauge of the
 * equations ({@link Gauge} over the coordinates (b, a), so facets that differ by an equation are written
 * identically) as a primitive integer vector, and the list is sorted.
 *
 * @param dimension  n
 * @param inequalities the inequalities (copied)
 * @param equations  the equations (copied)
 */
public record HRepresentation(int dimension, List<Inequality> inequalities, List<Inequality> equations) {
    public HRepresentation {
        inequalities = List.copyOf(inequalities);
        equations = List.copyOf(equations);
        for (Inequality i : inequalities) {
            check(i, dimension);
        }
        for (Inequality e : equations) {
            check(e, dimension);
        }
    }

    /** A polyhedron given by inequalities only. */
    public static HRepresentation of(int dimension, List<Inequality> inequalities) {
        return new HRepresentation(dimension, inequalities, List.of());
    }

    private static void check(Inequality i, int n) {
        if (i.normal().length != n) {
            throw new IllegalArgumentException("an inequality on R^" + n + " needs " + n + " coefficients, got " + i.normal().length);
        }
    }
}
