package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact conversion between the two descriptions of a polyhedron (Minkowski–Weyl): vertex and ray
 * enumeration of {x : A x ≤ b, E x = c} and facet enumeration of conv(V) + cone(R) + span(L), by the
 * pure-Java {@link DoubleDescription} method or by {@link Lrs}. Both backends return the same canonical
 * answer ({@link VRepresentation#canonical()}, sorted gauge-reduced facets), so answers can be compared
 * with {@code equals} on their lists.
 *
 * <p>Both conversions go through one homogeneous cone:
 * <ul>
 *   <li>vertices: {(x₀, x) : b x₀ − a·x ≥ 0 for every inequality, x₀ ≥ 0}; extreme rays with x₀ &gt; 0 are the
 *       vertices x/x₀, those with x₀ = 0 the rays, and its lineality space that of the polyhedron;</li>
 *   <li>facets: {(β, α) : β + α·v ≥ 0 for every point v, α·r ≥ 0 for every ray, α·l = 0 for every line}; its
 *       extreme rays that are tight on some point are the facets −α·x ≤ β, its lineality space the equations
 *       of the affine hull.</li>
 * </ul>
 */
public final class Polyhedra {
    private Polyhedra() {
    }

    /** Which algorithm enumerates. */
    public enum Backend {
        /** {@link DoubleDescription}, pure Java, exact, with limits and progress. */
        JAVA,
        /** {@link Lrs} (reverse search), if installed. */
        LRS
    }

    /**
     * Enumeration settings.
     *
     * @param backend  which algorithm
     * @param maxRays  the Java engine gives up above this many intermediate rays
     * @param maxPairs the Java engine gives up when one step would test more pairs of rays
     * @param maxWork  the Java engine gives up after this many adjacency comparisons in all (about 10⁸ a second)
     * @param lrsTimeoutSeconds lrs is stopped after this long
     * @param progress called after every step of the Java engine
     */
    public record Options(Backend backend, int maxRays, long maxPairs, long maxWork, long lrsTimeoutSeconds, EnumerationProgress progress) {
        /** The default limit on adjacency comparisons: a few tens of seconds on a 2-core machine. */
        public static final long DEFAULT_WORK = 3_000_000_000L;

        /** Java, at most 100 000 intermediate rays, 10⁸ pairs per step and {@link #DEFAULT_WORK} comparisons; lrs limited to 10 minutes; no progress. */
        public static Options defaults() {
            return new Options(Backend.JAVA, 100_000, 100_000_000L, DEFAULT_WORK, 600, EnumerationProgress.NONE);
        }

        public Options withBackend(Backend b) {
            return new Options(b, maxRays, maxPairs, maxWork, lrsTimeoutSeconds, progress);
        }

        public Options withProgress(EnumerationProgress p) {
            return new Options(backend, maxRays, maxPairs, maxWork, lrsTimeoutSeconds, p);
        }

        /** The same with other limits for the Java engine. */
        public Options withLimits(int rays, long pairs, long work) {
            return new Options(backend, rays, pairs, work, lrsTimeoutSeconds, progress);
        }

        DoubleDescription.Limits limits() {
            return new DoubleDescription.Limits(maxRays, maxPairs, maxWork);
        }

        Lrs lrs() {
            return Lrs.find(lrsTimeoutSeconds).orElseThrow(() -> new IllegalArgumentException(
                    "the lrs backend needs the lrs executable on the PATH (Debian/Ubuntu: apt-get install lrslib)"));
        }
    }

    /** The vertices, rays and lineality space of {x : A x ≤ b, E x = c}, canonical. */
    public static VRepresentation vertices(HRepresentation h, Options options) {
        int n = h.dimension();
        if (options.backend() == Backend.LRS) {
            return options.lrs().vertices(h).canonical();
        }
        List<BigInteger[]> rows = new ArrayList<>();
        for (Inequality i : h.inequalities()) {
            rows.add(i.homogeneous());
        }
        for (Inequality e : h.equations()) {
            BigInteger[] r = e.homogeneous();
            rows.add(r);
            BigInteger[] neg = new BigInteger[r.length];
            for (int j = 0; j < r.length; j++) {
                neg[j] = r[j].negate();
            }
            rows.add(neg);
        }
        BigInteger[] positive = RowEchelon.zero(n + 1);
        positive[0] = BigInteger.ONE;
        rows.add(positive);
        DoubleDescription.Cone cone = DoubleDescription.extremeRays(rows.toArray(new BigInteger[0][]), n + 1, options.limits(), options.progress(),
                "vertices and rays");
        List<BigFraction[]> vertices = new ArrayList<>();
        List<BigInteger[]> rays = new ArrayList<>();
        for (BigInteger[] y : cone.rays()) {
            BigInteger[] x = java.util.Arrays.copyOfRange(y, 1, n + 1);
            if (y[0].signum() == 0) {
                rays.add(x);
            } else {
                BigFraction[] v = new BigFraction[n];
                for (int j = 0; j < n; j++) {
                    v[j] = new BigFraction(x[j], y[0]);
                }
                vertices.add(v);
            }
        }
        BigInteger[][] lineality = new BigInteger[cone.lineality().length][];
        for (int k = 0; k < lineality.length; k++) {
            lineality[k] = java.util.Arrays.copyOfRange(cone.lineality()[k], 1, n + 1);
        }
        return new VRepresentation(n, vertices, rays, lineality).canonical();
    }

    /**
     * The facets and affine-hull equations of conv(V) + cone(R) + span(L): each facet once, in the gauge
     * of the equations (over (bound, normal)), primitive, sorted.
     */
    public static HRepresentation facets(VRepresentation v, Options options) {
        int n = v.dimension();
        List<BigInteger[]> generators = generators(v);
        List<BigInteger[]> facetRows;
        List<BigInteger[]> equationRows;
        if (options.backend() == Backend.LRS) {
            List<List<BigInteger[]>> out = options.lrs().facets(v);
            facetRows = out.get(0);
            equationRows = out.get(1);
        } else {
            DoubleDescription.Cone cone = DoubleDescription.extremeRays(generators.toArray(new BigInteger[0][]), n + 1, options.limits(),
                    options.progress(), "facets");
            facetRows = cone.rays();
            equationRows = List.of(cone.lineality());
        }
        return canonicalFacets(n, facetRows, equationRows, generators);
    }

    /**
     * The facets of the polytope conv(V) that contain the face spanned by the vertices marked {@code onFace},
     * with the affine hull's equations: the extreme rays of the face {(β, α) : β + α·v = 0 on the face,
     * ≥ 0 elsewhere} of the facet cone, enumerated in the null space of the face's rows (its dimension is
     * dim P − dim F, small for large faces, which is what makes this fast where a full enumeration is not).
     * Java engine only. Facets as in {@link #facets}.
     *
     * @param v      a polytope (vertices only)
     * @param onFace one flag per vertex; not modified
     */
    public static HRepresentation facetsThrough(VRepresentation v, boolean[] onFace, Options options) {
        if (!v.rays().isEmpty() || v.lineality().length > 0 || onFace.length != v.vertices().size()) {
            throw new IllegalArgumentException("facets through a face need a polytope given by its vertices and one flag per vertex");
        }
        int n = v.dimension();
        List<BigInteger[]> generators = generators(v);
        RowEchelon face = new RowEchelon(n + 1);
        List<BigInteger[]> off = new ArrayList<>();
        for (int i = 0; i < onFace.length; i++) {
            if (onFace[i]) {
                face.add(generators.get(i));
            } else {
                off.add(generators.get(i));
            }
        }
        BigInteger[][] basis = face.kernel();
        int k = basis.length;
        BigInteger[][] rows = new BigInteger[off.size()][k];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < k; j++) {
                rows[i][j] = dot(off.get(i), basis[j]);
            }
        }
        DoubleDescription.Cone cone = DoubleDescription.extremeRays(rows, k, options.limits(), options.progress(), "facets");
        List<BigInteger[]> facetRows = new ArrayList<>();
        for (BigInteger[] t : cone.rays()) {
            facetRows.add(combination(t, basis, n + 1));
        }
        List<BigInteger[]> equationRows = new ArrayList<>();
        for (BigInteger[] t : cone.lineality()) {
            equationRows.add(combination(t, basis, n + 1));
        }
        return canonicalFacets(n, facetRows, equationRows, generators);
    }

    /** Σ_j t_j basis_j, primitive. */
    private static BigInteger[] combination(BigInteger[] t, BigInteger[][] basis, int length) {
        BigInteger[] h = RowEchelon.zero(length);
        for (int j = 0; j < t.length; j++) {
            if (t[j].signum() != 0) {
                for (int c = 0; c < length; c++) {
                    h[c] = h[c].add(t[j].multiply(basis[j][c]));
                }
            }
        }
        return RowEchelon.primitive(h);
    }

    /** The homogeneous generators (1, v) scaled to integers, (0, r), (0, l), (0, −l). */
    static List<BigInteger[]> generators(VRepresentation v) {
        int n = v.dimension();
        List<BigInteger[]> g = new ArrayList<>();
        for (BigFraction[] p : v.vertices()) {
            BigInteger l = BigInteger.ONE;
            for (BigFraction f : p) {
                l = l.divide(l.gcd(f.getDenominator())).multiply(f.getDenominator());
            }
            BigInteger[] h = new BigInteger[n + 1];
            h[0] = l;
            for (int j = 0; j < n; j++) {
                h[j + 1] = p[j].getNumerator().multiply(l.divide(p[j].getDenominator()));
            }
            g.add(h);
        }
        for (BigInteger[] r : v.rays()) {
            g.add(homogeneousDirection(r, false));
        }
        for (BigInteger[] l : v.lineality()) {
            g.add(homogeneousDirection(l, false));
            g.add(homogeneousDirection(l, true));
        }
        return g;
    }

    private static BigInteger[] homogeneousDirection(BigInteger[] r, boolean negate) {
        BigInteger[] h = new BigInteger[r.length + 1];
        h[0] = BigInteger.ZERO;
        for (int j = 0; j < r.length; j++) {
            h[j + 1] = negate ? r[j].negate() : r[j];
        }
        return h;
    }

    /**
     * Facet rows (β, α) reduced to the gauge of the equations, de-duplicated, without rows tight on no
     * point generator (the face at infinity of an unbounded polyhedron), sorted.
     */
    private static HRepresentation canonicalFacets(int n, List<BigInteger[]> facetRows, List<BigInteger[]> equationRows,
            List<BigInteger[]> generators) {
        Gauge gauge = new Gauge(equationRows.toArray(new BigInteger[0][]), n + 1);
        TreeSet<BigInteger[]> rows = new TreeSet<>(VRepresentation.INTEGERS);
        for (BigInteger[] f : facetRows) {
            BigInteger[] r = gauge.reduce(f);
            if (RowEchelon.firstNonZero(r) >= 0 && tightOnSomePoint(r, generators)) {
                rows.add(r);
            }
        }
        List<Inequality> facets = new ArrayList<>();
        for (BigInteger[] r : rows) {
            facets.add(Inequality.ofHomogeneous(r));
        }
        List<Inequality> equations = new ArrayList<>();
        for (BigInteger[] e : gauge.basis()) {
            equations.add(Inequality.ofHomogeneous(e));
        }
        return new HRepresentation(n, facets, equations);
    }

    private static boolean tightOnSomePoint(BigInteger[] row, List<BigInteger[]> generators) {
        for (BigInteger[] g : generators) {
            if (g[0].signum() > 0 && dot(row, g).signum() == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dimension of the affine hull of integer points, exactly: the rank of the rows (1, p) minus one (so
     * d + 1 of them are affinely independent); −1 for none.
     */
    public static int affineDimension(List<BigInteger[]> points) {
        return RowEchelon.affineDimension(points);
    }

    static BigInteger dot(BigInteger[] a, BigInteger[] b) {
        BigInteger s = BigInteger.ZERO;
        for (int j = 0; j < a.length; j++) {
            if (a[j].signum() != 0 && b[j].signum() != 0) {
                s = s.add(a[j].multiply(b[j]));
            }
        }
        return s;
    }
}
