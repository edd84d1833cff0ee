package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.lp.polytope.Lrs;

/** {@code relax dual-vertices} and {@code relax facets}: output, JSON, and one-line refusals of bad input (exit code 2). */
class PolytopeCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Table I (Chaves et al. 2015): 13 vertices in classes of 1, 8 and 4, vertex 2 as printed in the paper. */
    @Test
    void dualVerticesReproducesTableOne() throws Exception {
        Run r = Run.of("dual-vertices", "--model", "x2b", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(13, root.get("vertices").size());
        List<String> row2 = new ArrayList<>();
        root.get("vertices").get(1).get("z").forEach(n -> row2.add(n.asText()));
        assertEquals(List.of("0", "-1/2", "0", "1/2", "0", "-1/2", "-1", "-1/2", "0", "-1/2", "0", "1/2", "0", "1/2", "0", "-1/2"), row2);
        List<Integer> sizes = new ArrayList<>();
        root.get("classes").forEach(c -> sizes.add(c.get("size").asInt()));
        assertEquals(List.of(1, 8, 4), sizes);
        assertEquals("no-signalling", root.get("classes").get(2).get("kind").asText());
        assertTrue(root.get("law").get("no_signalling").asText().contains("max(0, chsh and its 7 relabellings)"), root.get("law").toString());
        assertEquals(5, root.get("lineality_dimension").asInt());
    }

    @Test
    void dualVerticesText() {
        Run r = Run.of("dual-vertices", "--model", "a2b");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("found        21 vertices and 24 rays"), r.out());
        assertTrue(r.out().contains("on no-signalling behaviours: min C_A→B = max(0, 2·chsh"), r.out());
    }

    /** The projection onto z loses exactly the zero vertex (the midpoint of two opposite no-signalling vertices). */
    @Test
    void projectedFormulationHasTwelve() throws Exception {
        Run r = Run.of("dual-vertices", "--model", "x2b", "--formulation", "projected", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(12, JSON.readTree(r.out()).get("vertices").size());
        assertTrue(JSON.readTree(r.out()).get("law").get("text").asText().contains("0 [implied"));
    }

    @Test
    void dualVerticesEnginesAgree() {
        assumeTrue(Lrs.find(60).isPresent(), "lrs is not installed");
        Run r = Run.of("dual-vertices", "--model", "x2b", "--engine", "both");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("lrs agrees"), r.out());
    }

    @Test
    void dualVerticesRejectsBadInput() {
        for (String[] args : new String[][] {{"dual-vertices", "--model", "lhv"}, {"dual-vertices", "--model", "x2b", "--formulation", "dual"},
            {"dual-vertices", "--model", "x2b", "--scenario", "4,4,2,2"}, {"dual-vertices", "--model", "x2b", "--engine", "cdd"},
            {"dual-vertices", "--model", "x3b"}}) {
            Run r = Run.of(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneLineError(), r.err());
        }
    }

    /** The local CHSH polytope: 16 positivity and 8 CHSH facets. */
    @Test
    void facetsOfTheLocalChshPolytope() throws Exception {
        Run r = Run.of("facets", "--model", "lhv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("facets       24 in 2 classes"), r.out());
        assertTrue(r.out().contains("class 1: 16 facets, e.g. p(01|00) >= 0"), r.out());
        assertTrue(r.out().contains("8 facets, e.g. chsh"), r.out());
        JsonNode root = JSON.readTree(Run.of("facets", "--model", "lhv", "--json").out());
        assertEquals(24, root.get("facets").size());
        assertEquals(8, root.get("dimension").asInt());
    }

    /** Eq. (10): valid, tight on 24 deterministic A→B behaviours of dimension 17 in a 21-dimensional polytope. */
    @Test
    void facetsThroughEquationTen() throws Exception {
        Run r = Run.of("facets", "--model", "a2b", "--scenario", "3,3,2,2", "--through", "iab");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("valid        yes: the maximum over the deterministic behaviours is 4"), r.out());
        assertTrue(r.out().contains("tight        24 deterministic behaviours, spanning an affine subspace of dimension 17"), r.out());
        assertTrue(r.out().contains("not a facet"), r.out());
        JsonNode root = JSON.readTree(Run.of("facets", "--model", "a2b", "--scenario", "3,3,2,2", "--through", "iab", "--json").out());
        assertEquals(false, root.get("through").get("facet").asBoolean());
        assertEquals(21, root.get("dimension").asInt());
    }

    /** A functional file with eq. (8) written out (bound 0) is a facet of the local polytope; with bound −1 it is not valid. */
    @Test
    void facetsThroughAFunctionalFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chsh.json");
        Files.writeString(f, "{\"inputs\": [2, 2], \"outputs\": [2, 2], \"bound\": 0, "
                + "\"coefficients\": [[[[-1, -1], [-1, 0]], [[1, 0], [0, 0]]], [[[1, 0], [0, 0]], [[-1, 0], [0, 0]]]]}");
        Run r = Run.of("facets", "--model", "lhv", "--through", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("verdict      a facet"), r.out());
        Run invalid = Run.of("facets", "--model", "lhv", "--through", f + "<=-1");
        assertEquals(0, invalid.exit(), invalid.err());
        assertTrue(invalid.out().contains("valid        NO: the maximum over the deterministic behaviours is 0"), invalid.out());
    }

    /**
     * The 3,3,2,2 X→B dual region (4 096 strategies, a 30-dimensional pointed part) is refused with the size reached
     * and the upper bound, here after 10⁷ adjacency comparisons instead of the default.
     */
    @Test
    void dualVerticesRefusesWhatCannotFinish() {
        Run r = Run.of("dual-vertices", "--model", "x2b", "--scenario", "3,3,2,2", "--max-work", "10000000");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("adjacency comparisons") && r.err().contains("upper bound theorem"), r.err());
    }

    @Test
    void facetsRejectBadInputAndRefuseTooLargeEnumerations() {
        for (String[] args : new String[][] {{"facets", "--model", "lhv", "--through", "nosuch"},
            {"facets", "--model", "lhv", "--through", "i3322"}, {"facets", "--model", "lhv", "--through", "chsh<=x"},
            {"facets", "--model", "a2b", "--scenario", "3,3,2,2", "--max-rays", "500"}}) {
            Run r = Run.of(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneLineError(), r.err());
        }
        Run r = Run.of("facets", "--model", "a2b", "--scenario", "3,3,2,2", "--max-rays", "500");
        assertTrue(r.err().contains("more than 500 intermediate rays") && r.err().contains("upper bound theorem"), r.err());
    }
}
