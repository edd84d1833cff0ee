package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdCommandTest {
    private static final Path TSIRELSON = Path.of("examples/tsirelson.json");

    @Test
    void textReportForTsirelson() {
        Run r = Run.of("md", TSIRELSON.toString());
        assertEquals(ExitCode.OPTIMAL, r.exit(), r.err());
        assertTrue(r.out().contains("min M = 0.2071067812"), r.out());
        assertTrue(r.out().contains("verified    yes"), r.out());
    }

    /** The singlet at Tsirelson's angles: min I(X:Λ) = 0.0463 bits (Chaves et al. 2015 after eq. 11, Hall's analytic value). */
    @Test
    void jsonWithMinimumMutualInformation() throws Exception {
        Run r = Run.of("md", "--json", "--min-mi", "--gap", "1e-6", TSIRELSON.toString());
        assertEquals(ExitCode.OPTIMAL, r.exit(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals((Math.sqrt(2) - 1) / 2, n.get("value").asDouble(), 1e-9);
        assertTrue(n.get("verified").asBoolean());
        assertTrue(n.get("mi_lower").asDouble() > 0.04625 && n.get("mi_upper").asDouble() < 0.04635, r.out());
        assertTrue(n.get("mi_upper").asDouble() - n.get("mi_lower").asDouble() <= 1e-6);
    }

    @Test
    void functionalModeForCglmp() throws Exception {
        Run r = Run.of("md", "--scenario", "2,2,4,4", "--functional", "cglmp", "--value", "3", "--no-signalling", "--json");
        assertEquals(ExitCode.OPTIMAL, r.exit(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(0.25, n.get("value").asDouble(), 1e-9);
        assertTrue(n.get("mi_lower").asDouble() <= n.get("mi_upper").asDouble());
        Run hall = Run.of("md", "--measure", "hall", "--scenario", "2,2,2,2", "--functional", "chsh-correlator", "--value", "4");
        assertEquals(ExitCode.OPTIMAL, hall.exit(), hall.err());
        assertTrue(hall.out().contains("min M_Hall = 0.6666666667"), hall.out());
    }

    /**
     * I_3 = 5 is beyond every normalised behaviour: each of CGLMP's four input blocks has largest coefficient 1 (k = 0 in
     * eq. 11's sum), so I_d ≤ 4; infeasible before any LP, with that bound.
     */
    @Test
    void valueBeyondEveryNormalisedBehaviourIsInfeasible() {
        Run r = Run.of("md", "--scenario", "2,2,3,3", "--functional", "cglmp", "--value", "5");
        assertEquals(ExitCode.INFEASIBLE, r.exit());
        assertTrue(r.out().contains("every normalised behaviour has cglmp3 <= 4"), r.out());
    }

    /**
     * CHSH in the form of eq. (8) reaches 1/2 at most on non-signalling behaviours (the PR box), but up to 2 on normalised
     * ones (blocks 01 and 10 each add their coefficient 1): 0.6 is decided by the LP's Farkas certificate.
     */
    @Test
    void valueBeyondNoSignallingIsInfeasibleWithAFarkasProof() {
        Run r = Run.of("md", "--functional", "chsh", "--value", "0.6");
        assertEquals(ExitCode.INFEASIBLE, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("checked in exact arithmetic"), r.out());
        assertEquals(ExitCode.OPTIMAL, Run.of("md", "--functional", "chsh", "--value", "0.6", "--allow-signalling").exit());
    }

    @Test
    void badInputGetsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[1]}");
        String[][] cases = {{"md", bad.toString()}, {"md", "--scenario", "2,2,2,2", "--functional", "chsh", "--value", "0.1", "--min-mi"},
            {"md", "--scenario", "2,2,2,2", "--functional", "chsh", "--value", "0.1", TSIRELSON.toString()}, {"md"},
            {"md", "--input-distribution", "0.5,0.5", TSIRELSON.toString()}, {"md", "--measure", "l2", TSIRELSON.toString()},
            {"md", "--scenario", "2,2,3,3", "--functional", "chsh", "--value", "0"}, {"md", "--gap", "0", TSIRELSON.toString()}};
        for (String[] args : cases) {
            Run r = Run.of(args);
            assertEquals(ExitCode.INVALID, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
