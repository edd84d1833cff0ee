package relax.scenarios.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * Behaviour files: JSON objects {@code {"inputs":[m1,…,mN],"outputs":[o1,…,oN],"p":[…]}} with p
 * nested as {@code p[x1]…[xN][a1]…[aN]}, and optional {@code "name"} and {@code "description"}.
 *
 * <p>Reading checks everything before any LP runs — shape, finite entries ≥ −1e-12, normalised blocks
 * — and reports the first problem in one line naming the file, the entry and the rule.
 */
public final class BehaviourFile {
    /** Rejects a key given twice (e.g. two "p"), instead of silently keeping the last one. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private BehaviourFile() {
    }

    /**
     * Reads and validates a behaviour file.
     *
     * @param tolerance how far a block's sum may be from 1
     * @throws InvalidBehaviourException with a message beginning with the file name
     */
    public static Behaviour read(Path file, double tolerance) {
        String text = readText(file);
        try {
            Behaviour b = parse(text);
            b.validate(tolerance);
            return b;
        } catch (InvalidBehaviourException e) {
            throw new InvalidBehaviourException(file + ": " + e.getMessage());
        }
    }

    /** The contents of a file, or a one-line error naming it. */
    static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidBehaviourException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidBehaviourException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Parses (without the normalisation check) a behaviour from JSON text. */
    public static Behaviour parse(String text) {
        JsonNode root = object(text, "\"inputs\", \"outputs\" and \"p\"");
        Scenario scenario = scenario(root);
        return new Behaviour(scenario, entries(root, "p", "the probabilities", scenario), text(root, "name"), text(root, "description"));
    }

    /** Parses JSON text into an object node, or explains in one line why it is not one. */
    static JsonNode object(String text, String keys) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidBehaviourException("not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidBehaviourException("must be a JSON object with keys " + keys);
        }
        return root;
    }

    /** The scenario of the keys "inputs" and "outputs" of a file. */
    static Scenario scenario(JsonNode root) {
        int[] inputs = counts(root, "inputs");
        int[] outputs = counts(root, "outputs");
        if (inputs.length != outputs.length) {
            throw new InvalidBehaviourException("\"inputs\" lists " + inputs.length + " parties but \"outputs\" lists " + outputs.length);
        }
        try {
            return Scenario.of(inputs, outputs);
        } catch (IllegalArgumentException e) {
            throw new InvalidBehaviourException(e.getMessage());
        }
    }

    /** The numbers under {@code key}, nested as p[x1]..[xN][a1]..[aN], flat in the scenario's order. */
    static double[] entries(JsonNode root, String key, String what, Scenario scenario) {
        JsonNode node = root.get(key);
        if (node == null) {
            throw new InvalidBehaviourException("missing key \"" + key + "\" (" + what + ", nested as " + key + "[x1]..[xN][a1]..[aN])");
        }
        int n = scenario.parties();
        int[] radix = new int[2 * n];
        String[] counts = new String[2 * n];
        for (int i = 0; i < n; i++) {
            radix[i] = scenario.inputs(i);
            radix[n + i] = scenario.outputs(i);
            counts[i] = "inputs[" + i + "]";
            counts[n + i] = "outputs[" + i + "]";
        }
        return nestedNumbers(node, key, radix, counts);
    }

    /**
     * The numbers of a nested list {@code node[i1]…[iK]} with {@code radix[d]} entries at depth d, flat in
     * row-major order; a wrong shape is one line naming the path and {@code what[d]}, the count it should have.
     */
    static double[] nestedNumbers(JsonNode node, String path, int[] radix, String[] what) {
        int size = 1;
        for (int r : radix) {
            size *= r;
        }
        double[] flat = new double[size];
        flatten(node, path, 0, radix, what, flat, new int[] {0});
        return flat;
    }

    private static int[] counts(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw new InvalidBehaviourException("\"" + key + "\" must be a non-empty list of counts, one per party, e.g. [2,2]");
        }
        int[] c = new int[n.size()];
        for (int i = 0; i < c.length; i++) {
            if (!n.get(i).isIntegralNumber() || n.get(i).asInt() < 1) {
                throw new InvalidBehaviourException("\"" + key + "\"[" + i + "] = " + n.get(i) + " must be a whole number >= 1");
            }
            c[i] = n.get(i).asInt();
        }
        return c;
    }

    static String text(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static void flatten(JsonNode node, String path, int depth, int[] radix, String[] what, double[] flat, int[] position) {
        if (depth == radix.length) {
            if (!node.isNumber()) {
                throw new InvalidBehaviourException(path + " = " + node + " is not a number");
            }
            flat[position[0]++] = node.asDouble();
            return;
        }
        int expected = radix[depth];
        if (!node.isArray()) {
            throw new InvalidBehaviourException(path + " must be a list of " + expected + " entries (" + what[depth] + " = " + expected
                    + "), got " + node.getNodeType().toString().toLowerCase());
        }
        if (node.size() != expected) {
            throw new InvalidBehaviourException(path + " has " + node.size() + " entries but " + what[depth] + " = " + expected);
        }
        for (int i = 0; i < expected; i++) {
            flatten(node.get(i), path + "[" + i + "]", depth + 1, radix, what, flat, position);
        }
    }

    /** The behaviour as a JSON object in the file format (pretty-printed). */
    public static String toJson(Behaviour b) {
        return toJsonNode(b).toPrettyString();
    }

    /** The behaviour as a JSON tree in the file format. */
    public static ObjectNode toJsonNode(Behaviour b) {
        Scenario s = b.scenario();
        ObjectNode root = JSON.createObjectNode();
        if (!b.name().isEmpty()) {
            root.put("name", b.name());
        }
        if (!b.description().isEmpty()) {
            root.put("description", b.description());
        }
        ArrayNode in = root.putArray("inputs");
        ArrayNode out = root.putArray("outputs");
        for (int i = 0; i < s.parties(); i++) {
            in.add(s.inputs(i));
            out.add(s.outputs(i));
        }
        root.set("p", nested(s, b.toArray()));
        return root;
    }

    /** Values over the entries of a scenario as nested JSON arrays p[x1]..[xN][a1]..[aN]. */
    public static ArrayNode nested(Scenario s, double[] values) {
        return nested(s, (node, i) -> node.add(values[i]));
    }

    /** Exact values (e.g. fractions as text "1/2") over the entries of a scenario, nested like p. */
    public static ArrayNode nested(Scenario s, String[] values) {
        return nested(s, (node, i) -> node.add(values[i]));
    }

    private static ArrayNode nested(Scenario s, java.util.function.ObjIntConsumer<ArrayNode> add) {
        int n = s.parties();
        int[] radix = new int[2 * n];
        for (int i = 0; i < n; i++) {
            radix[i] = s.inputs(i);
            radix[n + i] = s.outputs(i);
        }
        ArrayNode root = JSON.createArrayNode();
        int[] position = {0};
        fill(root, radix, 0, add, position);
        return root;
    }

    private static void fill(ArrayNode node, int[] radix, int depth, java.util.function.ObjIntConsumer<ArrayNode> add, int[] position) {
        for (int i = 0; i < radix[depth]; i++) {
            if (depth == radix.length - 1) {
                add.accept(node, position[0]++);
            } else {
                fill(node.addArray(), radix, depth + 1, add, position);
            }
        }
    }
}
