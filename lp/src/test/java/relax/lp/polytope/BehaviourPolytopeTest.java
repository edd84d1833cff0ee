package relax.lp.polytope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import relax.core.Scenario;
import relax.core.locality.CausalModel;

/**
 * Facets of the polytopes of behaviours the causal structures produce, identified independently of the
 * enumeration by the set of deterministic behaviours each facet is tight on (a facet is determined by it):
 * the local CHSH polytope (16 positivity + 8 CHSH facets), the 3,3,2,2 local polytope (684 facets in the
 * three classes positivity, CHSH and I3322: Śliwa 2003; Collins &amp; Gisin 2004), and the A→B face of
 * Chaves et al. 2015, eq. (10).
 */
class BehaviourPolytopeTest {
    private static final Polyhedra.Options JAVA = Polyhedra.Options.defaults();

    private static BehaviourPolytope polytope(CausalModel m, Scenario s) {
        return BehaviourPolytope.of(StrategyTable.of(m.strategies(s), 1 << 16));
    }

    private static BehaviourPolytope local3322;
    private static BehaviourPolytope.Facets local3322Facets;

    /** The 3,3,2,2 local polytope and its facets, enumerated once for the tests that need them. */
    private static synchronized BehaviourPolytope.Facets local3322Facets() {
        if (local3322Facets == null) {
            local3322 = polytope(CausalModel.LHV, Scenario.bipartite(3, 3, 2, 2));
            local3322Facets = local3322.facets(JAVA);
        }
        return local3322Facets;
    }

    /** The deterministic behaviours of a structure recomputed from its definition (eq. 28), distinct. */
    private static List<BigInteger[]> deterministic(CausalModel m, Scenario s) {
        Definitions def = new Definitions(m, s);
        Set<List<BigInteger>> out = new LinkedHashSet<>();
        for (long lambda = 0; lambda < def.strategies(); lambda++) {
            BigInteger[] p = RowEchelon.zero(s.size());
            for (int x = 0; x < s.inputs(0); x++) {
                for (int y = 0; y < s.inputs(1); y++) {
                    p[def.entry(lambda, x, y)] = BigInteger.ONE;
                }
            }
            out.add(Arrays.asList(p));
        }
        return out.stream().map(l -> l.toArray(new BigInteger[0])).toList();
    }

    /** The deterministic behaviours (indices into {@code points}) on which a·p = b; asserts a·p ≤ b on all. */
    private static BitSet tight(Inequality q, List<BigInteger[]> points) {
        BitSet t = new BitSet();
        for (int i = 0; i < points.size(); i++) {
            int c = q.slack(points.get(i)).signum();
            assertTrue(c <= 0, "valid inequality " + q);
            if (c == 0) {
                t.set(i);
            }
        }
        return t;
    }

    private static Set<BitSet> tightSets(List<Inequality> facets, List<BigInteger[]> points) {
        Set<BitSet> out = new HashSet<>();
        for (Inequality f : facets) {
            out.add(tight(f, points));
        }
        return out;
    }

    /** −p_j ≤ 0 for every entry j. */
    private static List<Inequality> positivity(Scenario s) {
        List<Inequality> out = new ArrayList<>();
        for (int j = 0; j < s.size(); j++) {
            BigInteger[] a = RowEchelon.zero(s.size());
            a[j] = BigInteger.ONE.negate();
            out.add(new Inequality(a, BigInteger.ZERO));
        }
        return out;
    }

    /**
     * Eq. (8) of Chaves et al. 2015 on the inputs x ∈ {x0, x1}, y ∈ {y0, y1}, relabelled by x ⊕ s, y ⊕ t, a ⊕ f:
     * p(00|00) + p(00|01) + p(00|10) − p(00|11) − p_A(0|0) − p_B(0|0) ≤ 0, marginals read at the other
     * party's input 0.
     */
    private static Inequality chsh(Scenario sc, int[] xs, int[] ys, int s, int t, int f) {
        BigInteger[] c = RowEchelon.zero(sc.size());
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                int j = sc.index(xs[x ^ s], ys[y ^ t], f, 0);
                c[j] = c[j].add(BigInteger.valueOf(x * y == 1 ? -1 : 1));
            }
        }
        for (int b = 0; b < 2; b++) {
            int j = sc.index(xs[s], ys[t], f, b);
            c[j] = c[j].subtract(BigInteger.ONE);
        }
        for (int a = 0; a < 2; a++) {
            int j = sc.index(xs[s], ys[t], a, 0);
            c[j] = c[j].subtract(BigInteger.ONE);
        }
        return new Inequality(c, BigInteger.ZERO);
    }

    private static List<Inequality> allChsh(Scenario sc) {
        List<Inequality> out = new ArrayList<>();
        int m = sc.inputs(0);
        for (int x0 = 0; x0 < m; x0++) {
            for (int x1 = x0 + 1; x1 < m; x1++) {
                for (int y0 = 0; y0 < m; y0++) {
                    for (int y1 = y0 + 1; y1 < m; y1++) {
                        for (int k = 0; k < 8; k++) {
                            out.add(chsh(sc, new int[] {x0, x1}, new int[] {y0, y1}, k & 1, k >> 1 & 1, k >> 2 & 1));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * I3322 in the Collins–Gisin form (Collins &amp; Gisin 2004): p(00|00) + p(00|01) + p(00|02) + p(00|10) + p(00|11)
     * − p(00|12) + p(00|20) − p(00|21) − p_A(0|0) − 2 p_B(0|0) − p_B(0|1) ≤ 0, marginals read at the other input 0.
     */
    private static Inequality i3322(Scenario s) {
        BigInteger[] c = RowEchelon.zero(s.size());
        int[][] joint = {{1, 1, 1}, {1, 1, -1}, {1, -1, 0}};
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                int j = s.index(x, y, 0, 0);
                c[j] = c[j].add(BigInteger.valueOf(joint[x][y]));
            }
        }
        for (int b = 0; b < 2; b++) {
            c[s.index(0, 0, 0, b)] = c[s.index(0, 0, 0, b)].subtract(BigInteger.ONE);
        }
        for (int a = 0; a < 2; a++) {
            c[s.index(0, 0, a, 0)] = c[s.index(0, 0, a, 0)].subtract(BigInteger.TWO);
            c[s.index(0, 1, a, 0)] = c[s.index(0, 1, a, 0)].subtract(BigInteger.ONE);
        }
        return new Inequality(c, BigInteger.ZERO);
    }

    @Test
    void localChshPolytopeHasPositivityAndChshFacets() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        BehaviourPolytope p = polytope(CausalModel.LHV, s);
        List<BigInteger[]> points = deterministic(CausalModel.LHV, s);
        assertEquals(16, points.size());
        BehaviourPolytope.Facets f = p.facets(JAVA);
        assertEquals(24, f.facets().inequalities().size());
        List<Inequality> expected = new ArrayList<>(positivity(s));
        expected.addAll(allChsh(s));
        assertEquals(tightSets(expected, points), tightSets(f.facets().inequalities(), points));
        assertEquals(Set.of(16, 8), new HashSet<>(Arrays.stream(f.classSizes()).boxed().toList()));
        assertEquals(128, p.symmetries().order(), "every relabelling, party exchange included, maps local strategies to local ones");
        assertEquals(8, p.dimension(), "16 entries − 4 normalisations − 2 + 2 no-signalling conditions");
    }

    @Test
    void local3322PolytopeHas684FacetsInThreeClasses() {
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        BehaviourPolytope.Facets f = local3322Facets();
        BehaviourPolytope p = local3322;
        List<BigInteger[]> points = deterministic(CausalModel.LHV, s);
        assertEquals(684, f.facets().inequalities().size());
        int[] sizes = f.classSizes().clone();
        Arrays.sort(sizes);
        // 36 positivity facets, 9 pairs of inputs × 8 CHSH relabellings, and the I3322 class (Collins & Gisin 2004)
        assertEquals(List.of(36, 72, 576), Arrays.stream(sizes).boxed().toList());
        Set<BitSet> found = tightSets(f.facets().inequalities(), points);
        assertTrue(found.containsAll(tightSets(positivity(s), points)));
        assertTrue(found.containsAll(tightSets(allChsh(s), points)));
        assertTrue(found.contains(tight(i3322(s), points)), "I3322 is a facet");
        assertEquals(15, p.dimension());
    }

    /**
     * Facets through a face, against the full enumeration: through the I3322 facet only I3322; through the face
     * of the sum of two facets exactly the facets tight on all of that face's deterministic behaviours.
     */
    @Test
    void facetsThroughAFaceAreTheFacetsContainingIt() {
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        List<Inequality> all = local3322Facets().facets().inequalities();
        BehaviourPolytope p = local3322;
        List<BigInteger[]> points = p.vertices();
        BehaviourPolytope.Face i3322 = p.face(i3322(s), JAVA);
        assertTrue(i3322.facet());
        assertEquals(Set.of(tight(i3322(s), points)), tightSets(i3322.facetsThrough().facets().inequalities(), points));
        for (int[] pair : new int[][] {{0, 1}, {0, 100}, {40, 600}, {5, 683}}) {
            Inequality a = all.get(pair[0]);
            Inequality b = all.get(pair[1]);
            BigInteger[] sum = new BigInteger[s.size()];
            for (int j = 0; j < sum.length; j++) {
                sum[j] = a.normal()[j].add(b.normal()[j]);
            }
            Inequality q = new Inequality(sum, a.bound().add(b.bound()));
            BitSet face = tight(q, points);
            Set<BitSet> expected = new HashSet<>();
            for (Inequality f : all) {
                BitSet t = tight(f, points);
                BitSet and = (BitSet) face.clone();
                and.and(t);
                if (and.equals(face)) {
                    expected.add(t);
                }
            }
            BehaviourPolytope.Face through = p.face(q, JAVA);
            assertFalse(through.facet());
            assertEquals(expected, tightSets(through.facetsThrough().facets().inequalities(), points), Arrays.toString(pair));
        }
    }

    /**
     * Chaves et al. 2015, eq. (10): I_A→B = E00 − E02 − E11 + E12 − E20 + E21 ≤ 4 over the A→B polytope of the 3,3,2,2
     * scenario. Its 512 strategies give 400 distinct behaviours (6 non-constant α × 2^6 responses β[a][y], and
     * for the 2 constant α only the 2^3 responses to that a matter). Recounted here from the definitions: the
     * maximum is 4; the tight behaviours and their affine dimension (textbook rational elimination) — less than
     * dim P − 1 = 20, so eq. (10) is not a facet; and every facet the engine lists through its face is valid,
     * contains the face and spans dimension 20.
     */
    @Test
    void equationTenIsValidButNotAFacetOfTheFullAtoBPolytope() {
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        List<BigInteger[]> points = deterministic(CausalModel.A_TO_B, s);
        assertEquals(400, points.size());
        BigInteger[] c = RowEchelon.zero(s.size());
        int[][] e = {{1, 0, -1}, {0, -1, 1}, {-1, 1, 0}};
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        c[s.index(x, y, a, b)] = BigInteger.valueOf(e[x][y] * ((a ^ b) == 0 ? 1 : -1));
                    }
                }
            }
        }
        Inequality iab = new Inequality(c, BigInteger.valueOf(4));
        BitSet face = tight(iab, points);
        List<BigInteger[]> tightPoints = face.stream().mapToObj(points::get).toList();
        int polytopeDimension = Exact.affineDimension(points);
        int faceDimension = Exact.affineDimension(tightPoints);
        assertEquals(21, polytopeDimension, "36 entries − 9 normalisations − 6 of Alice's no-signalling conditions");

        BehaviourPolytope p = polytope(CausalModel.A_TO_B, s);
        BehaviourPolytope.Face f = p.face(iab, JAVA);
        assertEquals(BigInteger.valueOf(4), f.maximum().getNumerator());
        assertEquals(face.cardinality(), f.tight());
        assertEquals(faceDimension, f.dimension());
        assertEquals(polytopeDimension, f.polytopeDimension());
        assertTrue(faceDimension < polytopeDimension - 1);
        assertFalse(f.facet());
        List<Inequality> through = f.facetsThrough().facets().inequalities();
        assertFalse(through.isEmpty());
        for (Inequality q : through) {
            BitSet t = tight(q, points);
            BitSet and = (BitSet) face.clone();
            and.and(t);
            assertEquals(face, and, "the facet contains the face");
            assertEquals(polytopeDimension - 1, Exact.affineDimension(t.stream().mapToObj(points::get).toList()), "a facet: " + q);
        }
    }
}
