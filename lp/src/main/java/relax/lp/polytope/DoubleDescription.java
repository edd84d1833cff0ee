package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The double description method (Motzkin et al. 1953; Fukuda &amp; Prodon 1996) in exact integer
 * arithmetic: the extreme rays and the lineality space of a polyhedral cone K = {y : A y ≥ 0}.
 *
 * <p>Why this method: the cones here (dual regions of the relaxation LPs, convex hulls of 0/1 deterministic
 * behaviours) are highly degenerate — many more constraints are tight at a ray than the dimension — which
 * is the case double description handles well and pivoting methods (reverse search) handle slowly; and
 * every intermediate ray is a primitive integer vector, so the arithmetic is exact without fractions.
 * The optional {@link Lrs} backend is reverse search, a different algorithm, which makes the two a genuine
 * cross-check.
 *
 * <p>Steps: (1) the lineality space L = ker A, exactly; (2) the gauge of L ({@link Gauge}): the pivot
 * coordinates S of its echelon form are fixed to zero, leaving a pointed cone in the other coordinates;
 * (3) rows are made primitive, de-duplicated and sorted lexicographically (cdd's "lexmin" order); a first
 * basis of rows gives a simplicial cone whose rays are the columns of its inverse; (4) every further row
 * a splits the rays into a·r &gt; 0, = 0, &lt; 0, and each adjacent pair (r⁺, r⁻) gives the new ray
 * (a·r⁺) r⁻ − (a·r⁻) r⁺, made primitive. Adjacency is the combinatorial test: no third ray is tight on
 * every processed row on which both are tight (zero sets are bitsets).
 *
 * <p>Limits: the run stops with {@link EnumerationTooLargeException} when the intermediate cone exceeds
 * {@link Limits#maxRays} rays, one step would test more than {@link Limits#maxPairs} pairs, or the adjacency
 * tests exceed {@link Limits#maxWork} comparisons in all — a deterministic stand-in for a time limit.
 */
final class DoubleDescription {

    /**
     * Where an enumeration gives up: more than {@code maxRays} intermediate rays, a step with more than
     * {@code maxPairs} pairs (r⁺, r⁻), or more than {@code maxWork} adjacency comparisons in all (one comparison
     * checks one zero set against a pair's common zero set; about 10⁸ per second on this machine).
     */
    record Limits(int maxRays, long maxPairs, long maxWork) {
    }

    /** Comparisons done so far in one enumeration. */
    private static final class Work {
        long done;
    }

    /** Extreme rays (primitive, in the gauge of L) and a basis of the lineality space L of a cone. */
    record Cone(int dimension, List<BigInteger[]> rays, BigInteger[][] lineality) {
    }

    private static final class Ray {
        final BigInteger[] v;
        final long[] zero;
        BigInteger value;

        Ray(BigInteger[] v, long[] zero) {
            this.v = v;
            this.zero = zero;
        }
    }

    private DoubleDescription() {
    }

    /**
     * The extreme rays and lineality space of {y ∈ R^d : a·y ≥ 0 for every row a}.
     *
     * @param rows     the rows a (length d each); not modified
     * @param d        the dimension
     * @param limits   where to give up
     * @param progress called after every row
     * @param what     what the rays stand for, for the refusal message ("vertices", "facets")
     */
    static Cone extremeRays(BigInteger[][] rows, int d, Limits limits, EnumerationProgress progress, String what) {
        RowEchelon echelon = RowEchelon.of(rows, d);
        BigInteger[][] lineality = echelon.kernel();
        Gauge gauge = new Gauge(lineality, d);
        int[] fixed = gauge.zeroCoordinates();
        boolean[] isFixed = new boolean[d];
        for (int s : fixed) {
            isFixed[s] = true;
        }
        int[] free = new int[d - fixed.length];
        for (int j = 0, k = 0; j < d; j++) {
            if (!isFixed[j]) {
                free[k++] = j;
            }
        }
        int n = free.length;
        if (n == 0) {
            return new Cone(d, List.of(), lineality);
        }
        Set<List<BigInteger>> distinct = new LinkedHashSet<>();
        for (BigInteger[] a : rows) {
            BigInteger[] r = new BigInteger[n];
            for (int k = 0; k < n; k++) {
                r[k] = a[free[k]];
            }
            if (RowEchelon.firstNonZero(r) >= 0) {
                distinct.add(Arrays.asList(RowEchelon.primitive(r)));
            }
        }
        List<BigInteger[]> ordered = new ArrayList<>();
        for (List<BigInteger> r : distinct) {
            ordered.add(r.toArray(new BigInteger[0]));
        }
        ordered.sort(LEXICOGRAPHIC);
        int m = ordered.size();
        int words = (m + 63) >>> 6;
        int[] basis = basisOf(ordered, n);
        List<Ray> rays = initial(ordered, basis, n, words);
        boolean[] used = new boolean[m];
        for (int b : basis) {
            used[b] = true;
        }
        int done = n;
        progress.step(done, m, rays.size());
        Work work = new Work();
        for (int i = 0; i < m; i++) {
            if (used[i]) {
                continue;
            }
            rays = insert(rays, ordered.get(i), i, n, words, limits, m, done, what, work);
            done++;
            progress.step(done, m, rays.size());
        }
        List<BigInteger[]> out = new ArrayList<>(rays.size());
        for (Ray r : rays) {
            BigInteger[] y = RowEchelon.zero(d);
            for (int k = 0; k < n; k++) {
                y[free[k]] = r.v[k];
            }
            out.add(y);
        }
        return new Cone(d, out, lineality);
    }

    private static final Comparator<BigInteger[]> LEXICOGRAPHIC = (a, b) -> {
        for (int k = 0; k < a.length; k++) {
            int c = a[k].compareTo(b[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Indices of the first n linearly independent rows, in order. */
    private static int[] basisOf(List<BigInteger[]> rows, int n) {
        RowEchelon e = new RowEchelon(n);
        int[] basis = new int[n];
        int k = 0;
        for (int i = 0; i < rows.size() && k < n; i++) {
            if (e.add(rows.get(i))) {
                basis[k++] = i;
            }
        }
        if (k < n) {
            throw new IllegalStateException("the rows of a pointed cone must span its space");
        }
        return basis;
    }

    /**
     * The simplicial cone {y : A₀ y ≥ 0} of the first basis rows A₀: its rays r_j solve A₀ r_j = e_j, the
     * columns of A₀⁻¹. From the echelon form of [A₀ | I]: each reduced row is [d_k e_k | c_k] with
     * c_k A₀ = d_k e_k, so (A₀⁻¹)_{kj} = c_kj / d_k.
     */
    private static List<Ray> initial(List<BigInteger[]> rows, int[] basis, int n, int words) {
        RowEchelon e = new RowEchelon(2 * n);
        for (int k = 0; k < n; k++) {
            BigInteger[] aug = RowEchelon.zero(2 * n);
            System.arraycopy(rows.get(basis[k]), 0, aug, 0, n);
            aug[n + k] = BigInteger.ONE;
            e.add(aug);
        }
        BigInteger[][] reduced = e.rows();
        int[] pivots = e.pivots();
        BigInteger[] diag = new BigInteger[n];
        BigInteger[][] c = new BigInteger[n][];
        for (int i = 0; i < n; i++) {
            diag[pivots[i]] = reduced[i][pivots[i]];
            c[pivots[i]] = Arrays.copyOfRange(reduced[i], n, 2 * n);
        }
        BigInteger l = BigInteger.ONE;
        for (BigInteger dk : diag) {
            l = l.divide(l.gcd(dk)).multiply(dk);
        }
        List<Ray> rays = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            BigInteger[] r = new BigInteger[n];
            for (int k = 0; k < n; k++) {
                r[k] = c[k][j].multiply(l).divide(diag[k]);
            }
            long[] zero = new long[words];
            for (int k = 0; k < n; k++) {
                if (k != j) {
                    set(zero, basis[k]);
                }
            }
            rays.add(new Ray(RowEchelon.primitive(r), zero));
        }
        return rays;
    }

    private static List<Ray> insert(List<Ray> rays, BigInteger[] a, int row, int n, int words, Limits limits, int m, int done, String what,
            Work work) {
        List<Ray> plus = new ArrayList<>();
        List<Ray> minus = new ArrayList<>();
        List<Ray> zero = new ArrayList<>();
        for (Ray r : rays) {
            BigInteger s = BigInteger.ZERO;
            for (int k = 0; k < n; k++) {
                if (a[k].signum() != 0 && r.v[k].signum() != 0) {
                    s = s.add(a[k].multiply(r.v[k]));
                }
            }
            r.value = s;
            (s.signum() > 0 ? plus : s.signum() < 0 ? minus : zero).add(r);
        }
        for (Ray r : zero) {
            set(r.zero, row);
        }
        if (minus.isEmpty()) {
            return rays;
        }
        long pairs = (long) plus.size() * minus.size();
        if (pairs > limits.maxPairs()) {
            throw tooLarge("the double description step " + done + " of " + m + " would test " + pairs + " pairs of rays (limit "
                    + limits.maxPairs() + ")", m, n, what);
        }
        List<Ray> next = new ArrayList<>(plus.size() + zero.size());
        next.addAll(plus);
        next.addAll(zero);
        List<Ray> all = rays;
        long[] common = new long[words];
        for (Ray p : plus) {
            for (Ray q : minus) {
                int size = 0;
                for (int w = 0; w < words; w++) {
                    common[w] = p.zero[w] & q.zero[w];
                    size += Long.bitCount(common[w]);
                }
                if (size < n - 2) {
                    continue;
                }
                work.done += all.size();
                if (work.done > limits.maxWork()) {
                    throw tooLarge("the double description method stopped at step " + done + " of " + m + " after more than "
                            + limits.maxWork() + " adjacency comparisons, with " + rays.size() + " intermediate rays", m, n, what);
                }
                if (!adjacent(common, p, q, all)) {
                    continue;
                }
                BigInteger[] v = new BigInteger[n];
                BigInteger cp = p.value;
                BigInteger cq = q.value.negate();
                for (int k = 0; k < n; k++) {
                    v[k] = cp.multiply(q.v[k]).add(cq.multiply(p.v[k]));
                }
                long[] z = common.clone();
                set(z, row);
                next.add(new Ray(RowEchelon.primitive(v), z));
                if (next.size() > limits.maxRays()) {
                    throw tooLarge("the double description method stopped at step " + done + " of " + m + " with more than "
                            + limits.maxRays() + " intermediate rays", m, n, what);
                }
            }
        }
        return next;
    }

    /** Whether no ray other than p and q is tight on every row of {@code common}. */
    private static boolean adjacent(long[] common, Ray p, Ray q, List<Ray> all) {
        for (Ray r : all) {
            if (r == p || r == q) {
                continue;
            }
            boolean contains = true;
            for (int w = 0; w < common.length && contains; w++) {
                contains = (common[w] & ~r.zero[w]) == 0;
            }
            if (contains) {
                return false;
            }
        }
        return true;
    }

    private static EnumerationTooLargeException tooLarge(String where, int m, int n, String what) {
        BigInteger bound = EnumerationTooLargeException.upperBoundTheorem(m, n - 1);
        return new EnumerationTooLargeException(where + "; the answer may have up to " + bound + " " + what
                + " (upper bound theorem for " + m + " constraints in dimension " + (n - 1) + ")", bound);
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << (i & 63);
    }
}
