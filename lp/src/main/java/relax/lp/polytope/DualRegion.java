package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The dual feasible region of the minimal-relaxation LP with the whole behaviour given (V = 1), Chaves et al.
 * 2015, Corollary 8, eq. (27), with the normalisation row dropped as the appendix does (T q = p implies it):
 * <pre>
 *   max ⟨p, z⟩   subject to   Tᵀ z ≤ Cᵀ x,   ‖x‖₁ ≤ 1.
 * </pre>
 * By Theorem 1 and Proposition 9 the minimal measure is max_i ⟨v_i, p⟩ over the vertices v_i of this region
 * for every p a model of the structure reproduces. Three formulations of "the region", with different
 * vertex counts ({@link Formulation}); the lineality space — the z orthogonal to every column of T
 * (differences of normalisations and Alice's no-signalling combinations) — is factored out by a
 * {@link Gauge} in every one.
 *
 * <p>Rows are written in integers: scale·⟨z, T_λ⟩ − Σ_i counts_i(λ) x_i ≤ 0, one per distinct
 * (T_λ, counts(λ)), coordinates (z, x) with z first in the behaviour order of {@link relax.core.Scenario}.
 */
public final class DualRegion {

    /**
     * Which polyhedron is called the dual region. In the CHSH scenario with C_X→B the three have 13, 12 and 41
     * vertices; 13 is Table I.
     */
    public enum Formulation {
        /**
         * Eq. (27) with x ≥ 0, Σ x ≤ 1 in (z, x) space, as the engine's LP solves it (x = w of
         * the relaxation certificate): the measure rows are non-negative, so negative x never
         * helps. Gives the 13 vertices of Table I (their z parts) for C_X→B in the CHSH scenario. The default.
         */
        LIFTED,
        /**
         * The projection of {@link #LIFTED} onto z: {z : ∃ x ≥ 0, Σ x ≤ 1, Tᵀ z ≤ Cᵀ x}. The objective ⟨p, z⟩
         * involves z only, so this is the smallest set Theorem 1 can maximise over; z = 0 is not among its
         * vertices when two no-signalling vertices are opposite (it is their midpoint), which changes no
         * maximum since max(⟨v, p⟩, −⟨v, p⟩) ≥ 0.
         */
        PROJECTED,
        /**
         * Corollary 8 literally: (z, x) with ‖x‖₁ ≤ 1 written as 2^L inequalities ±x₁ ± … ± x_L ≤ 1. Its
         * vertices with some x_i &lt; 0 are never needed: raising x_i to 0 keeps z feasible.
         */
        L1;

        /** The command-line name. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The formulation named {@code key}. */
        public static Formulation fromKey(String key) {
            for (Formulation f : values()) {
                if (f.key().equals(key.toLowerCase(java.util.Locale.ROOT))) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown formulation '" + key + "': expected projected, lifted or l1");
        }
    }

    /** Largest number of measure rows the ℓ1 formulation expands into 2^L inequalities. */
    private static final int L1_MAX_ROWS = 12;

    private final StrategyTable table;
    private final int n;
    private final int rows;
    /** Distinct strategy rows: scale·⟨z, T_λ⟩ − ⟨counts, x⟩ ≤ 0, as (entries, counts). */
    private final List<int[]> distinct;

    public DualRegion(StrategyTable table) {
        this.table = table;
        this.n = table.scenario().size();
        this.rows = table.measureRows();
        int blocks = table.scenario().inputBlocks();
        Set<List<Integer>> seen = new LinkedHashSet<>();
        for (int s = 0; s < table.strategies(); s++) {
            List<Integer> key = new ArrayList<>(blocks + rows);
            for (int b = 0; b < blocks; b++) {
                key.add(table.entry(s, b));
            }
            for (int i = 0; i < rows; i++) {
                key.add(table.count(s, i));
            }
            seen.add(key);
        }
        this.distinct = new ArrayList<>();
        for (List<Integer> k : seen) {
            distinct.add(k.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    public StrategyTable table() {
        return table;
    }

    /** The region of {@link Formulation#LIFTED} or {@link Formulation#L1} as inequalities over (z, x). */
    public HRepresentation inequalities(Formulation f) {
        if (f == Formulation.PROJECTED) {
            throw new IllegalArgumentException("the projected region is computed from the lifted one, not written as inequalities");
        }
        if (f == Formulation.L1 && rows > L1_MAX_ROWS) {
            throw new IllegalArgumentException("the l1 formulation needs 2^" + rows + " inequalities for " + rows + " measure rows; at most "
                    + L1_MAX_ROWS + " rows are expanded");
        }
        int dim = n + rows;
        int blocks = table.scenario().inputBlocks();
        BigInteger scale = BigInteger.valueOf(table.scale());
        List<Inequality> out = new ArrayList<>();
        for (int[] d : distinct) {
            BigInteger[] a = RowEchelon.zero(dim);
            for (int b = 0; b < blocks; b++) {
                a[d[b]] = scale;
            }
            for (int i = 0; i < rows; i++) {
                a[n + i] = BigInteger.valueOf(-d[blocks + i]);
            }
            out.add(new Inequality(a, BigInteger.ZERO));
        }
        if (f == Formulation.LIFTED) {
            for (int i = 0; i < rows; i++) {
                BigInteger[] a = RowEchelon.zero(dim);
                a[n + i] = BigInteger.ONE.negate();
                out.add(new Inequality(a, BigInteger.ZERO));
            }
            if (rows > 0) {
                BigInteger[] a = RowEchelon.zero(dim);
                Arrays.fill(a, n, dim, BigInteger.ONE);
                out.add(new Inequality(a, BigInteger.ONE));
            }
        } else {
            for (int signs = 0; signs < 1 << rows; signs++) {
                BigInteger[] a = RowEchelon.zero(dim);
                for (int i = 0; i < rows; i++) {
                    a[n + i] = (signs >> i & 1) == 0 ? BigInteger.ONE : BigInteger.ONE.negate();
                }
                out.add(new Inequality(a, BigInteger.ONE));
            }
        }
        return HRepresentation.of(dim, out);
    }

    /**
     * The vertices (with their x parts) and rays of the region in formulation {@code f}, in the gauge of the
     * lineality space. For {@link Formulation#PROJECTED} each vertex z carries as x a witness: the x of a
     * vertex of the lifted region above it (the one with the smallest Σx, then lexicographically first).
     */
    public Enumeration enumerate(Formulation f, Polyhedra.Options options) {
        if (f != Formulation.PROJECTED) {
            VRepresentation v = Polyhedra.vertices(inequalities(f), options);
            List<Point> points = new ArrayList<>();
            for (BigFraction[] p : v.vertices()) {
                points.add(new Point(Arrays.copyOf(p, n), Arrays.copyOfRange(p, n, n + rows)));
            }
            return new Enumeration(f, n, points, v.rays(), zPart(v.lineality()), v.vertices().size());
        }
        VRepresentation lifted = Polyhedra.vertices(inequalities(Formulation.LIFTED), options);
        Map<List<BigFraction>, BigFraction[]> witness = new LinkedHashMap<>();
        List<BigFraction[]> projected = new ArrayList<>();
        for (BigFraction[] p : lifted.vertices()) {
            BigFraction[] z = Arrays.copyOf(p, n);
            BigFraction[] x = Arrays.copyOfRange(p, n, n + rows);
            witness.merge(Arrays.asList(z), x, DualRegion::preferredWitness);
            projected.add(z);
        }
        List<BigInteger[]> projectedRays = new ArrayList<>();
        for (BigInteger[] r : lifted.rays()) {
            BigInteger[] z = RowEchelon.primitive(Arrays.copyOf(r, n));
            if (RowEchelon.firstNonZero(z) >= 0) {
                projectedRays.add(z);
            }
        }
        BigInteger[][] lineality = zPart(lifted.lineality());
        VRepresentation hull = new VRepresentation(n, projected, projectedRays, lineality);
        HRepresentation facets = Polyhedra.facets(hull, options);
        VRepresentation region = Polyhedra.vertices(facets, options);
        List<Point> points = new ArrayList<>();
        for (BigFraction[] z : region.vertices()) {
            BigFraction[] x = witness.get(Arrays.asList(z));
            if (x == null) {
                throw new IllegalStateException("a vertex of the projected region is not the image of a lifted vertex");
            }
            points.add(new Point(z, x));
        }
        return new Enumeration(f, n, points, region.rays(), region.lineality(), lifted.vertices().size());
    }

    private static BigFraction[] preferredWitness(BigFraction[] a, BigFraction[] b) {
        int c = sum(a).compareTo(sum(b));
        return c < 0 || (c == 0 && VRepresentation.FRACTIONS.compare(a, b) <= 0) ? a : b;
    }

    private static BigFraction sum(BigFraction[] x) {
        BigFraction s = BigFraction.ZERO;
        for (BigFraction f : x) {
            s = s.add(f);
        }
        return s;
    }

    private BigInteger[][] zPart(BigInteger[][] lineality) {
        BigInteger[][] z = new BigInteger[lineality.length][];
        for (int k = 0; k < lineality.length; k++) {
            for (int i = n; i < lineality[k].length; i++) {
                if (lineality[k][i].signum() != 0) {
                    throw new IllegalStateException("the lineality space of the dual region has a non-zero x part");
                }
            }
            z[k] = Arrays.copyOf(lineality[k], n);
        }
        return z;
    }

    /**
     * A vertex: z over the behaviour entries and x over the measure rows (for {@link Formulation#PROJECTED}
     * a witness x making z feasible).
     */
    public record Point(BigFraction[] z, BigFraction[] x) {
    }

    /**
     * The enumerated region.
     *
     * @param formulation    which region
     * @param dimension      the number of behaviour entries (the length of z)
     * @param vertices       its vertices in the gauge of the lineality space, sorted by z
     * @param rays           its extreme rays (over (z, x) for the lifted formulations, over z for the projected one)
     * @param lineality      a basis of the lineality space (over z)
     * @param liftedVertices the number of vertices of the lifted region enumerated on the way (all formulations)
     */
    public record Enumeration(Formulation formulation, int dimension, List<Point> vertices, List<BigInteger[]> rays, BigInteger[][] lineality, int liftedVertices) {
        /** The gauge of the lineality space over z. */
        public Gauge gauge() {
            return new Gauge(lineality, dimension);
        }
    }
}
