package relax.scenarios.microstate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Model files: an explicit hidden-variable model ({@link HiddenVariableModel}) as JSON, read exactly.
 * <pre>
 * {"name": "…", "description": "…",
 *  "variables": {"x": ["0","1"], "y": ["0","1"], "lambda": ["l0","l1"], "lambda_a": […], "lambda_b": […],
 *                "a": ["+1","-1"], "b": ["+1","-1"]},
 *  "settings":    {"table": {"0": {"0": "1/4", "1": "1/4"}, "1": {"0": "1/4", "1": "1/4"}}},
 *  "state":       {"given": [], "table": {"l0": "1/2", "l1": "1/2"}},
 *  "microstates": {"given": ["x"], "table": {…}},
 *  "A":           {"given": ["x", "lambda"], "table": {"0": {"l0": "+1", "l1": "-1"}, "1": {…}}},
 *  "B":           {"given": ["y", "lambda"], "table": {…}}}
 * </pre>
 * <ul>
 * <li>{@code variables}: x, y, a, b are required; λ ({@code lambda}), λ_a, λ_b are optional (an absent one
 *     is a constant and appears in no table). Each lists its value names (distinct strings).</li>
 * <li>Tables p(of | given): {@code settings} is p(x, y) (default uniform); {@code state} is p(λ | given),
 *     given ⊆ {x, y}, default none; {@code microstates} is p(λ_a, λ_b | given) over the declared microstates,
 *     given ⊆ {x, y, λ}, default none; {@code A} is p(a | given), given ⊆ {x, y, λ, λ_a, λ_b}, default
 *     {x, λ, λ_a}; {@code B} is p(b | given), given ⊆ {x, y, λ, λ_a, λ_b, a}, default {y, λ, λ_b}.
 *     Undeclared variables are dropped from the defaults.</li>
 * <li>{@code table} nests one object level per given variable (in the listed order, every value present),
 *     then one per distributed variable (in causal order; absent values have probability 0). A
 *     distribution over one variable may be the name of a value: probability 1 (a deterministic response).</li>
 * <li>Probabilities are JSON numbers (read exactly as written: 0.1 is 1/10) or strings: decimals,
 *     fractions such as {@code "1/3"}, or expressions with {@code + - * /}, parentheses and {@code sqrt(n)},
 *     e.g. {@code "(2+sqrt(2))/8"}; one square root per file. They must be ≥ 0, every distribution must sum
 *     to exactly 1, and every pair of settings must have p(x, y) &gt; 0.</li>
 * </ul>
 * Unknown keys, variables and values are errors. Every error is one line naming the file, the entry and
 * the rule.
 */
public final class ModelFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> KEYS = Set.of("name", "description", "variables", "settings", "state", "microstates", "A", "B");
    private static final String KEY_LIST = "name, description, variables, settings, state, microstates, A, B";

    private ModelFile() {
    }

    /**
     * Reads and validates a model file.
     *
     * @throws InvalidModelException with a one-line message beginning with the file name
     */
    public static HiddenVariableModel read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidModelException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidModelException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            return parse(text);
        } catch (InvalidModelException e) {
            throw new InvalidModelException(file + ": " + e.getMessage());
        }
    }

    /**
     * Parses and validates a model from JSON text.
     *
     * @throws InvalidModelException with a one-line message naming the entry and the rule
     */
    public static HiddenVariableModel parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidModelException("not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidModelException("must be a JSON object with keys " + KEY_LIST);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new InvalidModelException("unknown key \"" + key + "\" (a model file has the keys " + KEY_LIST + ")");
            }
        }
        return new Reader(root).model();
    }

    /** One file's parse: the declared variables, then each table in causal order. */
    private static final class Reader {
        private final JsonNode root;
        private final List<List<String>> values = new ArrayList<>();
        private final int[] radix = new int[ModelVariable.values().length];
        private int declared;
        private long radicand = 1;
        private String radicandEntry;

        Reader(JsonNode root) {
            this.root = root;
        }

        HiddenVariableModel model() {
            variables();
            List<ConditionalTable> tables = new ArrayList<>();
            tables.add(settings());
            table("state", declaredOf(ModelVariable.LAMBDA), ModelVariable.set(ModelVariable.X, ModelVariable.Y), List.of(), tables);
            List<ModelVariable> microstates = new ArrayList<>();
            for (ModelVariable v : List.of(ModelVariable.LAMBDA_A, ModelVariable.LAMBDA_B)) {
                if (declares(v)) {
                    microstates.add(v);
                }
            }
            table("microstates", microstates, ModelVariable.set(ModelVariable.X, ModelVariable.Y, ModelVariable.LAMBDA), List.of(), tables);
            table("A", List.of(ModelVariable.A), ModelVariable.set(ModelVariable.X, ModelVariable.Y, ModelVariable.LAMBDA,
                    ModelVariable.LAMBDA_A, ModelVariable.LAMBDA_B), declaredOf(ModelVariable.X, ModelVariable.LAMBDA, ModelVariable.LAMBDA_A), tables);
            table("B", List.of(ModelVariable.B), ModelVariable.set(ModelVariable.X, ModelVariable.Y, ModelVariable.LAMBDA,
                    ModelVariable.LAMBDA_A, ModelVariable.LAMBDA_B, ModelVariable.A), declaredOf(ModelVariable.Y, ModelVariable.LAMBDA,
                    ModelVariable.LAMBDA_B), tables);
            return new HiddenVariableModel(text("name"), text("description"), List.copyOf(values), declared, List.copyOf(tables));
        }

        private boolean declares(ModelVariable v) {
            return (declared & v.bit()) != 0;
        }

        private List<ModelVariable> declaredOf(ModelVariable... vs) {
            List<ModelVariable> r = new ArrayList<>();
            for (ModelVariable v : vs) {
                if (declares(v)) {
                    r.add(v);
                }
            }
            return r;
        }

        private String text(String key) {
            JsonNode n = root.get(key);
            if (n == null || n.isNull()) {
                return "";
            }
            if (!n.isTextual()) {
                throw new InvalidModelException("\"" + key + "\" must be a string");
            }
            return n.asText();
        }

        private void variables() {
            JsonNode vars = root.get("variables");
            if (vars == null || !vars.isObject()) {
                throw new InvalidModelException("missing \"variables\": an object listing the values of x, y, a, b and optionally lambda, "
                        + "lambda_a, lambda_b, e.g. {\"x\": [\"0\",\"1\"], …}");
            }
            for (Iterator<String> it = vars.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (ModelVariable.byKey(key) == null) {
                    throw new InvalidModelException("variables: unknown variable \"" + key + "\" (the variables are x, y, lambda, lambda_a, lambda_b, a, b)");
                }
            }
            for (ModelVariable v : ModelVariable.values()) {
                JsonNode n = vars.get(v.key());
                boolean optional = v == ModelVariable.LAMBDA || v == ModelVariable.LAMBDA_A || v == ModelVariable.LAMBDA_B;
                if (n == null) {
                    if (!optional) {
                        throw new InvalidModelException("variables: missing \"" + v.key() + "\" (x, y, a and b must list their values)");
                    }
                    values.add(List.of(""));
                    radix[v.ordinal()] = 1;
                    continue;
                }
                if (!n.isArray() || n.isEmpty()) {
                    throw new InvalidModelException("variables." + v.key() + " must be a non-empty list of value names, e.g. [\"0\", \"1\"]");
                }
                List<String> names = new ArrayList<>();
                for (int i = 0; i < n.size(); i++) {
                    JsonNode e = n.get(i);
                    if (!(e.isTextual() || e.isIntegralNumber()) || e.asText().isEmpty()) {
                        throw new InvalidModelException("variables." + v.key() + "[" + i + "] = " + e + " must be a non-empty name (a string)");
                    }
                    if (names.contains(e.asText())) {
                        throw new InvalidModelException("variables." + v.key() + " lists \"" + e.asText() + "\" twice (value names must be distinct)");
                    }
                    names.add(e.asText());
                }
                values.add(List.copyOf(names));
                radix[v.ordinal()] = names.size();
                declared |= v.bit();
            }
        }

        /** p(x, y): the table, or uniform when absent; every pair must have positive probability. */
        private ConditionalTable settings() {
            List<ModelVariable> of = List.of(ModelVariable.X, ModelVariable.Y);
            List<ConditionalTable> one = new ArrayList<>();
            if (root.get("settings") == null) {
                int n = radix[0] * radix[1];
                Surd[] u = new Surd[n];
                java.util.Arrays.fill(u, Surd.of(1, n));
                return new ConditionalTable("settings", of, List.of(), radix, u);
            }
            table("settings", of, 0, List.of(), one);
            ConditionalTable t = one.get(0);
            for (int i = 0; i < t.values().length; i++) {
                if (t.values()[i].isZero()) {
                    throw new InvalidModelException("settings[x=" + values.get(0).get(i / radix[1]) + "][y=" + values.get(1).get(i % radix[1])
                            + "] = 0: every pair of settings must have positive probability (the behaviour p(a,b|x,y) is defined for each)");
                }
            }
            return t;
        }

        /**
         * Reads the table {@code role} over {@code of} given variables from {@code allowed}, and adds it to
         * {@code out}. A table over no declared variable must be absent.
         */
        private void table(String role, List<ModelVariable> of, int allowed, List<ModelVariable> defaultGiven, List<ConditionalTable> out) {
            JsonNode node = root.get(role);
            if (of.isEmpty()) {
                if (node != null) {
                    throw new InvalidModelException("\"" + role + "\" is given but the model declares none of the variables it distributes ("
                            + (role.equals("state") ? "lambda" : "lambda_a, lambda_b") + ")");
                }
                return;
            }
            if (node == null) {
                throw new InvalidModelException("missing \"" + role + "\": the table " + notation(of, defaultGiven)
                        + " (an object {\"given\": [...], \"table\": {...}})");
            }
            if (!node.isObject()) {
                throw new InvalidModelException(role + " must be an object {\"given\": [...], \"table\": {...}}");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!key.equals("given") && !key.equals("table")) {
                    throw new InvalidModelException(role + ": unknown key \"" + key + "\" (a table has the keys given and table)");
                }
            }
            List<ModelVariable> given = given(role, node.get("given"), allowed, defaultGiven);
            JsonNode table = node.get("table");
            if (table == null) {
                throw new InvalidModelException(role + ": missing \"table\" (" + notation(of, given) + ", nested by "
                        + (given.isEmpty() ? "" : "the values of " + keys(given) + ", then ") + "the values of " + keys(of) + ")");
            }
            int rows = 1;
            for (ModelVariable v : given) {
                rows *= radix[v.ordinal()];
            }
            int width = 1;
            for (ModelVariable v : of) {
                width *= radix[v.ordinal()];
            }
            if ((long) rows * width > JointDistribution.MAX_ENTRIES) {
                throw new InvalidModelException(role + ": " + notation(of, given) + " has " + (long) rows * width
                        + " entries, more than " + JointDistribution.MAX_ENTRIES + ": too large to audit exactly");
            }
            Surd[] values = new Surd[rows * width];
            java.util.Arrays.fill(values, Surd.ZERO);
            rows(role, table, given, 0, 0, of, width, values, role);
            out.add(new ConditionalTable(role, List.copyOf(of), List.copyOf(given), radix, values));
        }

        private List<ModelVariable> given(String role, JsonNode node, int allowed, List<ModelVariable> defaultGiven) {
            if (node == null) {
                return defaultGiven;
            }
            if (!node.isArray()) {
                throw new InvalidModelException(role + ".given must be a list of variable names, e.g. [\"x\", \"lambda\"]");
            }
            List<ModelVariable> given = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String key = node.get(i).asText();
                ModelVariable v = node.get(i).isTextual() ? ModelVariable.byKey(key) : null;
                String may = allowed == 0 ? role + " is conditioned on nothing" : role + " may depend on " + ModelVariable.keys(allowed);
                if (v == null) {
                    throw new InvalidModelException(role + ".given: unknown variable " + node.get(i) + " (" + may + ")");
                }
                if ((allowed & v.bit()) == 0) {
                    throw new InvalidModelException(role + ".given: " + role + " cannot depend on " + key + " (" + may
                            + ": the model's variables are ordered x, y, lambda, lambda_a, lambda_b, a, b)");
                }
                if (!declares(v)) {
                    throw new InvalidModelException(role + ".given: unknown variable \"" + key + "\" (the model does not declare it in \"variables\")");
                }
                if (given.contains(v)) {
                    throw new InvalidModelException(role + ".given lists " + key + " twice");
                }
                given.add(v);
            }
            return given;
        }

        /** The nested levels of the given variables, then each row's distribution. */
        private void rows(String role, JsonNode node, List<ModelVariable> given, int depth, int row, List<ModelVariable> of, int width,
                Surd[] out, String path) {
            if (depth == given.size()) {
                int start = row * width;
                distribution(node, of, 0, start, out, path);
                Surd sum = Surd.ZERO;
                for (int i = start; i < start + width; i++) {
                    sum = sum.add(out[i]);
                }
                if (!sum.equals(Surd.ONE)) {
                    throw new InvalidModelException(path + ": sums to " + sum + ", not 1 (every distribution must sum to exactly 1; "
                            + "write fractions such as 1/3 rather than rounded decimals)");
                }
                return;
            }
            ModelVariable v = given.get(depth);
            List<String> names = values.get(v.ordinal());
            if (!node.isObject()) {
                throw new InvalidModelException(path + " must be an object keyed by the values of " + v.key() + " (" + String.join(", ", names)
                        + "), got " + describe(node));
            }
            unknownKeys(node, v, path);
            for (int k = 0; k < names.size(); k++) {
                JsonNode child = node.get(names.get(k));
                String childPath = path + "[" + v.key() + "=" + names.get(k) + "]";
                if (child == null) {
                    throw new InvalidModelException(path + ": missing value \"" + names.get(k) + "\" of " + v.key() + " (" + role
                            + " needs an entry for every value of each variable it is given: " + keys(given) + ")");
                }
                rows(role, child, given, depth + 1, row * names.size() + k, of, width, out, childPath);
            }
        }

        /** One distribution over the {@code of} variables from {@code depth} on, written into out[offset…]. */
        private void distribution(JsonNode node, List<ModelVariable> of, int depth, int offset, Surd[] out, String path) {
            ModelVariable v = of.get(depth);
            List<String> names = values.get(v.ordinal());
            int block = 1;
            for (int k = depth + 1; k < of.size(); k++) {
                block *= radix[of.get(k).ordinal()];
            }
            if (node.isTextual() && depth == 0 && of.size() == 1) {
                int k = names.indexOf(node.asText());
                if (k < 0) {
                    throw new InvalidModelException(path + " = " + node + " is not a value of " + v.key() + " (" + String.join(", ", names)
                            + "); write a value name for a deterministic response or an object such as {\"" + names.get(0)
                            + "\": \"1/2\", …} for a distribution");
                }
                out[offset + k] = Surd.ONE;
                return;
            }
            if (!node.isObject()) {
                throw new InvalidModelException(path + " must be " + (depth == 0 && of.size() == 1 ? "a value of " + v.key() + " or " : "")
                        + "an object keyed by the values of " + v.key() + " (" + String.join(", ", names) + "), got " + describe(node));
            }
            unknownKeys(node, v, path);
            for (int k = 0; k < names.size(); k++) {
                JsonNode child = node.get(names.get(k));
                if (child == null) {
                    continue;
                }
                String childPath = path + "[" + v.key() + "=" + names.get(k) + "]";
                if (depth + 1 < of.size()) {
                    distribution(child, of, depth + 1, offset + k * block, out, childPath);
                } else {
                    out[offset + k] = probability(child, childPath);
                }
            }
        }

        private void unknownKeys(JsonNode node, ModelVariable v, String path) {
            List<String> names = values.get(v.ordinal());
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!names.contains(key)) {
                    throw new InvalidModelException(path + ": unknown value \"" + key + "\" of " + v.key() + " (" + v.key() + " takes "
                            + String.join(", ", names) + ")");
                }
            }
        }

        private Surd probability(JsonNode node, String path) {
            Surd p;
            if (node.isNumber()) {
                p = Surd.of(node.decimalValue());
            } else if (node.isTextual()) {
                try {
                    p = Surd.parse(node.asText());
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new InvalidModelException(path + ": " + e.getMessage());
                }
            } else {
                throw new InvalidModelException(path + " = " + node + " is not a probability (a number, or a string such as \"1/3\")");
            }
            if (p.signum() < 0) {
                throw new InvalidModelException(path + " = " + node.asText() + " is negative (probabilities must be >= 0)");
            }
            if (!p.isRational()) {
                if (radicand == 1) {
                    radicand = p.radicand();
                    radicandEntry = path;
                } else if (radicand != p.radicand()) {
                    throw new InvalidModelException(path + " = " + node.asText() + " uses sqrt(" + p.radicand() + ") but " + radicandEntry
                            + " uses sqrt(" + radicand + ") (one model may use one square root only, so that it stays exact)");
                }
            }
            return p;
        }

        private static String describe(JsonNode node) {
            return node.isValueNode() ? node.toString() : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }

        private static String keys(List<ModelVariable> vs) {
            int set = 0;
            for (ModelVariable v : vs) {
                set |= v.bit();
            }
            return vs.isEmpty() ? "nothing" : ModelVariable.keys(set);
        }

        private static String notation(List<ModelVariable> of, List<ModelVariable> given) {
            return new ConditionalTable("", of, given, new int[0], new Surd[0]).notation();
        }
    }
}
