package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/** Test helpers written independently of the code under test: vectors from small integers, textbook exact ranks. */
final class Exact {
    private Exact() {
    }

    static BigInteger[] ints(long... v) {
        BigInteger[] r = new BigInteger[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = BigInteger.valueOf(v[i]);
        }
        return r;
    }

    static BigFraction[] fractions(String... v) {
        BigFraction[] r = new BigFraction[v.length];
        for (int i = 0; i < v.length; i++) {
            String[] t = v[i].split("/");
            r[i] = t.length == 1 ? new BigFraction(Long.parseLong(t[0])) : new BigFraction(Long.parseLong(t[0]), Long.parseLong(t[1]));
        }
        return r;
    }

    static Inequality le(long bound, long... normal) {
        return new Inequality(ints(normal), BigInteger.valueOf(bound));
    }

    /** The rank of rational rows by textbook Gaussian elimination over BigFraction (independent of {@link RowEchelon}). */
    static int rank(List<BigFraction[]> rows) {
        List<BigFraction[]> m = new ArrayList<>();
        for (BigFraction[] r : rows) {
            m.add(r.clone());
        }
        int rank = 0;
        int cols = rows.isEmpty() ? 0 : rows.get(0).length;
        for (int c = 0; c < cols && rank < m.size(); c++) {
            int pivot = -1;
            for (int i = rank; i < m.size() && pivot < 0; i++) {
                pivot = m.get(i)[c].getNumerator().signum() != 0 ? i : -1;
            }
            if (pivot < 0) {
                continue;
            }
            BigFraction[] p = m.get(pivot);
            m.set(pivot, m.get(rank));
            m.set(rank, p);
            for (int i = rank + 1; i < m.size(); i++) {
                BigFraction[] r = m.get(i);
                if (r[c].getNumerator().signum() != 0) {
                    BigFraction f = r[c].divide(p[c]);
                    for (int j = c; j < cols; j++) {
                        r[j] = r[j].subtract(f.multiply(p[j]));
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /** The dimension of the affine hull of integer points: rank of the rows (1, p) minus one. */
    static int affineDimension(List<BigInteger[]> points) {
        List<BigFraction[]> h = new ArrayList<>();
        for (BigInteger[] p : points) {
            BigFraction[] r = new BigFraction[p.length + 1];
            r[0] = BigFraction.ONE;
            for (int j = 0; j < p.length; j++) {
                r[j + 1] = new BigFraction(p[j]);
            }
            h.add(r);
        }
        return rank(h) - 1;
    }
}
