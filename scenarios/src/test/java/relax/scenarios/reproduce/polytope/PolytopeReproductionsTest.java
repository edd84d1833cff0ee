package relax.scenarios.reproduce.polytope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.locality.CausalModel;
import relax.scenarios.report.Reproduction;

/**
 * The verdicts of the dual-side reproductions: Table I agrees entry for entry; the A→B law differs from eq. (38)
 * by the factor 2 proved in README; the one-bit law agrees with eq. (9); eq. (10) is valid but not a facet of
 * the full A→B polytope (the independent checks of these numbers are in relax.lp.polytope's tests).
 */
class PolytopeReproductionsTest {

    private static Reproduction.Section run(Reproduction r, Path dir) throws Exception {
        return r.run(dir, line -> { });
    }

    @Test
    void tableOneAgrees(@TempDir Path dir) throws Exception {
        Reproduction.Section s = run(new TableOne(), dir);
        assertTrue(s.agrees(), s.markdown());
        assertTrue(s.engine().startsWith("13 vertices, 13/13 equal to Table I; projected 12"), s.engine());
    }

    @Test
    void lawsFromTheVertices(@TempDir Path dir) throws Exception {
        Reproduction.Section a2b = run(new VertexLaw(CausalModel.A_TO_B), dir);
        assertFalse(a2b.agrees());
        assertTrue(a2b.engine().contains("NS law 2·max(0, CHSH) at 40/40"), a2b.engine());
        assertTrue(a2b.markdown().contains("PR box: 1, not 1/2"), a2b.markdown());
        Reproduction.Section comm = run(new VertexLaw(CausalModel.COMMUNICATION), dir);
        assertTrue(comm.agrees(), comm.markdown());
    }

    @Test
    void equationTenIsNotAFacetOfTheFullPolytope(@TempDir Path dir) throws Exception {
        Reproduction.Section s = run(new EquationTenFacet(), dir);
        assertFalse(s.agrees());
        assertEquals("valid; tight on 24 behaviours spanning dimension 17 of 21: not a facet (a facet of the correlator projection: yes)", s.engine());
    }
}
