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
import relax.core.Entropy;

class InfluenceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs the command line; returns {exit code, stdout, stderr}. */
    static Object[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }

    @Test
    void tsirelsonUnderXtoB() {
        Object[] r = run("influence", "--model", "x2b", "examples/tsirelson.json");
        assertEquals(0, r[0]);
        // (√2 − 1)/2 = 0.20710678118654752…, printed to 10 significant digits
        assertTrue(((String) r[1]).contains("min C_X→B = 0.2071067812"), (String) r[1]);
        assertTrue(((String) r[1]).contains("verified    yes"));
    }

    /** Several files, one JSON object per line, with the keys scripts rely on. */
    @Test
    void jsonLinesForSeveralFiles() throws Exception {
        Object[] r = run("influence", "--model", "x2b", "--json", "examples/pr-box.json", "examples/tsirelson.json",
                "examples/local-deterministic.json");
        assertEquals(0, r[0]);
        String[] lines = ((String) r[1]).trim().split("\n");
        assertEquals(3, lines.length);
        double[] expected = {0.5, (Math.sqrt(2) - 1) / 2, 0};
        for (int i = 0; i < 3; i++) {
            JsonNode n = JSON.readTree(lines[i]);
            for (String key : new String[] {"file", "model", "status", "value", "certificate", "verified"}) {
                assertTrue(n.has(key), key);
            }
            assertEquals("optimal", n.get("status").asText());
            assertEquals(expected[i], n.get("value").asDouble(), 1e-9);
            assertTrue(n.get("verified").asBoolean());
            assertEquals(expected[i], n.get("certificate").get("bound").asDouble(), 1e-9);
        }
    }

    /** PR box: one bit with p(m=0) = 1/2, so H(m) = h(1/2) = 1 bit. */
    @Test
    void communicationReportsEntropy() throws Exception {
        Object[] r = run("influence", "--model", "comm", "--json", "examples/tsirelson.json");
        JsonNode n = JSON.readTree((String) r[1]);
        double chsh = (Math.sqrt(2) - 1) / 2;
        assertEquals(chsh, n.get("value").asDouble(), 1e-9);
        assertEquals(Entropy.binary(chsh), n.get("entropy").asDouble(), 1e-9);
        assertEquals(0.736, n.get("entropy").asDouble(), 5e-4, "Chaves et al. 2015 after eq. 9 quotes about 0.736 bits (three decimals)");
    }

    @Test
    void nonlocalUnderLhvIsInfeasibleWithABellInequality() throws Exception {
        Object[] r = run("influence", "--model", "lhv", "--json", "examples/pr-box.json");
        assertEquals(1, r[0]);
        JsonNode n = JSON.readTree((String) r[1]);
        assertEquals("infeasible", n.get("status").asText());
        assertTrue(n.get("value").isNull());
        assertTrue(n.get("certificate").get("infeasibility_proof").asBoolean());
        assertTrue(n.get("verified").asBoolean());
        Object[] local = run("influence", "--model", "lhv", "examples/local-deterministic.json");
        assertEquals(0, local[0]);
        assertTrue(((String) local[1]).contains("local: an LHV model reproduces p"));
    }

    /** --tolerance governs validation only: the PR box is not local whatever tolerance the file is read with. */
    @Test
    void toleranceDoesNotMakeThePrBoxLocal() throws Exception {
        Object[] r = run("influence", "--model", "lhv", "--tolerance", "0.05", "--json", "examples/pr-box.json");
        assertEquals(1, r[0]);
        assertEquals("infeasible", JSON.readTree((String) r[1]).get("status").asText());
    }

    /**
     * PR box at visibility v = 1/2 + 2e-8 (CHSH of eq. 8 = v − 1/2 = 2e-8): a tiny but real violation, so it is
     * not local, and min C_X→B = 2e-8 (eq. 7).
     */
    @Test
    void tinyViolationIsStillNonlocal(@TempDir Path dir) throws Exception {
        double v = 0.5 + 2e-8;
        StringBuilder p = new StringBuilder("[");
        for (int x = 0; x < 2; x++) {
            p.append(x > 0 ? "," : "").append('[');
            for (int y = 0; y < 2; y++) {
                p.append(y > 0 ? "," : "").append('[');
                for (int a = 0; a < 2; a++) {
                    p.append(a > 0 ? "," : "").append('[');
                    for (int b = 0; b < 2; b++) {
                        double pr = (a ^ b) == (x & y) ? 0.5 : 0;
                        p.append(b > 0 ? "," : "").append(v * pr + (1 - v) * 0.25);
                    }
                    p.append(']');
                }
                p.append(']');
            }
            p.append(']');
        }
        Path f = dir.resolve("barely.json");
        Files.writeString(f, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":" + p + "]}");
        Object[] lhv = run("influence", "--model", "lhv", "--json", f.toString());
        assertEquals(1, lhv[0]);
        assertTrue(JSON.readTree((String) lhv[1]).get("verified").asBoolean());
        JsonNode x2b = JSON.readTree((String) run("influence", "--model", "x2b", "--json", f.toString())[1]);
        assertEquals(2e-8, x2b.get("value").asDouble(), 1e-12);
    }

    @Test
    void signallingIsInfeasibleAndSaysWhichMarginal(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("alice-reads-y.json");
        // a = y, b = 0: Alice's marginal p(a=0|x) is 1 at y = 0 and 0 at y = 1
        Files.writeString(f, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[1,0],[0,0]],[[0,0],[1,0]]],[[[1,0],[0,0]],[[0,0],[1,0]]]]}");
        Object[] r = run("influence", "--model", "x2b", "--json", f.toString());
        assertEquals(1, r[0]);
        JsonNode n = JSON.readTree((String) r[1]);
        assertEquals("infeasible", n.get("status").asText());
        assertTrue(n.get("message").asText().contains("A's marginal p(a=0|x=0) changes with y: 1 at y=0, 0 at y=1 (difference 1.00)"),
                n.get("message").asText());
    }

    @Test
    void invalidFileGetsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("short.json");
        Files.writeString(f, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[1,0],[0,0]]]]}");
        Object[] r = run("influence", "--model", "x2b", f.toString());
        assertEquals(2, r[0]);
        assertEquals("relax: " + f + ": p has 1 entries but inputs[0] = 2\n", r[2]);
        assertEquals("", r[1]);
    }

    /** A bad file among good ones: the good ones are still solved, the exit code says invalid. */
    @Test
    void invalidAmongValidFilesInJson(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("neg.json");
        Files.writeString(f, "{\"inputs\":[1,1],\"outputs\":[2,2],\"p\":[[[[1.5,-0.5],[0,0]]]]}");
        Object[] r = run("influence", "--model", "x2b", "--json", "examples/pr-box.json", f.toString());
        assertEquals(2, r[0]);
        String[] lines = ((String) r[1]).trim().split("\n");
        assertEquals("optimal", JSON.readTree(lines[0]).get("status").asText());
        JsonNode bad = JSON.readTree(lines[1]);
        assertEquals("invalid", bad.get("status").asText());
        assertTrue(bad.get("message").asText().contains("p[0][0][0][1] = -0.5 is negative"));
    }

    /**
     * --write-lp exports the final master in CPLEX LP format. For the PR box under lhv (enumerated, infeasible)
     * that is the phase-1 program: 16 strategy columns plus two slacks per constraint row; the constraint
     * rows are the 16 entries minus one implied entry in each of the three blocks after the first.
     */
    @Test
    void writesTheFinalLp(@TempDir Path dir) throws Exception {
        Path lp = dir.resolve("pr.lp");
        Object[] r = run("influence", "--model", "lhv", "--method", "enumerate", "--write-lp", lp.toString(), "examples/pr-box.json");
        assertEquals(1, r[0]);
        String text = Files.readString(lp);
        assertTrue(text.startsWith("\\ written by relax\nMinimize"), text);
        String constraints = text.substring(text.indexOf("Subject To\n") + 11, text.indexOf("Bounds\n"));
        assertEquals(13, constraints.lines().count(), "13 constraint rows");
        assertTrue(constraints.lines().allMatch(l -> l.matches(" p\\([01]{2}\\|[01]{2}\\):.*")), "rows named by entry of p");
        java.util.Set<String> columns = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[+-] 1\\.0 (\\S+)").matcher(constraints);
        while (m.find()) {
            columns.add(m.group(1));
        }
        assertEquals(16 + 26, columns.size(), "16 strategies + 26 slacks = 42 columns");
        assertEquals(26, columns.stream().filter(c -> c.startsWith("slack")).count());
        assertEquals(2, run("influence", "--model", "lhv", "--write-lp", lp.toString(), "examples/pr-box.json", "examples/tsirelson.json")[0]);
    }

    @Test
    void unknownModelIsAUsageError() {
        Object[] r = run("influence", "--model", "x2y", "examples/pr-box.json");
        assertEquals(2, r[0]);
        assertEquals("relax: unknown model 'x2y': expected one of lhv, x2b, a2b, comm\n", r[2]);
    }

    @Test
    void bothBackendsAndMethodsAgree() throws Exception {
        for (String backend : new String[] {"ojalgo", "commons"}) {
            for (String method : new String[] {"enumerate", "colgen"}) {
                Object[] r = run("influence", "--model", "a2b", "--json", "--backend", backend, "--method", method, "examples/tsirelson.json");
                JsonNode n = JSON.readTree((String) r[1]);
                assertEquals(Math.sqrt(2) - 1, n.get("value").asDouble(), 1e-9, backend + " " + method);
                assertEquals(0, n.get("fallbacks").size(), backend + " " + method);
            }
        }
    }
}
