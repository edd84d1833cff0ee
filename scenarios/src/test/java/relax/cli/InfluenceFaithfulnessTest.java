package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faithfulness section of {@code relax influence} (Pearl &amp; Cavalcanti, Def. 4.1): every no-signalling
 * independence of the solved behaviour, checked in p and by d-separation in the model's graph. Every expected verdict
 * is derived by hand below: in p from the marginals, in the graph by listing the paths between the two sides (a path
 * is blocked by a conditioned non-collider or by a collider that neither is conditioned on nor has a conditioned
 * descendant; a direct edge is never blocked). The graphs are Chaves et al. 2015, Fig. 1a–d, with λ a parent of every
 * outcome: lhv x → a ← λ → b ← y; x2b adds x → b; a2b adds a → b; comm adds x → m → b.
 */
class InfluenceFaithfulnessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        Object[] r = InfluenceCommandTest.run(args);
        return JSON.readTree((String) r[1]);
    }

    /** The verdicts of the independences in order (a ⊥ y | x, then b ⊥ x | y for two parties). */
    private static List<String> verdicts(JsonNode f) {
        List<String> v = new ArrayList<>();
        f.get("independences").forEach(s -> v.add(s.get("statement").asText() + ": " + s.get("verdict").asText()));
        return v;
    }

    /**
     * PR box and Tsirelson's box under x2b: no-signalling, so b ⊥ x | y holds in p (PR box: p(b|x,y) = 1/2 for every
     * b, x, y, so the deviation is exactly 0), but the edge x → b d-connects x and b whatever is conditioned on: the
     * independence holds only by fine-tuning — and the optimal model really uses the edge (min C_X→B = 1/2 and
     * (√2 − 1)/2 &gt; 0). a ⊥ y | x: the paths a ← λ → b ← y and a ← x → b ← y meet the collider b (not conditioned,
     * no descendants) and the second also the conditioned fork x, so it is a d-separation (Chaves et al. 2015's
     * relaxations explain a Bell violation only with a fine-tuned model).
     */
    @Test
    void prBoxAndTsirelsonUnderX2bHoldBGivenYOnlyByFineTuning() throws Exception {
        double[] value = {0.5, (Math.sqrt(2) - 1) / 2};
        String[] files = {"examples/pr-box.json", "examples/tsirelson.json"};
        for (int i = 0; i < 2; i++) {
            JsonNode n = json("influence", "--model", "x2b", "--json", files[i]);
            assertEquals(value[i], n.get("value").asDouble(), 1e-9);
            JsonNode f = n.get("faithfulness");
            assertEquals("x2b", f.get("graph").asText());
            assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: fine_tuned"), verdicts(f));
            JsonNode bx = f.get("independences").get(1);
            assertTrue(bx.get("holds_in_p").asBoolean());
            assertFalse(bx.get("d_separated").asBoolean());
            assertTrue(bx.get("deviation").asDouble() <= 1e-9, bx.toString());
            assertEquals(1, f.get("fine_tuned").asInt());
            assertEquals(0, f.get("broken").asInt());
            assertFalse(f.get("faithful").asBoolean());
        }
        assertEquals(0.0, json("influence", "--model", "x2b", "--json", files[0]).get("faithfulness").get("independences").get(1).get("deviation").asDouble());
    }

    /**
     * lhv: both no-signalling conditions are d-separations — the only path from b to x is b ← λ → a ← x, and its
     * collider a is not conditioned on (only y is); symmetrically for a and y — so a no-signalling
     * behaviour has no fine-tuned independence, whether it is local (the deterministic a = x, b = 1) or not (PR box,
     * Tsirelson: infeasible, and the section still says faithful).
     */
    @Test
    void underLhvANoSignallingBehaviourHasNoFineTunedIndependence() throws Exception {
        for (String file : new String[] {"examples/local-deterministic.json", "examples/pr-box.json", "examples/tsirelson.json"}) {
            JsonNode f = json("influence", "--model", "lhv", "--json", file).get("faithfulness");
            assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: implied"), verdicts(f), file);
            assertTrue(f.get("faithful").asBoolean());
            assertEquals(0, f.get("fine_tuned").asInt());
            assertTrue(f.get("summary").asText().startsWith("faithful: "), f.get("summary").asText());
        }
    }

    /**
     * A signalling behaviour under lhv (b = x, a = 0): p(b=0|x=0,y) = 1 and p(b=0|x=1,y) = 0, so b ⊥ x | y is broken by
     * 1, though lhv implies it — the section says no lhv model reproduces p, as the result (infeasible) does.
     */
    @Test
    void aSignallingBehaviourBreaksWhatLhvImplies(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bob-reads-x.json");
        // p[x][y][a][b]: a = 0, b = x
        Files.writeString(f, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[1,0],[0,0]],[[1,0],[0,0]]],[[[0,1],[0,0]],[[0,1],[0,0]]]]}");
        JsonNode n = json("influence", "--model", "lhv", "--json", f.toString());
        assertEquals("infeasible", n.get("status").asText());
        JsonNode faith = n.get("faithfulness");
        assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: broken"), verdicts(faith));
        assertEquals(1.0, faith.get("independences").get(1).get("deviation").asDouble());
        assertEquals(1, faith.get("broken").asInt());
        assertTrue(faith.get("summary").asText().contains("p breaks 1 independence the graph implies, so no model on it reproduces p"),
                faith.get("summary").asText());
    }

    /**
     * a2b by hand. Tsirelson's box: b ⊥ x | y holds (no-signalling) but x → a → b is an open chain (a not conditioned),
     * so it is fine-tuned; a ⊥ y | x is a d-separation (a → b ← y, a ← λ → b ← y end in the unconditioned collider b).
     * The behaviour a = x, b = a (p(ab|xy) = [a = x][b = x]): p(a|x,y) = [a = x] does not depend on y (a ⊥ y | x holds,
     * implied), p(b=0|x=0,y) = 1 but p(b=0|x=1,y) = 0 (b ⊥ x | y broken by 1, and the graph allows it: open).
     */
    @Test
    void a2bByHand(@TempDir Path dir) throws Exception {
        JsonNode t = json("influence", "--model", "a2b", "--json", "examples/tsirelson.json").get("faithfulness");
        assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: fine_tuned"), verdicts(t));
        Path f = dir.resolve("copy.json");
        Files.writeString(f, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[1,0],[0,0]],[[1,0],[0,0]]],[[[0,0],[0,1]],[[0,0],[0,1]]]]}");
        JsonNode n = json("influence", "--model", "a2b", "--json", f.toString());
        JsonNode c = n.get("faithfulness");
        assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: open"), verdicts(c));
        assertEquals(1.0, c.get("independences").get(1).get("deviation").asDouble());
        assertTrue(c.get("faithful").asBoolean());
        assertEquals(0, c.get("broken").asInt());
    }

    /**
     * The stated tolerance decides what holds in p: Bob's marginal p(b=0|x=1,y) = 1/2 + 10⁻⁶ against 1/2 at x = 0 (a
     * deviation of 10⁻⁶). Under x2b with --tolerance 1e-9 (the default) b ⊥ x | y does not hold (open); with
     * --tolerance 1e-5 it holds, and only by fine-tuning.
     */
    @Test
    void theToleranceDecidesWhichIndependencesHold(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("weak-signal.json");
        String even = "[[0.25,0.25],[0.25,0.25]]";
        String tilted = "[[0.2500005,0.2499995],[0.2500005,0.2499995]]";
        Files.writeString(f, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[" + even + "," + even + "],[" + tilted + "," + tilted + "]]}");
        JsonNode strict = json("influence", "--model", "x2b", "--json", f.toString()).get("faithfulness");
        assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: open"), verdicts(strict));
        assertEquals(1e-6, strict.get("independences").get(1).get("deviation").asDouble(), 1e-15);
        JsonNode loose = json("influence", "--model", "x2b", "--tolerance", "1e-5", "--json", f.toString()).get("faithfulness");
        assertEquals(1e-5, loose.get("tolerance").asDouble());
        assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: fine_tuned"), verdicts(loose));
    }

    /**
     * comm: x → m → b is an open chain (m latent, never conditioned), so b ⊥ x | y is fine-tuned on Tsirelson's box;
     * a ⊥ y | x is still a d-separation (every path from a to y ends in the collider b).
     */
    @Test
    void commIsFineTunedThroughTheMessage() throws Exception {
        JsonNode f = json("influence", "--model", "comm", "--json", "examples/tsirelson.json").get("faithfulness");
        assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: fine_tuned"), verdicts(f));
    }

    /** The text section: two lines just before "solved by"; functional mode (no behaviour) has none. */
    @Test
    void textSectionSitsBeforeTheLastLine() {
        String out = (String) InfluenceCommandTest.run("influence", "--model", "x2b", "examples/tsirelson.json")[1];
        String[] lines = out.split("\n");
        int n = lines.length;
        assertEquals("  faithfulness fine-tuned: 1 independence of p holds only by fine-tuning in x2b (b ⊥ x | y)", lines[n - 3]);
        assertEquals("               a ⊥ y | x implied; b ⊥ x | y fine-tuned (Pearl & Cavalcanti, Def. 4.1: holds in p within 1e-9, d-separated in the graph)",
                lines[n - 2]);
        assertTrue(lines[n - 1].startsWith("  solved by   "), lines[n - 1]);
        String functional = (String) InfluenceCommandTest.run("influence", "--model", "x2b", "--functional", "chsh", "--value", "0.2")[1];
        assertFalse(functional.contains("faithfulness"), functional);
    }

    /**
     * --structure: bell-x-and-a-to-b (its own p, the PR box) has the edge x → b, so b ⊥ x | y is fine-tuned; lhv3 on
     * GHZ has all six independences (A_γ ⊥ X_∖γ | X_γ) implied (every path from an outcome to another party's setting
     * passes an outcome of a third or that party as a collider, and only settings are conditioned on; GHZ is
     * no-signalling); instrumental (one setting x, outcomes a and b) pairs no setting with b, so it is not checked.
     */
    @Test
    void structures() throws Exception {
        JsonNode both = json("influence", "--structure", "bell-x-and-a-to-b", "--json").get("faithfulness");
        assertEquals("bell-x-and-a-to-b", both.get("graph").asText());
        assertEquals(List.of("a ⊥ y | x: implied", "b ⊥ x | y: fine_tuned"), verdicts(both));
        JsonNode ghz = json("influence", "--structure", "lhv3", "--json", "examples/ghz.json").get("faithfulness");
        assertEquals(6, ghz.get("independences").size());
        ghz.get("independences").forEach(s -> assertEquals("implied", s.get("verdict").asText(), s.toString()));
        JsonNode instrumental = json("influence", "--structure", "instrumental", "--json");
        assertTrue(instrumental.get("faithfulness").isNull());
        String text = (String) InfluenceCommandTest.run("influence", "--structure", "instrumental")[1];
        assertTrue(text.contains("  faithfulness not checked: the structure has 1 setting and 2 outcomes"), text);
    }
}
