package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;

/**
 * The polytope of behaviours a causal structure can produce: the convex hull of its deterministic
 * behaviours T_λ (Chaves et al. 2015, after eq. (10): "the correlations compatible with this model form a
 * polytope", whose facets the authors computed with PORTA). For LHV it is the local polytope.
 *
 * <p>Facets are written in the gauge of the affine hull's equations (normalisation, and the no-signalling
 * conditions the structure imposes), so that equal facets print equally; symmetry classes are the orbits
 * under the relabellings that map the set of deterministic behaviours onto itself.
 */
public final class BehaviourPolytope {

    /**
     * Facets with their symmetry classes.
     *
     * @param facets      the facets and the affine hull's equations
     * @param classOf     the class of every facet (0, 1, … in order of first facet)
     * @param classSizes  the size of every class, in the whole polytope (for facets through a face: among the listed ones)
     */
    public record Facets(HRepresentation facets, int[] classOf, int[] classSizes) {
        /** The index of the first facet of every class. */
        public int[] representatives() {
            int[] r = new int[classSizes.length];
            Arrays.fill(r, -1);
            for (int i = classOf.length - 1; i >= 0; i--) {
                r[classOf[i]] = i;
            }
            return r;
        }
    }

    /**
     * The face {p ∈ P : a·p = b} of a valid inequality a·p ≤ b.
     *
     * @param inequality   the inequality
     * @param maximum      max over the deterministic behaviours of a·p (the inequality is valid iff ≤ b)
     * @param tight        the number of deterministic behaviours with a·p = b
     * @param dimension    the dimension of the affine hull of those behaviours (−1 if none)
     * @param polytopeDimension the dimension of P
     * @param facetsThrough the facets of P that contain the face (null when the inequality is not valid)
     */
    public record Face(Inequality inequality, BigFraction maximum, int tight, int dimension, int polytopeDimension, Facets facetsThrough) {
        public boolean valid() {
            return maximum.compareTo(new BigFraction(inequality.bound())) <= 0;
        }

        /** Whether the face is a facet: valid, and of dimension dim P − 1. */
        public boolean facet() {
            return valid() && dimension == polytopeDimension - 1;
        }
    }

    private final Scenario scenario;
    private final List<BigInteger[]> vertices;
    private SymmetryGroup symmetries;

    private BehaviourPolytope(Scenario scenario, List<BigInteger[]> vertices) {
        this.scenario = scenario;
        this.vertices = vertices;
    }

    /** The convex hull of the distinct deterministic behaviours of {@code table}. */
    public static BehaviourPolytope of(StrategyTable table) {
        Set<List<BigInteger>> distinct = new LinkedHashSet<>();
        for (int s = 0; s < table.strategies(); s++) {
            distinct.add(Arrays.asList(table.column(s)));
        }
        List<BigInteger[]> v = new ArrayList<>();
        for (List<BigInteger> d : distinct) {
            v.add(d.toArray(new BigInteger[0]));
        }
        v.sort(VRepresentation.INTEGERS);
        return new BehaviourPolytope(table.scenario(), v);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The distinct deterministic behaviours, sorted. */
    public List<BigInteger[]> vertices() {
        return List.copyOf(vertices);
    }

    /** The dimension of the polytope (of its affine hull). */
    public int dimension() {
        return RowEchelon.affineDimension(vertices);
    }

    /** The polytope as a V-representation. */
    public VRepresentation representation() {
        List<BigFraction[]> points = new ArrayList<>();
        for (BigInteger[] v : vertices) {
            BigFraction[] p = new BigFraction[v.length];
            for (int j = 0; j < v.length; j++) {
                p[j] = new BigFraction(v[j]);
            }
            points.add(p);
        }
        return new VRepresentation(scenario.size(), points, List.of(), new BigInteger[0][]);
    }

    /** The relabellings that map the set of deterministic behaviours onto itself (computed once). */
    public SymmetryGroup symmetries() {
        if (symmetries == null) {
            Set<List<BigInteger>> set = new HashSet<>();
            for (BigInteger[] v : vertices) {
                set.add(Arrays.asList(v));
            }
            symmetries = SymmetryGroup.stabiliser(scenario, g -> {
                for (BigInteger[] v : vertices) {
                    if (!set.contains(Arrays.asList(SymmetryGroup.permute(g, v, 0)))) {
                        return false;
                    }
                }
                return true;
            });
        }
        return symmetries;
    }

    /** Every facet, with symmetry classes. */
    public Facets facets(Polyhedra.Options options) {
        return classify(Polyhedra.facets(representation(), options), false);
    }

    /**
     * The face of the inequality a·p ≤ b: its tight deterministic behaviours, their dimension, whether it is a
     * facet and (if valid) the facets that contain it, classified by the polytope's symmetries.
     */
    public Face face(Inequality inequality, Polyhedra.Options options) {
        if (inequality.normal().length != scenario.size()) {
            throw new IllegalArgumentException("an inequality on scenario " + scenario + " needs " + scenario.size() + " coefficients");
        }
        BigInteger max = null;
        boolean[] tight = new boolean[vertices.size()];
        List<BigInteger[]> tightPoints = new ArrayList<>();
        for (int i = 0; i < vertices.size(); i++) {
            BigInteger slack = inequality.slack(vertices.get(i));
            BigInteger value = slack.add(inequality.bound());
            max = max == null || value.compareTo(max) > 0 ? value : max;
            if (slack.signum() == 0) {
                tight[i] = true;
                tightPoints.add(vertices.get(i));
            }
        }
        BigFraction maximum = new BigFraction(max);
        int dim = dimension();
        boolean valid = max.compareTo(inequality.bound()) <= 0;
        Facets through = valid ? classify(Polyhedra.facetsThrough(representation(), tight, options), true) : null;
        return new Face(inequality, maximum, tightPoints.size(), RowEchelon.affineDimension(tightPoints), dim, through);
    }

    private Facets classify(HRepresentation h, boolean partial) {
        int n = scenario.size();
        Gauge equations = new Gauge(h.equations().stream().map(Inequality::homogeneous).toArray(BigInteger[][]::new), n + 1);
        List<List<BigInteger>> keys = new ArrayList<>();
        for (Inequality f : h.inequalities()) {
            keys.add(Arrays.asList(f.homogeneous()));
        }
        SymmetryGroup g = symmetries();
        java.util.function.BiFunction<int[], List<BigInteger>, List<BigInteger>> act = (perm, k) -> Arrays
                .asList(equations.reduce(SymmetryGroup.permute(perm, k.toArray(new BigInteger[0]), 1)));
        int[] classOf = partial ? g.classesWithin(keys, act) : g.orbits(keys, act);
        int classes = Arrays.stream(classOf).max().orElse(-1) + 1;
        int[] sizes = new int[classes];
        for (int c : classOf) {
            sizes[c]++;
        }
        return new Facets(h, classOf, sizes);
    }
}
