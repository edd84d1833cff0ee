package relax.scenarios.reproduce.polytope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.locality.CausalModel;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * The verdicts of the dual-side reproductions: Table I agrees entry for entry; the A→B law contradicts eq. (38)
 * by the factor 2 proved in README; the one-bit law refines eq. (9) (exact on no-signalling behaviours, which the paper
 * does not require); eq. (10) refines: valid, a facet of the correlator projection, not of the full A→B polytope (the
 * independent checks of these numbers are in relax.lp.polytope's tests).
 */
class PolytopeReproductionsTest {

    private static Reproduction.Section run(Reproduction r, Path dir) throws Exception {
        return r.run(dir, line -> { });
    }

    @Test
    void tableOneAgrees(@TempDir Path dir) throws Exception {
        Reproduction.Section s = run(new TableOne(), dir);
        assertEquals(Verdict.AGREES, s.verdict(), s.markdown());
        assertTrue(s.engine().startsWith("13 vertices, 13/13 equal to Table I; projected 12"), s.engine());
    }

    @Test
    void lawsFromTheVertices(@TempDir Path dir) throws Exception {
        Reproduction.Section a2b = run(new VertexLaw(CausalModel.A_TO_B), dir);
        assertEquals(Verdict.CONTRADICTS, a2b.verdict(), a2b.markdown());
        assertTrue(a2b.engine().contains("NS law 2·max(0, CHSH) at 40/40"), a2b.engine());
        assertTrue(a2b.markdown().contains("PR box: 1, not 1/2"), a2b.markdown());
        Reproduction.Section comm = run(new VertexLaw(CausalModel.COMMUNICATION), dir);
        assertEquals(Verdict.REFINES, comm.verdict(), comm.markdown());
    }

    @Test
    void equationTenIsNotAFacetOfTheFullPolytope(@TempDir Path dir) throws Exception {
        Reproduction.Section s = run(new EquationTenFacet(), dir);
        assertEquals(Verdict.REFINES, s.verdict(), s.markdown());
        assertEquals("valid; tight on 24 behaviours spanning dimension 17 of 21: not a facet (a facet of the correlator projection: yes)", s.engine());
    }
}
