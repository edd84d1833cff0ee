package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.quantum.Bilocal;

class BilocalCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static Path write(Path dir, String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    /** JSON keys of the issue: value, nu, nu_min, nu_max, B; values from eqs. (54), (56) and (59)–(60) at v = 0.8. */
    @Test
    void jsonReportsValueParametersRangesAndB(@TempDir Path dir) throws Exception {
        Path f = write(dir, "w.json", BehaviourFile.toJson(Bilocal.werner(0.8)));
        assertEquals(ExitCode.OPTIMAL, run("bilocal", "--json", "--resolution", "1e-3", f.toString()));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertEquals("optimal", n.get("status").asText());
        assertFalse(n.get("bilocal").asBoolean());
        assertEquals(2 * 0.64 - 1, n.get("value").asDouble(), 1e-9);
        assertTrue(n.get("lower_bound").asDouble() <= n.get("value").asDouble());
        assertEquals(0.25, n.get("nu").get(0).asDouble(), 1e-9);
        assertEquals(0.16, n.get("nu_min").get(0).asDouble(), 1e-9);
        assertEquals(0.34, n.get("nu_max").get(0).asDouble(), 1e-9);
        assertEquals(Math.sqrt(2) * 0.8, n.get("B").asDouble(), 1e-12);
        assertTrue(n.get("bilocal_decomposition").isNull());
    }

    @Test
    void bilocalBehaviourComesWithItsDecomposition(@TempDir Path dir) throws Exception {
        Path f = write(dir, "w.json", BehaviourFile.toJson(Bilocal.werner(0.5)));
        assertEquals(ExitCode.OPTIMAL, run("bilocal", "--json", f.toString()));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertTrue(n.get("bilocal").asBoolean());
        assertEquals(0, n.get("value").asDouble(), 0);
        JsonNode d = n.get("bilocal_decomposition");
        assertEquals(4, d.get("alice").size());
        assertTrue(d.get("residual").asDouble() <= 1e-9);
    }

    @Test
    void textReportNamesTheMinimumAndTheCertifiedBracket(@TempDir Path dir) throws Exception {
        Path f = write(dir, "w.json", BehaviourFile.toJson(Bilocal.werner(0.8)));
        assertEquals(ExitCode.OPTIMAL, run("bilocal", f.toString()));
        assertTrue(out.toString().contains("min M_BL = 0.28 at ν = (0.25)"), out.toString());
        assertTrue(out.toString().contains("<= min M_BL <= 0.28"), out.toString());
    }

    @Test
    void bipartiteFileIsInvalidInOneLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "b.json", "{\"inputs\":[1,1],\"outputs\":[1,1],\"p\":[[[[1]]]]}");
        assertEquals(ExitCode.INVALID, run("bilocal", f.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("relax: " + f + ": the entanglement-swapping network needs three parties"), err.toString());
    }

    @Test
    void missingFileAndBadOptionsAreInvalid() {
        assertEquals(ExitCode.INVALID, run("bilocal", "no-such-file.json"));
        assertTrue(err.toString().contains("no such file"), err.toString());
        assertEquals(ExitCode.INVALID, run("bilocal", "--resolution", "0", "no-such-file.json"));
    }

    /** Alice's marginal depending on Charlie's input is impossible in the network: exit code 1, no LP. */
    @Test
    void signallingBehaviourIsInfeasible(@TempDir Path dir) throws Exception {
        Path f = write(dir, "s.json", "{\"inputs\":[1,1,2],\"outputs\":[2,1,1],\"p\":[[[[[[1]],[[0]]],[[[0]],[[1]]]]]]}");
        assertEquals(ExitCode.INFEASIBLE, run("bilocal", "--json", f.toString()));
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertEquals("infeasible", n.get("status").asText());
        assertTrue(n.get("message").asText().contains("A's marginal"), n.get("message").asText());
    }
}
