package relax.lp.polytope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static relax.lp.polytope.Exact.fractions;
import static relax.lp.polytope.Exact.le;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * Vertex and facet enumeration against answers derived by hand and against brute force: every vertex of a
 * polytope in R^d is the unique solution of d of its inequalities taken as equations that meets all of them,
 * and every facet of a 3-polytope is the plane through three of its points that has all points on one side.
 */
class PolyhedraTest {
    private static final Polyhedra.Options JAVA = Polyhedra.Options.defaults();

    private static List<List<BigFraction>> asLists(List<BigFraction[]> points) {
        return points.stream().map(Arrays::asList).toList();
    }

    /** The unit cube 0 ≤ x_i ≤ 1 in R^3 has the 8 vertices {0,1}^3, no ray, no lineality. */
    @Test
    void cubeHasItsEightCorners() {
        List<Inequality> h = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long[] e = new long[3];
            e[i] = 1;
            h.add(le(1, e));
            e[i] = -1;
            h.add(le(0, e));
        }
        VRepresentation v = Polyhedra.vertices(HRepresentation.of(3, h), JAVA);
        Set<List<BigFraction>> expected = new HashSet<>();
        for (int k = 0; k < 8; k++) {
            expected.add(Arrays.asList(fractions("" + (k >> 2 & 1), "" + (k >> 1 & 1), "" + (k & 1))));
        }
        assertEquals(expected, new HashSet<>(asLists(v.vertices())));
        assertTrue(v.rays().isEmpty());
        assertEquals(0, v.lineality().length);
    }

    /**
     * {|x| ≤ 1, |y| ≤ 1} in R^3 is a square times the z axis: lineality e_z, whose gauge fixes z = 0 (the
     * only pivot of (0, 0, 1)), so the vertices are (±1, ±1, 0).
     */
    @Test
    void squareTimesLineHasLinealityAndGauge() {
        List<Inequality> h = List.of(le(1, 1, 0, 0), le(1, -1, 0, 0), le(1, 0, 1, 0), le(1, 0, -1, 0));
        VRepresentation v = Polyhedra.vertices(HRepresentation.of(3, h), JAVA);
        assertEquals(Set.of(Arrays.asList(fractions("-1", "-1", "0")), Arrays.asList(fractions("-1", "1", "0")),
                Arrays.asList(fractions("1", "-1", "0")), Arrays.asList(fractions("1", "1", "0"))), new HashSet<>(asLists(v.vertices())));
        assertEquals(1, v.lineality().length);
        assertArrayEquals(new int[] {2}, v.gauge().zeroCoordinates());
    }

    /** {x ≥ 0, y ≥ 0, x + y ≥ 1}: vertices (1,0), (0,1) and rays (1,0), (0,1). */
    @Test
    void unboundedPolyhedronHasRays() {
        List<Inequality> h = List.of(le(0, -1, 0), le(0, 0, -1), le(-1, -1, -1));
        VRepresentation v = Polyhedra.vertices(HRepresentation.of(2, h), JAVA);
        assertEquals(Set.of(Arrays.asList(fractions("1", "0")), Arrays.asList(fractions("0", "1"))), new HashSet<>(asLists(v.vertices())));
        assertEquals(Set.of(List.of(BigInteger.ONE, BigInteger.ZERO), List.of(BigInteger.ZERO, BigInteger.ONE)),
                new HashSet<>(v.rays().stream().map(Arrays::asList).toList()));
    }

    /**
     * The triangle conv{e1, e2, e3} in R^3: equation x + y + z = 1 and facets x ≥ 0, y ≥ 0, z ≥ 0. In the gauge
     * of the equation over (bound, normal) the bound is the pivot, so each facet is written with bound 0.
     */
    @Test
    void triangleFacetsAndAffineHull() {
        VRepresentation v = new VRepresentation(3, List.of(fractions("1", "0", "0"), fractions("0", "1", "0"), fractions("0", "0", "1")),
                List.of(), new BigInteger[0][]);
        HRepresentation h = Polyhedra.facets(v, JAVA);
        assertEquals(1, h.equations().size());
        Inequality e = h.equations().get(0);
        assertTrue(e.normal()[0].equals(e.normal()[1]) && e.normal()[1].equals(e.normal()[2]) && e.bound().equals(e.normal()[0]),
                "x + y + z = 1 up to scale: " + e);
        assertEquals(Set.of(le(0, -1, 0, 0), le(0, 0, -1, 0), le(0, 0, 0, -1)), new HashSet<>(h.inequalities()));
    }

    /** McMullen's bound by hand: a simplicial 3-polytope with n vertices has 2n − 4 facets, the cyclic 4-polytope n(n − 3)/2. */
    @Test
    void upperBoundTheorem() {
        assertEquals(BigInteger.valueOf(12), EnumerationTooLargeException.upperBoundTheorem(8, 3));
        assertEquals(BigInteger.valueOf(9), EnumerationTooLargeException.upperBoundTheorem(6, 4));
        assertEquals(BigInteger.valueOf(20 * 17 / 2), EnumerationTooLargeException.upperBoundTheorem(20, 4));
    }

    @Test
    void refusesWithTheUpperBoundWhenTheLimitIsHit() {
        Random random = new Random(5);
        VRepresentation v = new VRepresentation(4, randomPoints(random, 30, 4, 50), List.of(), new BigInteger[0][]);
        EnumerationTooLargeException e = assertThrows(EnumerationTooLargeException.class,
                () -> Polyhedra.facets(v, JAVA.withLimits(6, 1_000_000, 1_000_000)));
        assertTrue(e.getMessage().contains("more than 6 intermediate rays") && e.getMessage().contains("up to " + e.upperBound()), e.getMessage());
    }

    @Test
    void randomPolytopesVerticesMatchBruteForce() {
        Random random = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            int d = 2 + trial % 3;
            HRepresentation h = randomPolytope(random, d, 6 + random.nextInt(6));
            VRepresentation v = Polyhedra.vertices(h, JAVA);
            assertEquals(bruteForceVertices(h), new HashSet<>(asLists(v.vertices())), "trial " + trial);
            assertTrue(v.rays().isEmpty());
        }
    }

    @Test
    void randomPointSetsFacetsMatchBruteForce() {
        Random random = new Random(13);
        for (int trial = 0; trial < 30; trial++) {
            List<BigFraction[]> points = randomPoints(random, 5 + random.nextInt(12), 3, 6);
            HRepresentation h = Polyhedra.facets(new VRepresentation(3, points, List.of(), new BigInteger[0][]), JAVA);
            assertEquals(bruteForceFacets(points), new HashSet<>(h.inequalities()), "trial " + trial);
            assertTrue(h.equations().isEmpty());
        }
    }

    /** Random inequalities a·x ≤ b (b ≥ 1, so 0 is interior) plus the box |x_i| ≤ 5, which keeps it bounded. */
    static HRepresentation randomPolytope(Random random, int d, int m) {
        List<Inequality> rows = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            long[] a = new long[d];
            for (int j = 0; j < d; j++) {
                a[j] = random.nextInt(7) - 3;
            }
            rows.add(le(1 + random.nextInt(4), a));
        }
        for (int j = 0; j < d; j++) {
            long[] e = new long[d];
            e[j] = 1;
            rows.add(le(5, e));
            e[j] = -1;
            rows.add(le(5, e));
        }
        return HRepresentation.of(d, rows);
    }

    static List<BigFraction[]> randomPoints(Random random, int count, int d, int range) {
        List<BigFraction[]> points = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            BigFraction[] p = new BigFraction[d];
            for (int j = 0; j < d; j++) {
                p[j] = new BigFraction(random.nextInt(2 * range + 1) - range, 1 + random.nextInt(2));
            }
            points.add(p);
        }
        return points;
    }

    /** Every d-subset of rows as equations, solved exactly; the unique solutions that meet every row. */
    static Set<List<BigFraction>> bruteForceVertices(HRepresentation h) {
        int d = h.dimension();
        List<Inequality> rows = h.inequalities();
        Set<List<BigFraction>> out = new HashSet<>();
        int m = rows.size();
        int[] pick = new int[d];
        for (int i = 0; i < d; i++) {
            pick[i] = i;
        }
        while (true) {
            BigFraction[] x = solve(rows, pick, d);
            if (x != null && feasible(rows, x)) {
                out.add(Arrays.asList(x));
            }
            int i = d - 1;
            while (i >= 0 && pick[i] == m - d + i) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            pick[i]++;
            for (int j = i + 1; j < d; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    /** Gauss–Jordan on the d×(d+1) system; null when singular. */
    private static BigFraction[] solve(List<Inequality> rows, int[] pick, int d) {
        BigFraction[][] a = new BigFraction[d][d + 1];
        for (int i = 0; i < d; i++) {
            Inequality r = rows.get(pick[i]);
            for (int j = 0; j < d; j++) {
                a[i][j] = new BigFraction(r.normal()[j]);
            }
            a[i][d] = new BigFraction(r.bound());
        }
        for (int c = 0; c < d; c++) {
            int p = -1;
            for (int i = c; i < d && p < 0; i++) {
                p = a[i][c].getNumerator().signum() != 0 ? i : -1;
            }
            if (p < 0) {
                return null;
            }
            BigFraction[] t = a[p];
            a[p] = a[c];
            a[c] = t;
            for (int i = 0; i < d; i++) {
                if (i != c && a[i][c].getNumerator().signum() != 0) {
                    BigFraction f = a[i][c].divide(a[c][c]);
                    for (int j = c; j <= d; j++) {
                        a[i][j] = a[i][j].subtract(f.multiply(a[c][j]));
                    }
                }
            }
        }
        BigFraction[] x = new BigFraction[d];
        for (int i = 0; i < d; i++) {
            x[i] = a[i][d].divide(a[i][i]);
        }
        return x;
    }

    private static boolean feasible(List<Inequality> rows, BigFraction[] x) {
        for (Inequality r : rows) {
            BigFraction s = BigFraction.ZERO;
            for (int j = 0; j < x.length; j++) {
                s = s.add(x[j].multiply(r.normal()[j]));
            }
            if (s.compareTo(new BigFraction(r.bound())) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every plane through three affinely independent points (normal = cross product) with all points on one
     * side, written as a primitive integer inequality a·x ≤ b.
     */
    static Set<Inequality> bruteForceFacets(List<BigFraction[]> points) {
        Set<Inequality> out = new HashSet<>();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                for (int k = j + 1; k < n; k++) {
                    BigFraction[] u = minus(points.get(j), points.get(i));
                    BigFraction[] w = minus(points.get(k), points.get(i));
                    BigFraction[] c = {u[1].multiply(w[2]).subtract(u[2].multiply(w[1])), u[2].multiply(w[0]).subtract(u[0].multiply(w[2])),
                        u[0].multiply(w[1]).subtract(u[1].multiply(w[0]))};
                    if (c[0].getNumerator().signum() == 0 && c[1].getNumerator().signum() == 0 && c[2].getNumerator().signum() == 0) {
                        continue;
                    }
                    BigFraction b = dot(c, points.get(i));
                    int above = 0;
                    int below = 0;
                    for (BigFraction[] p : points) {
                        int s = dot(c, p).compareTo(b);
                        above += s > 0 ? 1 : 0;
                        below += s < 0 ? 1 : 0;
                    }
                    if (above == 0) {
                        out.add(integral(c, b));
                    } else if (below == 0) {
                        out.add(integral(new BigFraction[] {c[0].negate(), c[1].negate(), c[2].negate()}, b.negate()));
                    }
                }
            }
        }
        return out;
    }

    private static BigFraction[] minus(BigFraction[] a, BigFraction[] b) {
        BigFraction[] r = new BigFraction[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i].subtract(b[i]);
        }
        return r;
    }

    private static BigFraction dot(BigFraction[] a, BigFraction[] b) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }

    /** c·x ≤ b scaled to coprime integers. */
    private static Inequality integral(BigFraction[] c, BigFraction b) {
        BigInteger l = b.getDenominator();
        for (BigFraction f : c) {
            l = l.divide(l.gcd(f.getDenominator())).multiply(f.getDenominator());
        }
        BigInteger[] a = new BigInteger[c.length];
        BigInteger g = b.multiply(l).getNumerator().abs();
        for (int i = 0; i < c.length; i++) {
            a[i] = c[i].multiply(l).getNumerator();
            g = g.gcd(a[i]);
        }
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i].divide(g);
        }
        return new Inequality(a, b.multiply(l).getNumerator().divide(g));
    }
}
