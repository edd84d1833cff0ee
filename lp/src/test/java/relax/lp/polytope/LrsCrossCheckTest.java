package relax.lp.polytope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import relax.core.Scenario;
import relax.core.locality.CausalModel;

/**
 * The pure-Java double description method against lrs (reverse search, a different algorithm) on the same
 * inputs: both answers are canonical (gauge-reduced, primitive, sorted), so they must be equal list for list.
 * Skipped, with the reason printed, where lrs is not installed (Debian/Ubuntu package lrslib).
 */
class LrsCrossCheckTest {
    private static final Polyhedra.Options JAVA = Polyhedra.Options.defaults();
    private static final Polyhedra.Options LRS = JAVA.withBackend(Polyhedra.Backend.LRS);

    @BeforeAll
    static void needsLrs() {
        boolean found = Lrs.find(60).isPresent();
        if (!found) {
            System.out.println("LrsCrossCheckTest skipped: no lrs executable on the PATH (apt-get install lrslib)");
        }
        assumeTrue(found, "lrs is not installed");
    }

    private static void assertSameVertices(VRepresentation a, VRepresentation b) {
        assertEquals(a.vertices().stream().map(Arrays::asList).toList(), b.vertices().stream().map(Arrays::asList).toList(), "vertices");
        assertEquals(a.rays().stream().map(Arrays::asList).toList(), b.rays().stream().map(Arrays::asList).toList(), "rays");
        assertEquals(a.lineality().length, b.lineality().length, "lineality dimension");
    }

    @Test
    void randomPolytopes() {
        Random random = new Random(17);
        for (int trial = 0; trial < 15; trial++) {
            HRepresentation h = PolyhedraTest.randomPolytope(random, 2 + trial % 4, 8 + random.nextInt(8));
            assertSameVertices(Polyhedra.vertices(h, JAVA), Polyhedra.vertices(h, LRS));
            VRepresentation v = new VRepresentation(4, PolyhedraTest.randomPoints(random, 12, 4, 5), List.of(), new BigInteger[0][]);
            assertEquals(Polyhedra.facets(v, JAVA), Polyhedra.facets(v, LRS));
        }
    }

    /** A polyhedron with rays and a lineality space: the square times a line, cut by x + y + z ≥ −4 (so z is no line). */
    @Test
    void raysAndLineality() {
        List<Inequality> h = List.of(Exact.le(1, 1, 0, 0, 0), Exact.le(1, -1, 0, 0, 0), Exact.le(1, 0, 1, 0, 0), Exact.le(1, 0, -1, 0, 0),
                Exact.le(4, -1, -1, -1, 0));
        HRepresentation p = HRepresentation.of(4, h);
        VRepresentation java = Polyhedra.vertices(p, JAVA);
        assertSameVertices(java, Polyhedra.vertices(p, LRS));
        assertEquals(1, java.lineality().length);
        assertEquals(1, java.rays().size());
    }

    /**
     * The lifted and ℓ1 dual regions for C_X→B and the lifted ones for C_A→B and p(m=0), in the CHSH scenario (lrs
     * takes 0.5–2.5 s for each of these on this machine). The projected region is built from the lifted one by
     * the same two conversions, each cross-checked here.
     */
    @Test
    void dualRegionsOfTheChshScenario() {
        for (CausalModel m : List.of(CausalModel.X_TO_B, CausalModel.A_TO_B, CausalModel.COMMUNICATION)) {
            DualRegion region = new DualRegion(StrategyTable.of(m.strategies(Scenario.bipartite(2, 2, 2, 2)), 1 << 16));
            HRepresentation h = region.inequalities(DualRegion.Formulation.LIFTED);
            assertSameVertices(Polyhedra.vertices(h, JAVA), Polyhedra.vertices(h, LRS));
            if (m == CausalModel.X_TO_B) {
                HRepresentation l1 = region.inequalities(DualRegion.Formulation.L1);
                assertSameVertices(Polyhedra.vertices(l1, JAVA), Polyhedra.vertices(l1, LRS));
            }
        }
    }

    @Test
    void localChshPolytopeFacets() {
        VRepresentation v = BehaviourPolytope.of(StrategyTable.of(CausalModel.LHV.strategies(Scenario.bipartite(2, 2, 2, 2)), 1 << 16))
                .representation();
        assertEquals(Polyhedra.facets(v, JAVA), Polyhedra.facets(v, LRS));
    }

    /** The 3,3,2,2 local polytope: lrs needs about 26 s here (the Java engine 2.5 s), so only with -Drelax.heavy=true. */
    @Test
    @EnabledIfSystemProperty(named = "relax.heavy", matches = "true")
    void local3322PolytopeFacets() {
        VRepresentation v = BehaviourPolytope.of(StrategyTable.of(CausalModel.LHV.strategies(Scenario.bipartite(3, 3, 2, 2)), 1 << 16))
                .representation();
        assertEquals(Polyhedra.facets(v, JAVA), Polyhedra.facets(v, LRS));
    }
}
