package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionalModeCliTest {

    /**
     * CGLMP d = 8, value only, I_8 = 3: eq. (11)'s analogue for X→B is not claimed, but the certificate must be
     * checked exactly although the weights 1 − 2k/7 are not dyadic (the row is imposed scaled by 7). The line
     * must pass through the value it certifies.
     */
    @Test
    void cglmpEightCertificateIsCheckedExactly() throws Exception {
        Run r = Run.of("influence", "--model", "x2b", "--functional", "cglmp8", "--value", "3", "--json");
        assertEquals(0, r.exit(), r.err());
        com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertTrue(n.get("verified").asBoolean(), r.out());
        assertTrue(n.get("certificate").get("checked_exactly").asBoolean());
        org.apache.commons.math3.fraction.BigFraction slope = new org.apache.commons.math3.fraction.BigFraction(
                Integer.parseInt(n.get("certificate").get("slope_exact").asText().split("/")[0]),
                Integer.parseInt(n.get("certificate").get("slope_exact").asText().split("/")[1]));
        double atValue = slope.doubleValue() * 3 + fraction(n.get("certificate").get("intercept_exact").asText());
        assertEquals(n.get("value").asDouble(), atValue, 1e-9, "the certified line meets the optimum at V = 3");
    }

    private static double fraction(String f) {
        String[] parts = f.split("/");
        return parts.length == 1 ? Double.parseDouble(parts[0]) : Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
    }

    /**
     * CHSH of eq. (8) scaled by c = 0.1234567891 (no simple fraction) on a strategy space too large to enumerate
     * (x2b, 4,4,2,2: 2^20 strategies), at the value c·0.2, so min C_X→B = 0.2 > 0 (eq. 7 in functional mode). The
     * certificate's multiplier 1/c is no simple fraction and the exact integer search cannot take the row's
     * denominators, so the dual feasibility of the rounded certificate is established with the rigorous
     * floating-point bound on the pricing maximum: the certificate is still a proof, and the value is verified.
     */
    @Test
    void certificateWithoutSimpleFractionsIsStillAProof(@TempDir Path dir) throws Exception {
        double c = 0.1234567891;
        double[][][][] f = new double[4][4][2][2];
        f[0][0][0][0] += c;
        f[0][1][0][0] += c;
        f[1][0][0][0] += c;
        f[1][1][0][0] -= c;
        f[0][0][0][0] -= c; // − pA(0|0), read at y = 0
        f[0][0][0][1] -= c;
        f[0][0][0][0] -= c; // − pB(0|0), read at x = 0
        f[0][0][1][0] -= c;
        String coefficients = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(f);
        Path file = dir.resolve("odd.json");
        Files.writeString(file, "{\"inputs\":[4,4],\"outputs\":[2,2],\"coefficients\":" + coefficients + "}");
        String value = Double.toString(c * 0.2);
        Run json = Run.of("influence", "--model", "x2b", "--functional-file", file.toString(), "--value", value, "--json");
        assertEquals(0, json.exit(), json.err());
        com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals(0.2, n.get("value").asDouble(), 1e-9, "eq. (7) in functional mode: min C_X→B = CHSH");
        assertEquals(true, n.get("verified").asBoolean());
        assertEquals(true, n.get("certificate").get("checked_exactly").asBoolean());
    }

    /**
     * A coefficient of 1e-10 is the user's number, not noise: F = 1e-10·p(00|00) is at most 1e-10 on every
     * behaviour, so F = 0.1 is unreachable (exit 1, certificate F ≤ 1/10^10, checked exactly), while F = 5e-11 is
     * reached by p(00|00) = 1/2, e.g. by a local model (min C_X→B = 0, exit 0). The expression is printed in full.
     */
    @Test
    void tinyCoefficientsAreTakenAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.json");
        Files.writeString(file, "{\"inputs\":[2,2],\"outputs\":[2,2],\"coefficients\":[[[[1e-10,0],[0,0]],[[0,0],[0,0]]],[[[0,0],[0,0]],[[0,0],[0,0]]]]}");
        for (String model : new String[] {"lhv", "x2b"}) {
            Run r = Run.of("influence", "--model", model, "--functional-file", file.toString(), "--value", "0.1");
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("tiny = 1/10000000000 p(00|00)"), r.out());
            // beyond the range of F over every normalised behaviour, so decided before any LP, with that bound
            assertTrue(r.out().contains("tiny <= 1/10000000000  (checked in exact arithmetic"), r.out());
        }
        Run reachable = Run.of("influence", "--model", "x2b", "--functional-file", file.toString(), "--value", "5e-11");
        assertEquals(0, reachable.exit(), reachable.out() + reachable.err());
        assertTrue(reachable.out().contains("min C_X→B = 0 over"), reachable.out());
    }

    /**
     * The no-signalling maximum of CHSH in the form of eq. (8) is 1/2 (the PR box), so a value 1e-9 above it is
     * infeasible — with an exact proof "chsh ≤ 1/2" — not an "unverified optimum" with exit 0.
     */
    @Test
    void aValueJustAboveTheNoSignallingMaximumIsInfeasible() {
        Run r = Run.of("influence", "--model", "x2b", "--functional", "chsh", "--value", "0.500000001");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("chsh <= 1/2  (checked in exact arithmetic)"), r.out());
    }

    /** Fig. 2 red curve at I3322 = 0.8: (3·0.8 − 1)/4 = 0.35 on the line 3/4·I − 1/4. */
    @Test
    void printsTheMinimumAndTheCertifiedLine() {
        Run r = Run.of("influence", "--model", "x2b", "--functional", "i3322", "--value", "0.8");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("min C_X→B = 0.35 over x2b models whose behaviour is normalised, non-signalling and has i3322 = 0.8"), r.out());
        assertTrue(r.out().contains("C_X→B >= 3/4 i3322 - 1/4"), r.out());
        assertTrue(r.out().contains("B's marginal independent of x (6 rows)"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonCarriesValueAndExactLine() throws Exception {
        Run r = Run.of("influence", "--model", "a2b", "--functional", "chsh", "--value", "0.25", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(0.5, n.get("value").asDouble(), 1e-9, "2 x CHSH");
        assertEquals("2", n.get("certificate").get("slope_exact").asText());
        assertEquals("0", n.get("certificate").get("intercept_exact").asText());
        assertEquals(2, n.get("no_signalling_conditions").size());
        assertTrue(n.get("verified").asBoolean());
    }

    /** Beyond the non-signalling maximum 1/2 of eq. (8): exit 1 and the bound proven. */
    @Test
    void unreachableValueExitsOneWithTheBound() {
        Run r = Run.of("influence", "--model", "comm", "--functional", "chsh", "--value", "0.7");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("chsh <= 1/2  (checked in exact arithmetic)"), r.out());
    }

    /** The correlator CHSH over 4 minus 1/2 is eq. (8) on non-signalling behaviours: at 0.2 the X→B minimum is 0.2. */
    @Test
    void readsAFunctionalFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("quarter.json");
        Files.writeString(f, "{\"coefficients\":[[[[0.25,-0.25],[-0.25,0.25]],[[0.25,-0.25],[-0.25,0.25]]],"
                + "[[[0.25,-0.25],[-0.25,0.25]],[[-0.25,0.25],[0.25,-0.25]]]], \"constant\": -0.5}");
        Run r = Run.of("influence", "--model", "x2b", "--scenario", "2,2,2,2", "--functional-file", f.toString(), "--value", "0.2", "--method",
                "colgen");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("min C_X→B = 0.2 "), r.out());
        assertTrue(r.out().contains("C_X→B >= quarter"), r.out());
    }

    @Test
    void badInputGetsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"coefficients\": [1, 2");
        String[][] cases = {
            {"influence", "--model", "x2b", "--functional", "nope", "--value", "1"},
            {"influence", "--model", "x2b", "--functional", "chsh"},
            {"influence", "--model", "x2b", "--functional", "chsh", "--value", "0.1", "--scenario", "3,3,2,2"},
            {"influence", "--model", "x2b", "--functional", "chsh", "--value", "0.1", "--functional-file", broken.toString()},
            {"influence", "--model", "x2b", "--scenario", "2,2,2,2", "--functional-file", broken.toString(), "--value", "0.1"},
            {"influence", "--model", "x2b", "--functional", "chsh", "--value", "0.1", "--no-signalling", "--allow-signalling"},
            {"influence", "--model", "x2b", "--functional", "mermin", "--value", "1"},
            {"influence", "--model", "x2b", "--value", "1", "scenarios/examples/pr-box.json"},
            {"influence", "--model", "x2b"},
            {"influence", "--model", "x2b", "--functional", "chsh", "--value", "abc"},
        };
        for (String[] args : cases) {
            Run r = Run.of(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneLineError(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out(), String.join(" ", args));
        }
    }
}
