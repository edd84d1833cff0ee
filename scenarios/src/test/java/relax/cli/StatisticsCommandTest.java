package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The statistics options on the command line: fit, test, intervals, and their new failure modes (one line, exit 2). */
class StatisticsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNTS = "examples/werner-0.9-counts.json";

    private static Object[] run(String... args) {
        return InfluenceCommandTest.run(args);
    }

    @Test
    void countsThatSignalAreInfeasibleAndTheMessageSuggestsFit() {
        Object[] r = run("influence", "--model", "x2b", COUNTS);
        assertEquals(1, r[0]);
        assertTrue(((String) r[1]).contains("A's marginal") && ((String) r[1]).contains("--fit l1 or --fit ml"), (String) r[1]);
    }

    @Test
    void fitSolvesOnTheFittedBehaviourAndSaysSo() {
        Object[] r = run("influence", "--model", "x2b", "--fit", "l1", "--test-samples", "0", COUNTS);
        assertEquals(0, r[0], (String) r[2]);
        String out = (String) r[1];
        assertTrue(out.contains("fitted      l1") && out.contains("solved      on the fitted behaviour"), out);
        assertTrue(out.contains("likelihood ratio G = ") && out.contains("2 df"), out);
    }

    @Test
    void jsonCarriesTheFitTheTestAndBothIntervalsReproducibly() throws Exception {
        String[] args = {"influence", "--model", "x2b", "--fit", "l1", "--confidence", "0.9", "--samples", "40", "--test-samples", "0", "--seed", "3",
            "--json", COUNTS};
        Object[] r = run(args);
        assertEquals(0, r[0], (String) r[2]);
        JsonNode n = JSON.readTree((String) r[1]);
        assertEquals("l1", n.get("fitted").get("method").asText());
        assertEquals(n.get("fitted").get("distance").asDouble(), n.get("fitted").get("distance_bound").asDouble(), 1e-9);
        assertEquals(2, n.get("test").get("df").asInt());
        assertEquals(0.9, n.get("confidence").asDouble());
        assertEquals("parametric-bootstrap-basic", n.get("interval_method").asText());
        assertTrue(n.get("interval").get(0).asDouble() <= n.get("interval").get(1).asDouble());
        JsonNode certificate = n.get("intervals").get(1);
        assertEquals("certificate-split-hoeffding", certificate.get("method").asText());
        assertTrue(certificate.get("interval").get(1).isNull(), "a one-sided bound leaves its upper side open");
        // the certificate bound is below the measure of the generating Werner state, (2√2·0.9 − 2)/4 (eq. 7)
        assertTrue(certificate.get("interval").get(0).asDouble() <= (2 * Math.sqrt(2) * 0.9 - 2) / 4);
        assertEquals(10000, n.get("counts").get("runs").get(0).asLong());
        JsonNode again = JSON.readTree((String) run(args)[1]);
        for (String key : new String[] {"value", "fitted", "test", "interval", "intervals"}) {
            assertEquals(n.get(key), again.get(key), "the same seed gives the same " + key);
        }
    }

    @Test
    void newFailureModesAreOneLineAndExitTwo() {
        String[][] bad = {
            {"influence", "--model", "x2b", "--fit", "l1", "--confidence", "1.5", COUNTS},
            {"influence", "--model", "x2b", "--fit", "ml", "examples/tsirelson.json"},
            {"influence", "--model", "lhv", "--fit", "l1", "--confidence", "0.9", COUNTS},
            {"influence", "--model", "x2b", "--confidence", "0.9", COUNTS},
            {"influence", "--model", "x2b", "--fit", "l1", "--confidence", "0.9", "examples/tsirelson.json"},
            {"influence", "--model", "x2b", "--fit", "l2", COUNTS},
            {"influence", "--model", "x2b", "--fit", "l1", "--samples", "0", COUNTS},
            {"influence", "--model", "x2b", "--fit", "ml", "--fit-no-signalling", COUNTS},
            {"influence", "--structure", "x2b", "--fit", "l1", COUNTS},
        };
        String[] says = {"--confidence must be strictly between 0 and 1", "needs counts", "--confidence needs a measure", "give --fit l1 or --fit ml",
            "needs counts", "unknown fit 'l2'", "--samples must be", "works with --fit l1 only", "not yet with --structure"};
        for (int i = 0; i < bad.length; i++) {
            Object[] r = run(bad[i]);
            String err = ((String) r[2]).trim();
            assertEquals(2, r[0], String.join(" ", bad[i]) + ": " + err);
            assertTrue(err.contains(says[i]) && !err.contains("\n") && !err.contains("Exception"), err);
        }
    }

    @Test
    void lhvFitTestsLocality() {
        // the generating Werner state (v = 0.9, CHSH 2.55 > 2) is nonlocal: with 40000 runs the closest local behaviour is rejected
        Object[] r = run("influence", "--model", "lhv", "--fit", "ml", "--test-samples", "0", COUNTS);
        assertEquals(0, r[0], (String) r[2]);
        assertTrue(((String) r[1]).contains("the deviation is significant at the 5 % level"), (String) r[1]);
    }

    @Test
    void measurementDependenceGetsAnIntervalWithoutAFit() throws Exception {
        Object[] r = run("md", "--confidence", "0.9", "--samples", "10", "--interval", "bootstrap", "--json", COUNTS);
        assertEquals(0, r[0], (String) r[2]);
        JsonNode n = JSON.readTree((String) r[1]);
        assertEquals(1, n.get("intervals").size());
        assertTrue(n.get("interval").get(0).asDouble() <= n.get("interval").get(1).asDouble());
    }

    @Test
    void simulatedCountsAreReproducible() throws Exception {
        Object[] a = run("example", "pr-box", "--visibility", "0.8", "--runs", "500", "--seed", "9");
        Object[] b = run("example", "pr-box", "--visibility", "0.8", "--runs", "500", "--seed", "9");
        assertEquals(0, a[0]);
        assertEquals(a[1], b[1]);
        JsonNode counts = JSON.readTree((String) a[1]).get("counts");
        long sum = 0;
        for (JsonNode a0 : counts.get(1).get(0)) {
            for (JsonNode c : a0) {
                sum += c.asLong();
            }
        }
        assertEquals(500, sum);
    }
}
