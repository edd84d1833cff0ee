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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * relax noncontextual, nodisturbance, faithfulness and example peres-mermin end to end: exit codes, JSON fields, and one
 * line (exit 2, nothing solved) for every malformed scenario file.
 */
class ContextualityCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /**
     * The PR box as a compatibility behaviour: not noncontextual, min C_ctx→A = 1/4 = (CHSH − 2)/8 (every strategy
     * reproducing it flips one of the four measurements, docs/contextuality.md), contextual fraction 1.
     */
    @Test
    void prBoxAsJson() throws IOException {
        Run r = Run.of("noncontextual", "--json", "examples/pr-box.json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("optimal", n.get("status").asText());
        assertEquals(0.25, n.get("value").asDouble(), 1e-9);
        assertEquals("no", n.get("noncontextual").asText());
        assertEquals(1, n.get("contextual_fraction").get("value").asDouble(), 1e-9);
        assertEquals("1", n.get("contextual_fraction").get("certificate").get("bound_exact").asText());
        assertEquals("1/4", n.get("certificate").get("bound_exact").asText());
        assertEquals("infeasible", n.get("noncontextual_model").get("status").asText());
        assertTrue(n.get("no_disturbance").get("conditions").get("i").get("holds").asBoolean());
    }

    /** relax example peres-mermin writes a contextuality file that the commands read; at v = 1/2 it is noncontextual. */
    @Test
    void examplePeresMermin(@TempDir Path dir) throws IOException {
        Run e = Run.of("example", "peres-mermin", "--visibility", "0.5");
        assertEquals(0, e.exit(), e.err());
        Path f = write(dir, "pm.json", e.out());
        Run r = Run.of("noncontextual", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("result      noncontextual: a KS-noncontextual model reproduces p (min C_ctx->A = 0)"), r.out());
        Run nd = Run.of("nodisturbance", f.toString());
        assertEquals(0, nd.exit(), nd.err());
        assertTrue(nd.out().contains("verdict     no-disturbance holds"), nd.out());
        Run bad = Run.of("example", "peres-mermin", "--d", "3");
        assertEquals(2, bad.exit());
        assertTrue(bad.oneLineError(), bad.err());
    }

    /** Def. 2 (i) broken by 1/6, found exactly between the two contexts that differ in Alice's measurement. */
    @Test
    void disturbingFile(@TempDir Path dir) throws IOException {
        Path f = write(dir, "d.json", "{\"measurements\": {\"A0\": 2, \"A1\": 2, \"B0\": 2}, \"contexts\": {\"A0B0\": [\"A0\", \"B0\"], \"A1B0\": [\"A1\", \"B0\"]},"
                + " \"p\": {\"A0B0\": [[0.25, 0.25], [0.25, 0.25]], \"A1B0\": [[\"1/6\", \"1/3\"], [\"1/6\", \"1/3\"]]}}");
        Run r = Run.of("nodisturbance", f.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("(i) A_2 (B0): p(B0=0) = 0.5 in A0B0 but 0.3333333333 in A1B0, a difference of 0.1666666667 (exactly 1/6)"), r.out());
        Run j = Run.of("nodisturbance", "--json", f.toString());
        JsonNode n = JSON.readTree(j.out());
        assertEquals("broken", n.get("status").asText());
        assertEquals("1/6", n.get("largest").get("amount_exact").asText());
        assertEquals("A0B0,A1B0", n.get("largest").get("contexts").asText());
    }

    /** Malformed files: one line naming the file and the rule, exit 2, for every command that reads them. */
    @ParameterizedTest
    @ValueSource(strings = {"noncontextual", "nodisturbance", "faithfulness"})
    void malformedFiles(String command, @TempDir Path dir) throws IOException {
        String[][] cases = {
            {"{\"measurements\": {\"a\": 2}, \"contexts\": {\"x\": [\"a\", \"q\"]}, \"p\": {}}", "context 'x' names measurement 'q'"},
            {"{\"measurements\": {\"a\": 2, \"b\": 2}, \"contexts\": {\"x\": [\"a\"], \"y\": [\"b\"]}, \"p\": {\"x\": [0.5, 0.5]}}", "\"p\" has no entry for context 'y'"},
            {"{\"measurements\": {\"a\": 2}, \"contexts\": {\"x\": [\"a\"]}, \"p\": {\"x\": [0.2, 0.3, 0.5]}}", "p.x has 3 entries but measurement a (slot 1 of x) has 2 outcomes"},
            {"{\"measurements\": {\"a\": 2}, \"contexts\": {\"x\": [\"a\"]}, \"p\": {\"x\": [0.5, 0.6]}}", "p.x sums to 1.1"},
        };
        for (String[] c : cases) {
            Path f = write(dir, "bad.json", c[0]);
            Run r = command.equals("faithfulness") ? Run.of(command, "--model", "canonical", f.toString()) : Run.of(command, f.toString());
            assertEquals(2, r.exit(), command + ": " + r.out() + r.err());
            assertTrue(r.oneLineError(), r.err());
            assertTrue(r.err().startsWith("relax: " + f + ": ") && r.err().contains(c[1]), r.err());
            assertEquals("", r.out());
        }
    }

    /** A scenario too large for the exact search is refused with its estimated size before anything is solved. */
    @Test
    void refusesTooLargeScenarios(@TempDir Path dir) throws IOException {
        StringBuilder p = new StringBuilder();
        int m = 12;
        for (int x = 0; x < m; x++) {
            p.append(x > 0 ? "," : "").append('[');
            for (int y = 0; y < m; y++) {
                p.append(y > 0 ? "," : "").append("[[0.25, 0.25], [0.25, 0.25]]");
            }
            p.append(']');
        }
        Path f = write(dir, "big.json", "{\"inputs\": [" + m + ", " + m + "], \"outputs\": [2, 2], \"p\": [" + p + "]}");
        Run r = Run.of("noncontextual", f.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("states (at most 4194304); the scenario is too large to solve"), r.err());
    }

    /** x2b fine-tunes b ⊥ x | y on the Tsirelson box; a graph with the wrong number of slots is invalid input. */
    @Test
    void faithfulness(@TempDir Path dir) throws IOException {
        Run r = Run.of("faithfulness", "--model", "x2b", "examples/tsirelson.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("verdict     fine-tuned: 1 independence of p holds only by fine-tuning in x2b (b ⊥ x | y)"), r.out());
        Run lhv = Run.of("faithfulness", "--structure", "lhv", "--json", "examples/tsirelson.json");
        assertTrue(JSON.readTree(lhv.out()).get("faithful").asBoolean(), lhv.out());
        Path pm = write(dir, "pm.json", Run.of("example", "peres-mermin").out());
        Run wrong = Run.of("faithfulness", "--model", "x2b", pm.toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.oneLineError(), wrong.err());
        assertTrue(wrong.err().contains("has 2 slots (settings) but the behaviour's scenario has 3"), wrong.err());
        Run both = Run.of("faithfulness", "--model", "x2b", "--structure", "lhv", pm.toString());
        assertEquals(2, both.exit());
    }

    /** relax convert --to contextuality writes the PR box as a contextuality file with exact entries; reading it back gives the same verdict. */
    @Test
    void convertToContextuality(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pr.json");
        Run c = Run.of("convert", "examples/pr-box.json", "--to", "contextuality", "--out", out.toString());
        assertEquals(0, c.exit(), c.err());
        JsonNode n = JSON.readTree(Files.readString(out));
        assertEquals("[\"A1\",\"B0\"]", n.get("contexts").get("A1B0").toString());
        assertEquals("[[0.5,0],[0,0.5]]", n.get("p").get("A0B0").toString());
        Run r = Run.of("noncontextual", "--json", out.toString());
        assertEquals(0.25, JSON.readTree(r.out()).get("value").asDouble(), 1e-9);
        Run bad = Run.of("convert", "examples/pr-box.json", "--to", "contextuality", "--format", "csv");
        assertEquals(2, bad.exit());
        assertTrue(bad.oneLineError(), bad.err());
    }

    /**
     * Every peres-mermin example is accepted at --tolerance 0 exactly as written (each context sums to exactly 1).
     * |00⟩'s entries are exact fractions, so no-disturbance holds exactly; for √0.3|00⟩ + √0.7|11⟩ the floating-point
     * Born rule leaves marginal differences of about 1e-17, which the exact check at tolerance 0 reports as such.
     */
    @Test
    void examplePeresMerminAtToleranceZero(@TempDir Path dir) throws IOException {
        for (String v : new String[] {"1", "0.7", "0.123"}) {
            Path f = write(dir, "pm.json", Run.of("example", "peres-mermin", "--visibility", v).out());
            Run r = Run.of("nodisturbance", "--tolerance", "0", f.toString());
            assertEquals(0, r.exit(), r.err() + r.out());
            Path g = write(dir, "pm-eps.json", Run.of("example", "peres-mermin", "--visibility", v, "--epsilon", "0.3").out());
            Run s = Run.of("nodisturbance", "--tolerance", "0", g.toString());
            assertTrue(s.exit() <= 1 && s.err().isEmpty(), s.err());
            assertTrue(Run.of("nodisturbance", "--tolerance", "1e-15", g.toString()).exit() == 0);
        }
    }
}
