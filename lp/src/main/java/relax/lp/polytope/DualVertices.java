package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.NoSignalling;
import relax.core.Scenario;

/**
 * The vertices of a dual region ({@link DualRegion}) classified as in Chaves et al. 2015, Table I: the zero
 * vertex, vertices that vanish on every no-signalling behaviour (⟨z, p⟩ = 0 whenever p is normalised and
 * no-signalling; Table I points 10–13), and Bell-like vertices (points 2–9), grouped into symmetry classes.
 *
 * <p>Symmetry classes are the orbits of the vertices' z parts under the relabellings ({@link Relabellings})
 * that map the lineality space onto itself and the sets of z parts and of rays (both modulo the lineality
 * space) onto themselves — exactly the relabellings under which the law max_i ⟨z_i, p⟩ is invariant.
 */
public final class DualVertices {

    /** What a vertex's functional ⟨z, p⟩ is. */
    public enum Kind {
        /** z ≡ 0 modulo the lineality space. */
        ZERO,
        /** Anything else: a Bell-like inequality ⟨z, p⟩ ≤ measure. */
        BELL,
        /** ⟨z, p⟩ = 0 for every normalised no-signalling p (a signalling witness). */
        NO_SIGNALLING;

        /** zero, bell-like or no-signalling. */
        public String label() {
            return switch (this) {
                case ZERO -> "zero";
                case BELL -> "bell-like";
                case NO_SIGNALLING -> "no-signalling";
            };
        }
    }

    /**
     * One symmetry class.
     *
     * @param kind           the kind of its vertices (the same for all)
     * @param representative the index of its first vertex (in the sorted vertex list)
     * @param size           its number of distinct z parts
     */
    public record SymmetryClass(Kind kind, int representative, int size) {
    }

    private final Scenario scenario;
    private final DualRegion.Enumeration enumeration;
    private final Kind[] kinds;
    private final int[] classOf;
    private final List<SymmetryClass> classes;
    private final SymmetryGroup group;

    private DualVertices(Scenario scenario, DualRegion.Enumeration enumeration, Kind[] kinds, int[] classOf, List<SymmetryClass> classes,
            SymmetryGroup group) {
        this.scenario = scenario;
        this.enumeration = enumeration;
        this.kinds = kinds;
        this.classOf = classOf;
        this.classes = classes;
        this.group = group;
    }

    /** Enumerates {@code region} in formulation {@code f} and classifies the vertices. */
    public static DualVertices of(DualRegion region, DualRegion.Formulation f, Polyhedra.Options options) {
        Scenario s = region.table().scenario();
        DualRegion.Enumeration e = region.enumerate(f, options);
        Gauge gauge = e.gauge();
        Gauge noSignalling = noSignallingGauge(s);
        List<List<BigFraction>> keys = new ArrayList<>();
        Map<List<BigFraction>, Integer> distinct = new LinkedHashMap<>();
        Kind[] kinds = new Kind[e.vertices().size()];
        for (int i = 0; i < kinds.length; i++) {
            BigFraction[] z = e.vertices().get(i).z();
            List<BigFraction> key = Arrays.asList(gauge.reduce(z));
            keys.add(key);
            distinct.putIfAbsent(key, distinct.size());
            kinds[i] = kind(z, gauge, noSignalling);
        }
        Set<List<BigFraction>> zSet = new HashSet<>(distinct.keySet());
        Set<List<BigInteger>> raySet = new HashSet<>();
        for (BigInteger[] r : e.rays()) {
            raySet.add(Arrays.asList(gauge.reduce(Arrays.copyOf(r, e.dimension()))));
        }
        BigInteger[][] lineality = e.lineality();
        SymmetryGroup group = SymmetryGroup.stabiliser(s, g -> {
            for (BigInteger[] l : lineality) {
                if (!gauge.contains(SymmetryGroup.permute(g, l, 0))) {
                    return false;
                }
            }
            for (List<BigFraction> z : zSet) {
                if (!zSet.contains(Arrays.asList(gauge.reduce(SymmetryGroup.permute(g, z.toArray(new BigFraction[0])))))) {
                    return false;
                }
            }
            for (List<BigInteger> r : raySet) {
                if (!raySet.contains(Arrays.asList(gauge.reduce(SymmetryGroup.permute(g, r.toArray(new BigInteger[0]), 0))))) {
                    return false;
                }
            }
            return true;
        });
        List<List<BigFraction>> distinctKeys = new ArrayList<>(distinct.keySet());
        int[] orbitOfKey = group.orbits(distinctKeys,
                (g, z) -> Arrays.asList(gauge.reduce(SymmetryGroup.permute(g, z.toArray(new BigFraction[0])))));
        int[] sizes = new int[distinctKeys.size()];
        for (int orbit : orbitOfKey) {
            sizes[orbit]++;
        }
        // Table I's order: the zero vertex, the Bell-like classes, the no-signalling classes; each class
        // in the order of its first vertex, each class's vertices lexicographically (enumeration order)
        int[] orbit = new int[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            orbit[i] = orbitOfKey[distinct.get(keys.get(i))];
        }
        Integer[] order = new Integer[kinds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, java.util.Comparator.<Integer>comparingInt(i -> kinds[i].ordinal()).thenComparingInt(i -> orbit[i]));
        List<DualRegion.Point> sorted = new ArrayList<>();
        Kind[] sortedKinds = new Kind[kinds.length];
        int[] classOf = new int[kinds.length];
        List<SymmetryClass> classes = new ArrayList<>();
        Map<Integer, Integer> classIndex = new LinkedHashMap<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            sorted.add(e.vertices().get(i));
            sortedKinds[k] = kinds[i];
            Integer c = classIndex.get(orbit[i]);
            if (c == null) {
                c = classes.size();
                classIndex.put(orbit[i], c);
                classes.add(new SymmetryClass(kinds[i], k, sizes[orbit[i]]));
            }
            classOf[k] = c;
        }
        DualRegion.Enumeration ordered = new DualRegion.Enumeration(e.formulation(), e.dimension(), sorted, e.rays(), e.lineality(),
                e.liftedVertices());
        return new DualVertices(s, ordered, sortedKinds, classOf, classes, group);
    }

    private static Kind kind(BigFraction[] z, Gauge gauge, Gauge noSignalling) {
        BigFraction[] r = gauge.reduce(z);
        boolean zero = true;
        for (BigFraction f : r) {
            zero &= f.getNumerator().signum() == 0;
        }
        if (zero) {
            return Kind.ZERO;
        }
        return noSignalling.contains(RowEchelon.primitive(z)) ? Kind.NO_SIGNALLING : Kind.BELL;
    }

    /**
     * The gauge of the functionals that vanish on every normalised no-signalling behaviour: the span of the
     * no-signalling conditions of every party ({@link NoSignalling}) and of the differences of two blocks'
     * normalisations. Two functionals agree on every no-signalling behaviour exactly when their
     * representatives ({@link Gauge#reduce}) are equal.
     */
    public static Gauge noSignallingGauge(Scenario s) {
        List<BigInteger[]> span = new ArrayList<>();
        for (int party = 0; party < s.parties(); party++) {
            for (NoSignalling.Condition c : NoSignalling.conditions(s, party)) {
                BigInteger[] v = new BigInteger[s.size()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = BigInteger.valueOf(Math.round(c.coefficients()[j]));
                }
                span.add(v);
            }
        }
        int k = s.outcomesPerBlock();
        for (int block = 1; block < s.inputBlocks(); block++) {
            BigInteger[] v = RowEchelon.zero(s.size());
            for (int o = 0; o < k; o++) {
                v[s.index(block, o)] = BigInteger.ONE;
                v[s.index(0, o)] = BigInteger.ONE.negate();
            }
            span.add(v);
        }
        return new Gauge(span.toArray(new BigInteger[0][]), s.size());
    }

    public Scenario scenario() {
        return scenario;
    }

    public DualRegion.Enumeration enumeration() {
        return enumeration;
    }

    /** The vertices in the order of Table I: zero vertex, Bell-like classes, no-signalling classes (see {@link #of}). */
    public List<DualRegion.Point> vertices() {
        return enumeration.vertices();
    }

    public Kind kind(int vertex) {
        return kinds[vertex];
    }

    /** The index of the vertex's symmetry class in {@link #classes()}. */
    public int classOf(int vertex) {
        return classOf[vertex];
    }

    /** The symmetry classes, in order of their first vertex. */
    public List<SymmetryClass> classes() {
        return List.copyOf(classes);
    }

    /** The relabellings the classes are orbits of. */
    public SymmetryGroup group() {
        return group;
    }

    /** max_i ⟨z_i, p⟩ over the vertices, exactly (Theorem 1; rays are ignored, Proposition 9). */
    public BigFraction maximum(BigFraction[] p) {
        BigFraction best = null;
        for (DualRegion.Point v : vertices()) {
            BigFraction s = BigFraction.ZERO;
            for (int j = 0; j < p.length; j++) {
                if (v.z()[j].getNumerator().signum() != 0) {
                    s = s.add(v.z()[j].multiply(p[j]));
                }
            }
            best = best == null || s.compareTo(best) > 0 ? s : best;
        }
        return best;
    }
}
