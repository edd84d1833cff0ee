package relax.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relax.core.InvalidBehaviourException;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.scenarios.quantum.PeresMermin;

/** Contextuality files: exact numbers, the Bell conversion, a round trip, and one line for every malformed file. */
class ContextualityFileTest {
    static final String TWO = "{\"measurements\": {\"a\": 2, \"b\": 2, \"c\": 3}, \"contexts\": {\"ab\": [\"a\", \"b\"], \"ca\": [\"c\", \"a\"]}, ";

    @Test
    void readsExactNumbers() {
        CompatibilityBehaviour b = ContextualityFile.parse(TWO + "\"p\": {\"ab\": [[0.1, 0.4], [\"1/3\", \"1/6\"]], \"ca\": [[0.5, 0], [0.25, 0], [0.125, 0.125]]}}");
        assertEquals(new BigFraction(1, 10), b.exact(b.scenario().entry(0, 0)));
        assertEquals(new BigFraction(1, 3), b.exact(b.scenario().entry(0, 2)));
        // context ca = (c, a): tuple (c=2, a=1) is 2·2 + 1 = 5
        assertEquals(new BigFraction(1, 8), b.exact(b.scenario().entry(1, 5)));
        b.validate(0);
        assertTrue(b.hasExactEntries());
    }

    /**
     * A computed behaviour is written as the shortest decimals of its doubles with each context's largest entry
     * completed to an exact sum of 1 (so the file is accepted at tolerance 0 and differs from the doubles by at most a
     * few ulps).
     */
    @Test
    void roundTripOfPeresMermin() {
        CompatibilityBehaviour p = PeresMermin.example(1, 0.8);
        CompatibilityBehaviour q = ContextualityFile.parse(ContextualityFile.toJson(p));
        assertEquals(p.scenario(), q.scenario());
        for (int e = 0; e < p.scenario().embedding().size(); e++) {
            assertEquals(p.get(e), q.get(e), 1e-15);
        }
        q.validate(0);
        assertEquals(p.name(), q.name());
    }

    @Test
    void isContextualityDetectsTheFormat() {
        assertTrue(ContextualityFile.isContextuality(TWO + "\"p\": {}}"));
        assertTrue(!ContextualityFile.isContextuality("{\"inputs\": [2, 2], \"outputs\": [2, 2], \"p\": []}"));
        assertTrue(!ContextualityFile.isContextuality("not json"));
    }

    /** The rules of the format, each rejected in one line that names the entry and, where possible, the fix. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"measurements": {"a": 2}, "contexts": {"x": ["a", "z"]}, "p": {}} | context 'x' names measurement 'z', which is not declared in "measurements" (declared: a)
            {"measurements": {"a": 2, "b": 2}, "contexts": {"x": ["a"], "y": ["b"]}, "p": {"x": [0.5, 0.5]}} | "p" has no entry for context 'y' (give p.y nested over the outcomes of b)
            {"measurements": {"a": 2}, "contexts": {"x": ["a"]}, "p": {"x": [0.2, 0.3, 0.5]}} | p.x has 3 entries but measurement a (slot 1 of x) has 2 outcomes
            {"measurements": {"a": 2, "b": 3}, "contexts": {"x": ["a", "b"]}, "p": {"x": [[0.5, 0.5], [0, 0]]}} | p.x[0] has 2 entries but measurement b (slot 2 of x) has 3 outcomes
            {"measurements": {"a": 2}, "contexts": {"x": ["a"]}, "p": {"x": [0.5, 0.5], "y": [1, 0]}} | "p" lists 'y', which is not a context (contexts: x)
            {"measurements": {"a": 2}, "contexts": {"x": ["a"]}, "p": {"x": [0.5, "half"]}} | p.x[1] = "half" is not a probability (write a decimal such as 0.25 or 1e-3, or a fraction such as "1/4")
            {"measurements": {"a": 0}, "contexts": {"x": ["a"]}, "p": {"x": []}} | "measurements"."a" = 0 must be a whole number >= 1 (its number of outcomes)
            {"measurements": {"a": 2}, "contexts": {"x": ["a"]}, "P": {"x": [0.5, 0.5]}} | unknown key "P" (a contextuality file has name, description, measurements, contexts and p)
            {"measurements": {"a": 2}, "contexts": {"x": "a"}, "p": {}} | "contexts"."x" must be a non-empty list of measurement names in slot order
            {"measurements": {"a": 2}, "contexts": {"x": ["a"]}} | missing key "p" (for every context, its probabilities nested over its outcomes in slot order)
            """)
    void malformed(String json, String message) {
        InvalidBehaviourException e = assertThrows(InvalidBehaviourException.class, () -> ContextualityFile.parse(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void normalisationAndSigns() {
        CompatibilityBehaviour b = ContextualityFile.parse("{\"measurements\": {\"a\": 2}, \"contexts\": {\"x\": [\"a\"]}, \"p\": {\"x\": [0.5, 0.6]}}");
        assertEquals("p.x sums to 1.1, not 1 (the probabilities of each context must sum to 1 within 1.0E-9)",
                assertThrows(InvalidBehaviourException.class, () -> b.validate(1e-9)).getMessage());
        CompatibilityBehaviour n = ContextualityFile.parse("{\"measurements\": {\"a\": 2}, \"contexts\": {\"x\": [\"a\"]}, \"p\": {\"x\": [1.5, -0.5]}}");
        assertEquals("p.x[1] = -0.5 is negative (probabilities must be >= 0)", assertThrows(InvalidBehaviourException.class, () -> n.validate(1e-9)).getMessage());
    }
}
