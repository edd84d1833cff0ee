package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A polyhedron conv(vertices) + cone(rays) + span(lineality) in R^n (Minkowski–Weyl).
 *
 * <p>As a result of vertex enumeration ({@link Polyhedra#vertices}) the representation is minimal and
 * canonical: the vertices and rays lie in the {@link Gauge} of the lineality space (its pivot coordinates
 * are zero), rays are primitive integer vectors, and both lists are sorted lexicographically — so two
 * enumerations of the same polyhedron, by any algorithm, give equal lists.
 *
 * @param dimension n
 * @param vertices  the points (copied; arrays not copied)
 * @param rays      the directions (copied; arrays not copied)
 * @param lineality a basis of the lineality space (not copied)
 */
public record VRepresentation(int dimension, List<BigFraction[]> vertices, List<BigInteger[]> rays, BigInteger[][] lineality) {
    public VRepresentation {
        vertices = List.copyOf(vertices);
        rays = List.copyOf(rays);
    }

    /** The gauge of the lineality space. */
    public Gauge gauge() {
        return new Gauge(lineality, dimension);
    }

    /** Every vertex and ray reduced to the gauge of the lineality space, de-duplicated and sorted. */
    public VRepresentation canonical() {
        Gauge g = gauge();
        TreeSet<BigFraction[]> v = new TreeSet<>(FRACTIONS);
        for (BigFraction[] p : vertices) {
            v.add(g.reduce(p));
        }
        TreeSet<BigInteger[]> r = new TreeSet<>(INTEGERS);
        for (BigInteger[] d : rays) {
            BigInteger[] reduced = g.reduce(d);
            if (RowEchelon.firstNonZero(reduced) >= 0) {
                r.add(reduced);
            }
        }
        return new VRepresentation(dimension, new ArrayList<>(v), new ArrayList<>(r), lineality);
    }

    /** Lexicographic order of rational vectors. */
    public static final Comparator<BigFraction[]> FRACTIONS = (a, b) -> {
        for (int k = 0; k < a.length; k++) {
            int c = a[k].compareTo(b[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Lexicographic order of integer vectors. */
    public static final Comparator<BigInteger[]> INTEGERS = (a, b) -> {
        for (int k = 0; k < a.length; k++) {
            int c = a[k].compareTo(b[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
