package relax.lp.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;

/**
 * The dimension of the set of behaviours a causal structure can produce — the polytope conv{T_λ} — computed exactly
 * with its pricing search as the only access to it (the affine-hull algorithm of Grötschel, Lovász &amp; Schrijver,
 * <i>Geometric Algorithms and Combinatorial Optimization</i>, 1988, §6.5): keep affinely independent vertices
 * v_0, …, v_k (their differences B) and implied equations E; take an integer c ≠ 0 orthogonal to B ∪ E; if some
 * strategy has ⟨c, T_λ⟩ ≠ ⟨c, v_0⟩ (found by maximising and minimising ⟨c, T_λ⟩), T_λ − v_0 joins B, else c is an
 * equation every behaviour of the structure satisfies and joins E. Each round adds one independent vector, so after
 * D = (number of entries) rounds B spans the affine hull (E ⊥ B, and every T_λ − v_0 ⊥ E). Linear algebra in exact
 * rationals; the pricing search is exact because c holds small integers ({@link StrategySpace#price}).
 *
 * <p>Used for the degrees of freedom of the likelihood-ratio test of a structure: df = (number of entries − number of
 * input blocks) − dimension, the number of independent equations (e.g. no-signalling conditions) the structure adds
 * to normalisation.
 */
public final class AffineHull {
    /** Scenarios with more entries than this are not analysed (the exact elimination is cubic in it). */
    public static final int MAX_ENTRIES = 400;
    private static final double EXACT_LIMIT = 0x1p52;

    private AffineHull() {
    }

    /**
     * The dimension of conv{T_λ}, or empty when the scenario has more than {@link #MAX_ENTRIES} entries or an
     * orthogonal vector's integers grow too large for the exact pricing search.
     */
    public static OptionalInt dimension(StrategySpace space) {
        int n = space.scenario().size();
        if (n > MAX_ENTRIES) {
            return OptionalInt.empty();
        }
        int blocks = space.scenario().inputBlocks();
        int[] entries = new int[blocks];
        space.column(space.digits().first(), entries);
        int[] v0 = entries.clone();
        Echelon echelon = new Echelon(n);
        Pricing pricing = new Pricing(1, space.digits().length());
        double[] noMeasure = new double[space.measureRows()];
        int dimension = 0;
        while (echelon.rank() < n) {
            long[] c = echelon.orthogonal();
            double[] cd = new double[n];
            double[] minus = new double[n];
            double largest = 0;
            for (int e = 0; e < n; e++) {
                cd[e] = c[e];
                minus[e] = -c[e];
                largest = Math.max(largest, Math.abs(cd[e]));
            }
            if (!(largest * blocks < EXACT_LIMIT)) {
                return OptionalInt.empty();
            }
            long at0 = 0;
            for (int e : v0) {
                at0 += c[e];
            }
            int[] found = null;
            space.price(cd, noMeasure, pricing);
            if (pricing.max() > at0) {
                found = pricing.strategy(0);
            } else {
                space.price(minus, noMeasure, pricing);
                if (-pricing.max() < at0) {
                    found = pricing.strategy(0);
                }
            }
            if (found == null) {
                echelon.add(toFractions(c));
                continue;
            }
            space.column(found, entries);
            BigFraction[] difference = new BigFraction[n];
            Arrays.fill(difference, BigFraction.ZERO);
            for (int e : entries) {
                difference[e] = difference[e].add(BigFraction.ONE);
            }
            for (int e : v0) {
                difference[e] = difference[e].subtract(BigFraction.ONE);
            }
            echelon.add(difference);
            dimension++;
        }
        return OptionalInt.of(dimension);
    }

    private static BigFraction[] toFractions(long[] c) {
        BigFraction[] f = new BigFraction[c.length];
        for (int i = 0; i < c.length; i++) {
            f[i] = new BigFraction(c[i]);
        }
        return f;
    }

    /** Rows in reduced row echelon form over the rationals. */
    private static final class Echelon {
        private final int n;
        private final List<BigFraction[]> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        Echelon(int n) {
            this.n = n;
        }

        int rank() {
            return rows.size();
        }

        /** Adds v (linearly independent of the rows, or nothing happens). */
        void add(BigFraction[] v) {
            BigFraction[] r = v.clone();
            for (int i = 0; i < rows.size(); i++) {
                BigFraction f = r[pivots.get(i)];
                if (f.getNumerator().signum() != 0) {
                    BigFraction[] row = rows.get(i);
                    for (int j = 0; j < n; j++) {
                        if (row[j].getNumerator().signum() != 0) {
                            r[j] = r[j].subtract(f.multiply(row[j]));
                        }
                    }
                }
            }
            int pivot = -1;
            for (int j = 0; j < n && pivot < 0; j++) {
                if (r[j].getNumerator().signum() != 0) {
                    pivot = j;
                }
            }
            if (pivot < 0) {
                return;
            }
            BigFraction scale = r[pivot];
            for (int j = 0; j < n; j++) {
                r[j] = r[j].divide(scale);
            }
            for (BigFraction[] row : rows) {
                BigFraction f = row[pivot];
                if (f.getNumerator().signum() != 0) {
                    for (int j = 0; j < n; j++) {
                        if (r[j].getNumerator().signum() != 0) {
                            row[j] = row[j].subtract(f.multiply(r[j]));
                        }
                    }
                }
            }
            rows.add(r);
            pivots.add(pivot);
        }

        /** An integer vector c ≠ 0 with ⟨c, row⟩ = 0 for every row (rank &lt; n): the kernel vector of the first free column, scaled to coprime integers. */
        long[] orthogonal() {
            boolean[] isPivot = new boolean[n];
            for (int p : pivots) {
                isPivot[p] = true;
            }
            int free = 0;
            while (isPivot[free]) {
                free++;
            }
            BigFraction[] c = new BigFraction[n];
            Arrays.fill(c, BigFraction.ZERO);
            c[free] = BigFraction.ONE;
            for (int i = 0; i < rows.size(); i++) {
                c[pivots.get(i)] = rows.get(i)[free].negate();
            }
            java.math.BigInteger lcm = java.math.BigInteger.ONE;
            for (BigFraction f : c) {
                lcm = lcm.divide(lcm.gcd(f.getDenominator())).multiply(f.getDenominator());
            }
            long[] r = new long[n];
            for (int j = 0; j < n; j++) {
                java.math.BigInteger v = c[j].getNumerator().multiply(lcm.divide(c[j].getDenominator()));
                r[j] = v.bitLength() < 62 ? v.longValue() : Long.MAX_VALUE / 4;
            }
            return r;
        }
    }
}
