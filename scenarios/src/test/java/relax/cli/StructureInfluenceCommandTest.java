package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relax.core.Entropy;

/** {@code relax influence --structure}: values derived in docs/causal-structures.md and StructureExamplesTest, output and errors. */
class StructureInfluenceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shipped instrumental file's own p needs C_x→b = (√2 − 1)/4 = 0.10355339059…, printed to 10 digits. */
    @Test
    void instrumentalStructureWithItsOwnBehaviour() {
        Run r = Run.of("influence", "--structure", "instrumental");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("result      min C_x→b = 0.1035533906"), r.out());
        assertTrue(r.out().contains("verified    yes: exact dual bound"), r.out());
        assertTrue(r.out().contains("certificate every instrumental model satisfies"), r.out());
        // entries named by the structure's nodes (one setting, two outcomes)
        assertTrue(r.out().contains("p(a=1,b=1|x=1)"), r.out());
    }

    /** --structure x2b takes its sizes from the behaviour and gives what --model x2b gives: (√2 − 1)/2 for the Tsirelson box. */
    @Test
    void shippedX2bOnAnyBipartiteBehaviour() throws IOException {
        Run r = Run.of("influence", "--structure", "x2b", "--json", "examples/tsirelson.json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("x2b", n.get("structure").asText());
        assertEquals("x->b", n.get("relaxed").get(0).asText());
        assertEquals("c_x_to_b", n.get("measure").asText());
        assertEquals("C_x→b", n.get("measure_label").asText());
        assertEquals((Math.sqrt(2) - 1) / 2, n.get("value").asDouble(), 1e-9);
        assertTrue(n.get("verified").asBoolean());
        assertEquals((Math.sqrt(2) - 1) / 2, n.get("certificate").get("bound").asDouble(), 1e-9);
        assertEquals("<= C_x→b for every x2b model", n.get("certificate").get("relation").asText());
    }

    /** comm: p(m=0) = CHSH excess and H(m) = h(p(m=0)) as with --model comm (ChshLawsTest, InfluenceCommandTest). */
    @Test
    void communicationStructureReportsTheEntropy() throws IOException {
        JsonNode n = JSON.readTree(Run.of("influence", "--structure", "comm", "--json", "examples/tsirelson.json").out());
        double chsh = (Math.sqrt(2) - 1) / 2;
        assertEquals(chsh, n.get("value").asDouble(), 1e-9);
        assertEquals(Entropy.binary(chsh), n.get("entropy").asDouble(), 1e-9);
    }

    /** The PR box is not local: exit 1 with a verified Farkas inequality, as with --model lhv. */
    @Test
    void prBoxIsIncompatibleWithLhv() throws IOException {
        Run r = Run.of("influence", "--structure", "lhv", "--json", "examples/pr-box.json");
        assertEquals(1, r.exit());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("infeasible", n.get("status").asText());
        assertTrue(n.get("certificate").get("infeasibility_proof").asBoolean());
        assertTrue(n.get("verified").asBoolean());
    }

    /** The PR box with x -> b and a -> b relaxed needs 1/3; with only x -> b measured, 0 (StructureExamplesTest derives both). */
    @Test
    void edgeOptionMeasuresOneEdge() throws IOException {
        JsonNode both = JSON.readTree(Run.of("influence", "--structure", "bell-x-and-a-to-b", "--json").out());
        assertEquals(1.0 / 3, both.get("value").asDouble(), 1e-9);
        assertEquals("max_c", both.get("measure").asText());
        assertEquals("max(C_x→b, C_a→b)", both.get("measure_label").asText());
        Run one = Run.of("influence", "--structure", "bell-x-and-a-to-b", "--edge", "x->b", "--json");
        assertEquals(0, one.exit(), one.err());
        JsonNode n = JSON.readTree(one.out());
        assertEquals(0, n.get("value").asDouble(), 1e-9);
        assertEquals("C_x→b", n.get("measure_label").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "influence --structure x2b --model x2b examples/pr-box.json|relax: give either --model MODEL (lhv, x2b, a2b, comm) or --structure S.json (or a shipped structure by name)",
        "influence --model x2b --edge x->b examples/pr-box.json|relax: --edge needs --structure",
        "influence --structure x2b --edge y->a examples/pr-box.json|relax: --edge y->a: relaxed edge y->a is not an edge of the graph: the parents of a are x (add y to them to relax that edge)",
        "influence --structure x2b|relax: give behaviour files, or a structure file with its own \"p\" (x2b has none)",
        "influence --structure instrumental examples/pr-box.json|relax: examples/pr-box.json: the behaviour has inputs [2, 2] and outputs [2, 2] but the structure's settings [x] have values [3] and its outcomes [a, b] [2, 2]",
        "influence --structure lhv3 examples/pr-box.json|relax: examples/pr-box.json: the behaviour lists 2 numbers of inputs, but setting 'z' takes the 3rd from it",
    })
    void badInputGetsOneLineAndExit2(String args, String message) {
        Run r = Run.of(args.split(" "));
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.oneLineError(), r.err());
        assertEquals(message, r.err().strip());
    }

    /** A structure whose values come from the behaviour cannot carry its own p. */
    @Test
    void fromBehaviourValuesWithOwnPAreRejected(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"nodes\": [{\"name\": \"x\", \"kind\": \"setting\", \"values\": \"from-behaviour\"},"
                + " {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\"]}], \"p\": [[0.5, 0.5], [0.5, 0.5]]}");
        Run r = Run.of("influence", "--structure", f.toString());
        assertEquals(2, r.exit());
        assertEquals("relax: " + f + ": \"p\" cannot be given when nodes take their values from the behaviour (x); give the values, or the behaviour as a file",
                r.err().strip());
    }
}
