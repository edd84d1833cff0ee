package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrostateCommandTest {
    private static final String TSIRELSON = "examples/tsirelson.json";

    /**
     * Tsirelson's box needs shirt dependence √2 − 1 = 2·CHSH (Theorem 4), and the certificate is the inequality
     * of its proof: P(a≠b|11) − P(a≠b|00) − P(a≠b|01) − P(a≠b|10) = (S − 2)/2 ≤ D.
     */
    @Test
    void textReportForTsirelson() {
        Run r = Run.of("microstate", TSIRELSON);
        assertEquals(ExitCode.OPTIMAL, r.exit(), r.err());
        assertTrue(r.out().contains("min D(λ_b on x) = 0.4142135624"), r.out());
        assertTrue(r.out().contains("verified    yes"), r.out());
        assertTrue(r.out().contains("-p(01|00) - p(10|00) - p(01|01) - p(10|01) - p(01|10) - p(10|10) + p(01|11) + p(10|11)  <=  D(λ_b on x)"),
                r.out());
    }

    @Test
    void jsonForEveryMeasure() throws Exception {
        String[][] cases = {{"x", "", "0.41421356237"}, {"x", "--given-y", "0.20710678118"}, {"a", "", "0.41421356237"}, {"a", "--given-y", "0.41421356237"}};
        for (String[] c : cases) {
            Run r = c[1].isEmpty() ? Run.of("microstate", "--json", "--on", c[0], TSIRELSON) : Run.of("microstate", "--json", "--on", c[0], c[1], TSIRELSON);
            assertEquals(ExitCode.OPTIMAL, r.exit(), r.err());
            JsonNode n = new ObjectMapper().readTree(r.out());
            assertEquals(Double.parseDouble(c[2]), n.get("value").asDouble(), 1e-10, String.join(" ", c));
            assertEquals("microstate_" + c[0] + (c[1].isEmpty() ? "" : "_given_y"), n.get("measure").asText());
            assertTrue(n.get("verified").asBoolean());
            assertTrue(n.get("certificate").get("checked_exactly").asBoolean());
        }
    }

    @Test
    void badInputGetsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path three = dir.resolve("three.json");
        Files.writeString(three, relax.scenarios.io.BehaviourFile.toJson(relax.core.Behaviour.uniform(relax.core.Scenario.bipartite(3, 2, 2, 2))));
        Run r = Run.of("microstate", three.toString());
        assertEquals(ExitCode.INVALID, r.exit(), r.out() + r.err());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("two settings of Alice, the scenario has 3"), r.err());
        Run on = Run.of("microstate", "--on", "b", TSIRELSON);
        assertEquals(ExitCode.INVALID, on.exit());
        assertTrue(on.oneLineError(), on.err());
    }
}
