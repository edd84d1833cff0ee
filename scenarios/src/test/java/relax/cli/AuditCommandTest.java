package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    private static final String ESCAPE = "examples/microstate-escape.json";

    /** The paper's escape model: local causality and settings independence hold, eq. (25) and factorizability fail, CHSH (√2 − 1)/2. */
    @Test
    void textReportOfTheEscapeModel() {
        Run r = Run.of("audit", ESCAPE);
        assertEquals(ExitCode.OPTIMAL, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("holds     settings independence"), out);
        assertTrue(out.contains("holds     local causality"), out);
        assertTrue(out.contains("VIOLATED  factorizability (Ciepielewski & Okon, eq. (1)): 1/4*sqrt(2) = 0.3535533906"), out);
        assertTrue(out.contains("VIOLATED  microstate independence as printed (Ciepielewski & Okon, eq. (25)): 1/2"), out);
        assertTrue(out.contains("max over its 8 relabellings: -1/2+1/2*sqrt(2) = 0.2071067812 (chsh): VIOLATED"), out);
        assertTrue(out.contains("x=0 y=0: 1/4+1/8*sqrt(2)  1/4-1/8*sqrt(2)  1/4-1/8*sqrt(2)  1/4+1/8*sqrt(2)"), out);
    }

    @Test
    void jsonReportOfTheEscapeModel() throws Exception {
        Run r = Run.of("audit", "--json", ESCAPE);
        assertEquals(ExitCode.OPTIMAL, r.exit(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        JsonNode props = n.get("properties");
        for (String key : List.of("settings_independence", "parameter_independence", "outcome_independence", "factorizability", "local_causality",
                "microstate_independence", "microstate_independence_conditional")) {
            assertTrue(props.has(key), key);
            for (String field : List.of("holds", "violation", "violation_exact", "where")) {
                assertTrue(props.get(key).has(field), key + "." + field);
            }
        }
        assertTrue(props.get("local_causality").get("holds").asBoolean());
        assertTrue(props.get("settings_independence").get("holds").asBoolean());
        assertFalse(props.get("factorizability").get("holds").asBoolean());
        assertEquals("1/2", props.get("microstate_independence").get("violation_exact").asText());
        assertEquals("red", props.get("microstate_independence").get("where").get("lambda_b").asText());
        assertEquals(Math.sqrt(2) / 4, props.get("factorizability").get("violation").asDouble(), 1e-15);
        assertEquals((Math.sqrt(2) - 1) / 2, n.get("chsh").get("value").asDouble(), 1e-15);
        assertEquals("2*sqrt(2)", n.get("chsh").get("S_exact").asText());
        // the behaviour is a behaviour file (relax influence can read it) plus the exact entries
        assertEquals((2 + Math.sqrt(2)) / 8, n.get("behaviour").get("p").get(0).get(0).get(0).get(0).asDouble(), 1e-15);
        assertEquals("1/4-1/8*sqrt(2)", n.get("behaviour").get("p_exact").get(1).get(1).get(0).get(0).asText());
        assertEquals("1", n.get("microstate_dependence").get("lambda_b_on_x").get("value_exact").asText());
    }

    @Test
    void badModelGetsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(ESCAPE)).replace("\"--\": \"1/4\"", "\"--\": \"1/3\""));
        Run r = Run.of("audit", bad.toString());
        assertEquals(ExitCode.INVALID, r.exit());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().startsWith("relax: " + bad + ": state: sums to 13/12, not 1"), r.err());
        assertEquals("", r.out());
        // with --json the bad file is one line too, and the good file after it is still audited
        Run j = Run.of("audit", "--json", bad.toString(), ESCAPE);
        assertEquals(ExitCode.INVALID, j.exit());
        List<String> lines = j.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("invalid", first.get("status").asText());
        assertTrue(first.get("message").asText().contains("sums to 13/12"));
        assertEquals("audited", new ObjectMapper().readTree(lines.get(1)).get("status").asText());
    }
}
