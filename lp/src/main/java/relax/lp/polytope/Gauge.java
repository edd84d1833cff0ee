package relax.lp.polytope;

import java.math.BigInteger;
import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A choice of representatives modulo a linear subspace W (a lineality space, or the equations of an
 * affine hull): the complement {v : v_s = 0 for every s ∈ S} with S the pivot columns of W's reduced row
 * echelon form ({@link RowEchelon}). Every vector v has exactly one representative v − w (w ∈ W) in the
 * complement, {@link #reduce}; two vectors are equal modulo W exactly when their representatives are.
 *
 * <p>A polyhedron P = Q + W with Q pointed has as many vertices as P ∩ G for <em>every</em> complement G
 * of W (P ∩ G is affinely isomorphic to P/W), so the gauge fixes coordinates, never counts. With the
 * behaviour order of {@link relax.core.Scenario} (x, y outer; a, b inner) S is the set of coordinates
 * that are linear combinations of the coordinates after them on T's column space, the zero columns of
 * Chaves et al. 2015, Table I.
 */
public final class Gauge {
    private final RowEchelon subspace;

    /** The gauge of the span of {@code basis} (vectors of length {@code dimension}; not modified). */
    public Gauge(BigInteger[][] basis, int dimension) {
        this.subspace = RowEchelon.of(basis, dimension);
    }

    public int dimension() {
        return subspace.columns();
    }

    /** The coordinates S that every representative has zero, ascending. */
    public int[] zeroCoordinates() {
        int[] p = subspace.pivots();
        Arrays.sort(p);
        return p;
    }

    /** A basis of W (copies of the reduced rows). */
    public BigInteger[][] basis() {
        return subspace.rows();
    }

    /** Whether v lies in W. */
    public boolean contains(BigInteger[] v) {
        return subspace.spans(v);
    }

    /** The representative of the direction v modulo W, as a primitive integer vector (a positive multiple of v − w). */
    public BigInteger[] reduce(BigInteger[] v) {
        return subspace.reduce(v);
    }

    /** The representative v − w of v modulo W, exactly. */
    public BigFraction[] reduce(BigFraction[] v) {
        BigFraction[] r = v.clone();
        BigInteger[][] rows = subspace.rows();
        int[] pivots = subspace.pivots();
        for (int i = 0; i < rows.length; i++) {
            int p = pivots[i];
            if (r[p].getNumerator().signum() == 0) {
                continue;
            }
            BigFraction c = r[p].divide(new BigFraction(rows[i][p]));
            for (int j = 0; j < r.length; j++) {
                if (rows[i][j].signum() != 0) {
                    r[j] = r[j].subtract(c.multiply(new BigFraction(rows[i][j])));
                }
            }
        }
        return r;
    }
}
