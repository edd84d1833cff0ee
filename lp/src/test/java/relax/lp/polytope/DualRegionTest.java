package relax.lp.polytope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * The dual region of eq. (27) (Chaves et al. 2015, Corollary 8) in the CHSH scenario: Table I reproduced entry for
 * entry, every vertex re-verified as dual feasible against every strategy from the definitions, and
 * Theorem 1 — the maximum over the vertices is the LP optimum — on random behaviours, most of them
 * signalling from Alice to Bob.
 */
class DualRegionTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);
    private static final Polyhedra.Options JAVA = Polyhedra.Options.defaults();

    /**
     * Chaves et al. 2015, Table I, copied from the paper (columns p^{xy}_{ab} with xy outer, ab inner — the
     * engine's behaviour order — as point 10 = −p(01|00) − p(11|00) + p(01|10) + p(11|10), eq. 35, confirms).
     */
    static final String[][] TABLE_I = {
        {"0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"},
        {"0", "-1/2", "0", "1/2", "0", "-1/2", "-1", "-1/2", "0", "-1/2", "0", "1/2", "0", "1/2", "0", "-1/2"},
        {"0", "-1/2", "0", "1/2", "0", "-1/2", "-1", "-1/2", "0", "1/2", "0", "-1/2", "0", "-1/2", "0", "1/2"},
        {"0", "-1/2", "0", "1/2", "0", "1/2", "0", "-1/2", "0", "-1/2", "0", "1/2", "0", "-1/2", "-1", "-1/2"},
        {"0", "-1/2", "0", "1/2", "0", "1/2", "0", "-1/2", "0", "1/2", "0", "-1/2", "-1", "-1/2", "0", "-1/2"},
        {"0", "1/2", "0", "-1/2", "0", "-1/2", "0", "1/2", "0", "-1/2", "0", "1/2", "0", "-1/2", "-1", "-1/2"},
        {"0", "1/2", "0", "-1/2", "0", "-1/2", "0", "1/2", "0", "1/2", "0", "-1/2", "-1", "-1/2", "0", "-1/2"},
        {"0", "1/2", "0", "-1/2", "0", "1/2", "1", "1/2", "0", "-1/2", "0", "1/2", "-1", "-1/2", "-1", "-3/2"},
        {"0", "1/2", "0", "-1/2", "0", "1/2", "1", "1/2", "0", "1/2", "0", "-1/2", "-1", "-3/2", "-1", "-1/2"},
        {"0", "-1", "0", "-1", "0", "0", "0", "0", "0", "1", "0", "1", "0", "0", "0", "0"},
        {"0", "0", "0", "0", "0", "-1", "0", "-1", "0", "0", "0", "0", "0", "1", "0", "1"},
        {"0", "0", "0", "0", "0", "1", "0", "1", "0", "0", "0", "0", "0", "-1", "0", "-1"},
        {"0", "1", "0", "1", "0", "0", "0", "0", "0", "-1", "0", "-1", "0", "0", "0", "0"}};

    private static DualRegion region(CausalModel m) {
        return new DualRegion(StrategyTable.of(m.strategies(CHSH), 1 << 16));
    }

    private static List<List<BigFraction>> zs(List<DualRegion.Point> points) {
        List<List<BigFraction>> out = new ArrayList<>();
        for (DualRegion.Point p : points) {
            out.add(Arrays.asList(p.z()));
        }
        return out;
    }

    @Test
    void tableIIsTheLiftedRegionOfCxb() {
        DualVertices d = DualVertices.of(region(CausalModel.X_TO_B), DualRegion.Formulation.LIFTED, JAVA);
        List<List<BigFraction>> expected = new ArrayList<>();
        for (String[] row : TABLE_I) {
            expected.add(Arrays.asList(Exact.fractions(row)));
        }
        assertEquals(expected, zs(d.vertices()), "Table I, row for row");
        // the gauge: Table I's identically zero columns 1, 3, 5, 9, 11 (p(00|00), p(10|00), p(00|01), p(00|10), p(10|10))
        assertArrayEquals(new int[] {0, 2, 4, 8, 10}, d.enumeration().gauge().zeroCoordinates());
        assertEquals(5, d.enumeration().lineality().length, "3 normalisation differences + 2 of Alice's no-signalling conditions");
        assertEquals(List.of(new DualVertices.SymmetryClass(DualVertices.Kind.ZERO, 0, 1),
                new DualVertices.SymmetryClass(DualVertices.Kind.BELL, 1, 8), new DualVertices.SymmetryClass(DualVertices.Kind.NO_SIGNALLING, 9, 4)),
                d.classes());
        assertEquals(64, d.group().order(), "relabellings of x, y, a per x, b per y; no party exchange for X→B");
    }

    /**
     * The projection onto z has Table I's rows 2–13 and not the zero vertex: z = 0 is the midpoint of rows 10
     * and 13, which are opposite. Every vertex of a projection is the image of a vertex (the 13 of Table I), and
     * each of rows 2–13 is the unique maximiser of ⟨z, p⟩ among the 13 for some behaviour p the X→B structure
     * produces (found below among the mixtures of two deterministic behaviours with weights k/4), on which rays
     * and lineality directions give ⟨r, p⟩ ≤ 0: so each is a vertex.
     */
    @Test
    void projectedRegionDropsTheZeroVertex() {
        DualRegion.Enumeration e = region(CausalModel.X_TO_B).enumerate(DualRegion.Formulation.PROJECTED, JAVA);
        Set<List<BigFraction>> expected = new HashSet<>();
        for (int i = 1; i < TABLE_I.length; i++) {
            expected.add(Arrays.asList(Exact.fractions(TABLE_I[i])));
        }
        assertEquals(expected, new HashSet<>(zs(e.vertices())));
        Definitions def = new Definitions(CausalModel.X_TO_B, CHSH);
        boolean[] exposed = new boolean[TABLE_I.length];
        for (long u = 0; u < def.strategies(); u++) {
            for (long w = u; w < def.strategies(); w++) {
                for (int k = 1; k <= 3; k++) {
                    BigFraction[] p = new BigFraction[CHSH.size()];
                    Arrays.fill(p, BigFraction.ZERO);
                    for (int x = 0; x < 2; x++) {
                        for (int y = 0; y < 2; y++) {
                            p[def.entry(u, x, y)] = p[def.entry(u, x, y)].add(new BigFraction(k, 4));
                            p[def.entry(w, x, y)] = p[def.entry(w, x, y)].add(new BigFraction(4 - k, 4));
                        }
                    }
                    int best = uniqueMaximiser(p);
                    if (best >= 0) {
                        exposed[best] = true;
                    }
                }
            }
        }
        for (int i = 1; i < TABLE_I.length; i++) {
            assertTrue(exposed[i], "row " + (i + 1) + " of Table I is the unique maximiser for some behaviour");
        }
    }

    /** Where Corollary 8's ℓ1 ball and the lifted region x ≥ 0, Σx ≤ 1 overlap (x ≥ 0) they coincide, so an ℓ1 vertex with x ≥ 0 is a lifted vertex. */
    @Test
    void l1VerticesInTheOrthantAreLiftedVertices() {
        DualRegion r = region(CausalModel.X_TO_B);
        DualRegion.Enumeration l1 = r.enumerate(DualRegion.Formulation.L1, JAVA);
        Set<List<BigFraction>> lifted = new HashSet<>();
        for (DualRegion.Point p : r.enumerate(DualRegion.Formulation.LIFTED, JAVA).vertices()) {
            lifted.add(concat(p));
        }
        int inOrthant = 0;
        int outside = 0;
        for (DualRegion.Point p : l1.vertices()) {
            if (Arrays.stream(p.x()).allMatch(f -> f.compareTo(BigFraction.ZERO) >= 0)) {
                assertTrue(lifted.contains(concat(p)));
                inOrthant++;
            } else {
                outside++;
            }
        }
        assertTrue(outside > 0, "the l1 form has vertices with negative x");
        assertEquals(l1.vertices().size(), inOrthant + outside);
    }

    private static List<BigFraction> concat(DualRegion.Point p) {
        List<BigFraction> l = new ArrayList<>(Arrays.asList(p.z()));
        l.addAll(Arrays.asList(p.x()));
        return l;
    }

    /**
     * Every vertex (z, x) of the lifted and ℓ1 regions, and every projected vertex with its witness x, meets
     * scale·⟨z, T_λ⟩ ≤ Σ_i x_i counts_i(λ) for every strategy λ, recomputed from the definitions, exactly; x ≥ 0
     * and Σ x ≤ 1 (lifted, projected) or ‖x‖₁ ≤ 1 (ℓ1).
     */
    @ParameterizedTest
    @EnumSource(value = CausalModel.class, names = {"X_TO_B", "A_TO_B", "COMMUNICATION"})
    void everyVertexIsDualFeasible(CausalModel m) {
        Definitions def = new Definitions(m, CHSH);
        DualRegion r = region(m);
        for (DualRegion.Formulation f : DualRegion.Formulation.values()) {
            for (DualRegion.Point p : r.enumerate(f, JAVA).vertices()) {
                BigFraction norm = BigFraction.ZERO;
                for (BigFraction xi : p.x()) {
                    if (f != DualRegion.Formulation.L1) {
                        assertTrue(xi.compareTo(BigFraction.ZERO) >= 0);
                    }
                    norm = norm.add(xi.abs());
                }
                assertTrue(norm.compareTo(BigFraction.ONE) <= 0, "‖x‖₁ ≤ 1");
                for (long lambda = 0; lambda < def.strategies(); lambda++) {
                    BigFraction lhs = BigFraction.ZERO;
                    for (int x = 0; x < 2; x++) {
                        for (int y = 0; y < 2; y++) {
                            lhs = lhs.add(p.z()[def.entry(lambda, x, y)]);
                        }
                    }
                    BigFraction rhs = BigFraction.ZERO;
                    int[] rows = def.rows(lambda);
                    for (int i = 0; i < rows.length; i++) {
                        rhs = rhs.add(p.x()[i].multiply(rows[i]));
                    }
                    assertTrue(lhs.multiply(def.scale()).compareTo(rhs) <= 0, m + " " + f + " strategy " + lambda);
                }
            }
        }
    }

    /**
     * Theorem 1: min measure = max over the vertices of ⟨z, p⟩, checked against the engine's LP (solved in
     * floating point, certified by its own exact dual bound) on random behaviours each model can produce —
     * mixtures of its deterministic behaviours, which mostly signal from Alice to Bob, and for X→B and one bit
     * also arbitrary behaviours with Alice's marginal independent of y — in all three formulations.
     */
    @ParameterizedTest
    @EnumSource(value = CausalModel.class, names = {"X_TO_B", "A_TO_B", "COMMUNICATION"})
    void maximumOverVerticesIsTheLpOptimum(CausalModel m) {
        Definitions def = new Definitions(m, CHSH);
        DualRegion r = region(m);
        List<DualVertices> all = new ArrayList<>();
        for (DualRegion.Formulation f : DualRegion.Formulation.values()) {
            all.add(DualVertices.of(r, f, JAVA));
        }
        Random random = new Random(m.ordinal() + 7);
        int signalling = 0;
        for (int trial = 0; trial < 40; trial++) {
            BigFraction[] p = m != CausalModel.A_TO_B && trial % 2 == 1 ? def.randomAliceNoSignalling(random) : def.randomBehaviour(random);
            double[] pd = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                pd[j] = p[j].doubleValue();
            }
            Behaviour b = new Behaviour(CHSH, pd);
            signalling += b.signallingTo(1, 1e-12).isPresent() ? 1 : 0;
            RelaxationResult lp = new Relaxation(m.strategies(CHSH), BehaviourConstraints.reproducing(b)).solve(SolveOptions.defaults());
            assertEquals(Status.OPTIMAL, lp.status(), lp.reason());
            assertTrue(lp.verified());
            for (DualVertices d : all) {
                assertEquals(lp.value(), d.maximum(p).doubleValue(), 1e-9, m + " " + d.enumeration().formulation() + " trial " + trial);
            }
        }
        assertTrue(signalling >= 20, "most test behaviours signal to Bob: " + signalling);
    }

    /** The row of Table I with the largest ⟨z, p⟩ if it is the only one, else −1. */
    private static int uniqueMaximiser(BigFraction[] p) {
        int best = -1;
        BigFraction max = null;
        boolean unique = false;
        for (int i = 0; i < TABLE_I.length; i++) {
            BigFraction v = dot(Exact.fractions(TABLE_I[i]), p);
            int c = max == null ? 1 : v.compareTo(max);
            if (c > 0) {
                max = v;
                best = i;
                unique = true;
            } else if (c == 0) {
                unique = false;
            }
        }
        return unique ? best : -1;
    }

    private static BigFraction dot(BigFraction[] a, BigFraction[] b) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }
}
