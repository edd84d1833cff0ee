package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The certificate's {@code measure_weights} read literally: expression − bound ≤ Σ weight · row, each row the quantity
 * its key names.
 */
class CertificateWeightsJsonTest {

    private static JsonNode certificate(String model) throws Exception {
        Run r = Run.of("influence", "--model", model, "--json", "examples/tsirelson.json");
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow()).get("certificate");
    }

    /**
     * One bit of communication has one measure row, p(m=0) itself. At the optimum the certified left side equals
     * min p(m=0) = (√2 − 1)/2 > 0 (strong duality), so the single weight w must satisfy w · min p(m=0) = min p(m=0):
     * w = 1 — not 1/mx = 1/2, the weight on the LP's integer row "number of inputs x with message 0".
     */
    @Test
    void communicationWeighsPOfMessageZeroByOne() throws Exception {
        JsonNode weights = certificate("comm").get("measure_weights");
        assertEquals(1, weights.size(), weights.toString());
        assertEquals("p(m=0)", weights.get(0).get("row").asText(), weights.toString());
        assertEquals("1", weights.get(0).get("weight_exact").asText(), weights.toString());
    }

    /** X→B rows are probabilities already (measure scale 1): the weights are convex weights, summing to at most 1. */
    @Test
    void xToBWeightsSumToAtMostOne() throws Exception {
        JsonNode weights = certificate("x2b").get("measure_weights");
        double sum = 0;
        for (JsonNode w : weights) {
            String[] f = w.get("weight_exact").asText().split("/");
            sum += f.length == 1 ? Double.parseDouble(f[0]) : Double.parseDouble(f[0]) / Double.parseDouble(f[1]);
        }
        assertEquals(true, sum > 0 && sum <= 1 + 1e-12, weights.toString());
    }
}
