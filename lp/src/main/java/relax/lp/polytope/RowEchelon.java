package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The reduced row echelon form of an integer matrix, computed exactly (integer-preserving elimination,
 * every row divided by the gcd of its entries after each step, so no fractions and no growth beyond the
 * primitive form of each row).
 *
 * <p>Rows are added one at a time ({@link #add}); a row that is a linear combination of the rows before it
 * is reported as dependent and leaves the form unchanged. Pivots are taken at the first non-zero column
 * left after reduction, so for a fixed column order the pivot set is the lexicographically first basis
 * of the matroid of the spanned space's coordinates: the coordinates a {@link Gauge} sets to zero.
 *
 * <p>Each stored row r has a positive pivot entry d at its pivot column and zeros in every other row's
 * pivot column; the row space is the span of the stored rows.
 */
final class RowEchelon {
    private final int columns;
    private final List<BigInteger[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    RowEchelon(int columns) {
        this.columns = columns;
    }

    /** The echelon form of the span of {@code rows} (each of length {@code columns}; not modified). */
    static RowEchelon of(BigInteger[][] rows, int columns) {
        RowEchelon e = new RowEchelon(columns);
        for (BigInteger[] r : rows) {
            e.add(r);
        }
        return e;
    }

    int columns() {
        return columns;
    }

    int rank() {
        return rows.size();
    }

    /** The pivot column of each stored row, in the order the rows were stored. */
    int[] pivots() {
        return pivots.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Adds a row (not modified) to the spanned space; returns false (and changes nothing) if it already lies
     * in the span.
     */
    boolean add(BigInteger[] row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("a row of " + columns + " columns expected, got " + row.length);
        }
        BigInteger[] r = reduce(row);
        int pivot = firstNonZero(r);
        if (pivot < 0) {
            return false;
        }
        if (r[pivot].signum() < 0) {
            negate(r);
        }
        for (int i = 0; i < rows.size(); i++) {
            BigInteger[] other = rows.get(i);
            BigInteger c = other[pivot];
            if (c.signum() != 0) {
                for (int j = 0; j < columns; j++) {
                    other[j] = other[j].multiply(r[pivot]).subtract(r[j].multiply(c));
                }
                primitive(other);
            }
        }
        rows.add(r);
        pivots.add(pivot);
        return true;
    }

    /**
     * The row reduced against the stored rows: a positive multiple of v minus a combination of stored rows,
     * with zeros in every pivot column, made primitive. Zero exactly when v lies in the span.
     */
    BigInteger[] reduce(BigInteger[] v) {
        BigInteger[] r = v.clone();
        for (int i = 0; i < rows.size(); i++) {
            int p = pivots.get(i);
            if (r[p].signum() != 0) {
                BigInteger[] s = rows.get(i);
                BigInteger c = r[p];
                for (int j = 0; j < columns; j++) {
                    r[j] = r[j].multiply(s[p]).subtract(s[j].multiply(c));
                }
                primitive(r);
            }
        }
        return r;
    }

    /** Whether v lies in the row space. */
    boolean spans(BigInteger[] v) {
        return firstNonZero(reduce(v)) < 0;
    }

    /**
     * A basis of the null space {y : r·y = 0 for every stored row r}: one primitive integer vector per
     * non-pivot column f, with y_f &gt; 0, zero at the other non-pivot columns.
     */
    BigInteger[][] kernel() {
        List<BigInteger[]> basis = new ArrayList<>();
        for (int f = 0; f < columns; f++) {
            if (pivots.contains(f)) {
                continue;
            }
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < rows.size(); i++) {
                BigInteger d = rows.get(i)[pivots.get(i)];
                l = l.divide(l.gcd(d)).multiply(d);
            }
            BigInteger[] y = zero(columns);
            y[f] = l;
            for (int i = 0; i < rows.size(); i++) {
                BigInteger[] r = rows.get(i);
                int p = pivots.get(i);
                y[p] = r[f].multiply(l).divide(r[p]).negate();
            }
            basis.add(primitive(y));
        }
        return basis.toArray(new BigInteger[0][]);
    }

    /** The stored rows (copies). */
    BigInteger[][] rows() {
        return rows.stream().map(BigInteger[]::clone).toArray(BigInteger[][]::new);
    }

    static BigInteger[] zero(int n) {
        BigInteger[] z = new BigInteger[n];
        Arrays.fill(z, BigInteger.ZERO);
        return z;
    }

    static int firstNonZero(BigInteger[] v) {
        for (int j = 0; j < v.length; j++) {
            if (v[j].signum() != 0) {
                return j;
            }
        }
        return -1;
    }

    private static void negate(BigInteger[] v) {
        for (int j = 0; j < v.length; j++) {
            v[j] = v[j].negate();
        }
    }

    /** A rational vector scaled to the primitive integer vector of the same direction (common denominator cleared, gcd divided out). */
    static BigInteger[] primitive(BigFraction[] x) {
        BigInteger l = BigInteger.ONE;
        for (BigFraction f : x) {
            l = l.divide(l.gcd(f.getDenominator())).multiply(f.getDenominator());
        }
        BigInteger[] r = new BigInteger[x.length];
        for (int j = 0; j < x.length; j++) {
            r[j] = x[j].getNumerator().multiply(l.divide(x[j].getDenominator()));
        }
        return primitive(r);
    }

    /** Divides v (modified) by the gcd of its entries; returns v. */
    static BigInteger[] primitive(BigInteger[] v) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : v) {
            g = g.gcd(x);
            if (g.equals(BigInteger.ONE)) {
                return v;
            }
        }
        if (g.signum() != 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = v[j].divide(g);
            }
        }
        return v;
    }

    /**
     * The dimension of the affine hull of a set of points: the rank of the rows (1, p) minus one (so
     * d + 1 of the points are affinely independent); −1 for no points.
     */
    static int affineDimension(List<BigInteger[]> points) {
        if (points.isEmpty()) {
            return -1;
        }
        RowEchelon e = new RowEchelon(points.get(0).length + 1);
        for (BigInteger[] p : points) {
            BigInteger[] h = new BigInteger[p.length + 1];
            h[0] = BigInteger.ONE;
            System.arraycopy(p, 0, h, 1, p.length);
            e.add(h);
        }
        return e.rank() - 1;
    }
}
