package relax.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.InvalidBehaviourException;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;

/**
 * Contextuality files: a compatibility scenario and a behaviour on it (Pearl &amp; Cavalcanti, Sec. 3), as a JSON object
 * <pre>
 * {"name": "Peres-Mermin", "description": "optional text",
 *  "measurements": {"m1": 2, "m2": 2, …},
 *  "contexts": {"R1": ["m1", "m2", "m3"], …, "C3": ["m3", "m6", "m9"]},
 *  "p": {"R1": [[[0.25, 0], [0, 0.25]], [[0, 0.25], [0.25, 0]]], …}}
 * </pre>
 * {@code measurements} gives each measurement's number of outcomes; {@code contexts} lists each context's
 * measurements in slot order (slot i is the random variable X_i); {@code p} gives, for every context, the
 * probabilities nested over its slots' outcomes in slot order: {@code p.R1[a1][a2][a3]}. Numbers are exact as written
 * (0.1 is 1/10) and may also be strings holding a fraction, {@code "1/3"}; the checks that can be exact
 * (no-disturbance) use those exact values.
 *
 * <p>Reading checks everything before any LP runs — unknown keys, an unknown or repeated measurement in a context, a
 * measurement in no context, p missing a context or naming an unknown one, nesting that disagrees with the outcome
 * counts, entries that are not finite non-negative numbers, contexts that do not sum to 1 — and reports the first
 * problem in one line beginning with the file name ({@link InvalidBehaviourException}).
 *
 * <p>{@link #readAny} also accepts an ordinary Bell behaviour file and converts it
 * ({@link CompatibilityBehaviour#fromBell}).
 */
public final class ContextualityFile {
    private static final Set<String> KEYS = Set.of("name", "description", "measurements", "contexts", "p");
    private static final String EXPECTED = "\"measurements\", \"contexts\" and \"p\"";
    /** Writes files (reading goes through the hardened reader of behaviour files). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContextualityFile() {
    }

    /**
     * Reads and validates a contextuality file.
     *
     * @param tolerance how far a context's probabilities may sum from 1
     * @throws InvalidBehaviourException one line beginning with the file name
     */
    public static CompatibilityBehaviour read(Path file, double tolerance) {
        String text = BehaviourFile.readText(file);
        try {
            CompatibilityBehaviour b = parse(text);
            b.validate(tolerance);
            return b;
        } catch (InvalidBehaviourException e) {
            throw new InvalidBehaviourException(file + ": " + e.getMessage());
        }
    }

    /**
     * A contextuality file, or a Bell behaviour file converted with {@link CompatibilityBehaviour#fromBell}: a file
     * whose object has the key "measurements" is read as a contextuality file, any other as a behaviour file.
     */
    public static CompatibilityBehaviour readAny(Path file, double tolerance) {
        String text = BehaviourFile.readText(file);
        if (!isContextuality(text)) {
            return CompatibilityBehaviour.fromBell(BehaviourFile.read(text, TerminalText.safe(file.toString()), tolerance));
        }
        try {
            CompatibilityBehaviour b = parse(text);
            b.validate(tolerance);
            return b;
        } catch (InvalidBehaviourException e) {
            throw new InvalidBehaviourException(file + ": " + e.getMessage());
        }
    }

    /** Whether text is a JSON object with the key "measurements" (false for anything else, including invalid JSON or CSV). */
    static boolean isContextuality(String text) {
        try {
            return BehaviourFile.object(text, EXPECTED).has("measurements");
        } catch (InvalidBehaviourException e) {
            return false;
        }
    }

    /** Parses (without the normalisation check) a contextuality file's text. */
    public static CompatibilityBehaviour parse(String text) {
        JsonNode root = BehaviourFile.object(text, EXPECTED);
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new InvalidBehaviourException("unknown key \"" + key + "\" (a contextuality file has name, description, measurements, contexts and p)");
            }
        }
        CompatibilityScenario s = scenario(root);
        JsonNode p = root.get("p");
        if (p == null) {
            throw new InvalidBehaviourException("missing key \"p\" (for every context, its probabilities nested over its outcomes in slot order)");
        }
        if (!p.isObject()) {
            throw new InvalidBehaviourException("\"p\" must be an object with one entry per context, e.g. {\"" + s.contextName(0) + "\": [...]}");
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (s.contextIndex(key) < 0) {
                throw new InvalidBehaviourException("\"p\" lists '" + key + "', which is not a context (contexts: " + contextList(s) + ")");
            }
        }
        BigFraction[] exact = new BigFraction[s.embedding().size()];
        java.util.Arrays.fill(exact, BigFraction.ZERO);
        for (int c = 0; c < s.contexts(); c++) {
            JsonNode block = p.get(s.contextName(c));
            if (block == null) {
                throw new InvalidBehaviourException("\"p\" has no entry for context '" + s.contextName(c) + "' (give p." + s.contextName(c)
                        + " nested over the outcomes of " + measurementList(s, c) + ")");
            }
            int[] position = {0};
            flatten(s, c, block, "p." + s.contextName(c), 0, exact, position);
        }
        return CompatibilityBehaviour.ofExact(s, exact, BehaviourFile.text(root, "name"), BehaviourFile.text(root, "description"));
    }

    private static CompatibilityScenario scenario(JsonNode root) {
        JsonNode ms = root.get("measurements");
        if (ms == null || !ms.isObject() || ms.isEmpty()) {
            throw new InvalidBehaviourException("\"measurements\" must be a non-empty object of measurement names and numbers of outcomes, e.g. {\"m1\": 2}");
        }
        List<String> names = new ArrayList<>();
        int[] outcomes = new int[ms.size()];
        for (Iterator<Map.Entry<String, JsonNode>> it = ms.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isIntegralNumber() || v.bigIntegerValue().compareTo(BigInteger.ONE) < 0 || v.bigIntegerValue().bitLength() > 30) {
                throw new InvalidBehaviourException("\"measurements\".\"" + e.getKey() + "\" = " + v + " must be a whole number >= 1 (its number of outcomes)");
            }
            outcomes[names.size()] = v.intValue();
            names.add(e.getKey());
        }
        JsonNode cs = root.get("contexts");
        if (cs == null || !cs.isObject() || cs.isEmpty()) {
            throw new InvalidBehaviourException("\"contexts\" must be a non-empty object of context names and their measurements in slot order, e.g. {\"R1\": [\"m1\", \"m2\"]}");
        }
        List<String> contextNames = new ArrayList<>();
        List<List<String>> contexts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode list = e.getValue();
            if (!list.isArray() || list.isEmpty()) {
                throw new InvalidBehaviourException("\"contexts\".\"" + e.getKey() + "\" must be a non-empty list of measurement names in slot order");
            }
            List<String> ms2 = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual()) {
                    throw new InvalidBehaviourException("\"contexts\".\"" + e.getKey() + "\"[" + i + "] = " + list.get(i) + " must be a measurement name");
                }
                ms2.add(list.get(i).asText());
            }
            contextNames.add(e.getKey());
            contexts.add(ms2);
        }
        return CompatibilityScenario.of(names, outcomes, contextNames, contexts);
    }

    /** Reads the nested probabilities of context c at {@code slot} depth into {@code exact}, row-major. */
    private static void flatten(CompatibilityScenario s, int c, JsonNode node, String path, int slot, BigFraction[] exact, int[] position) {
        if (slot == s.size(c)) {
            exact[s.entry(c, position[0]++)] = number(node, path);
            return;
        }
        int m = s.measurement(c, slot);
        int d = s.outcomes(m);
        String what = "measurement " + s.measurementName(m) + " (slot " + (slot + 1) + " of " + s.contextName(c) + ") has " + d + " outcome"
                + (d == 1 ? "" : "s");
        if (!node.isArray()) {
            throw new InvalidBehaviourException(path + " must be a list of " + d + " entries: " + what);
        }
        if (node.size() != d) {
            throw new InvalidBehaviourException(path + " has " + node.size() + " entries but " + what);
        }
        for (int a = 0; a < d; a++) {
            flatten(s, c, node.get(a), path + "[" + a + "]", slot + 1, exact, position);
        }
    }

    /** A probability exactly as written: a JSON number, or a string holding a decimal or a fraction a/b. */
    static BigFraction number(JsonNode node, String path) {
        return ExactNumber.of(node, path, "a probability");
    }

    private static String contextList(CompatibilityScenario s) {
        List<String> n = new ArrayList<>();
        for (int c = 0; c < s.contexts(); c++) {
            n.add(s.contextName(c));
        }
        return String.join(", ", n);
    }

    private static String measurementList(CompatibilityScenario s, int c) {
        List<String> n = new ArrayList<>();
        for (int slot = 0; slot < s.size(c); slot++) {
            n.add(s.measurementName(s.measurement(c, slot)));
        }
        return String.join(", ", n);
    }

    /**
     * The behaviour as a contextuality file (pretty-printed JSON). Numbers are written exactly: the values as read when
     * the behaviour came from a file, else each double's shortest decimal with every context completed to sum to
     * exactly 1 (the canonical writing of behaviour files), so the output is accepted at --tolerance 0.
     */
    public static String toJson(CompatibilityBehaviour b) {
        BigFraction[] literals = BehaviourFile.literals(b.asBehaviour());
        CompatibilityScenario s = b.scenario();
        ObjectNode root = JSON.createObjectNode();
        if (!b.name().isEmpty()) {
            root.put("name", b.name());
        }
        if (!b.description().isEmpty()) {
            root.put("description", b.description());
        }
        ObjectNode ms = root.putObject("measurements");
        for (int m = 0; m < s.measurements(); m++) {
            ms.put(s.measurementName(m), s.outcomes(m));
        }
        ObjectNode cs = root.putObject("contexts");
        for (int c = 0; c < s.contexts(); c++) {
            ArrayNode list = cs.putArray(s.contextName(c));
            for (int slot = 0; slot < s.size(c); slot++) {
                list.add(s.measurementName(s.measurement(c, slot)));
            }
        }
        ObjectNode p = root.putObject("p");
        for (int c = 0; c < s.contexts(); c++) {
            int[] position = {0};
            p.set(s.contextName(c), nested(s, literals, c, 0, position));
        }
        return root.toPrettyString();
    }

    private static JsonNode nested(CompatibilityScenario s, BigFraction[] literals, int c, int slot, int[] position) {
        if (slot == s.size(c)) {
            return ExactNumber.literal(literals[s.entry(c, position[0]++)]);
        }
        ArrayNode a = JSON.createArrayNode();
        for (int v = 0; v < s.outcomes(s.measurement(c, slot)); v++) {
            a.add(nested(s, literals, c, slot + 1, position));
        }
        return a;
    }
}
