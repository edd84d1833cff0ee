package relax.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.NearestDouble;
import relax.core.Scenario;

/**
 * Behaviour files, in every form a researcher's data comes in (README, "Behaviour files"):
 * <ul>
 *   <li>JSON {@code {"inputs":[m1,…,mN],"outputs":[o1,…,oN],"p":[…]}} with p nested as
 *       {@code p[x1]…[xN][a1]…[aN]}, or in the order an {@code "order"} key names ({@code "abxy"}, see
 *       {@link IndexOrder}); {@code "counts"} instead of {@code "p"} for numbers of runs N(a|x), same nesting;
 *       {@code "correlators"} or {@code "collins-gisin"} for binary outputs ({@link CorrelatorForm}); optional
 *       {@code "name"} and {@code "description"};</li>
 *   <li>CSV with a header {@code x,y,a,b,p} or {@code x,y,a,b,count} ({@link CsvBehaviour}).</li>
 * </ul>
 * Numbers may be JSON numbers or strings holding decimals or fractions ({@code "1/3"}); each is read as the
 * exact rational it denotes ({@link ExactNumber}) and kept exactly on the {@link Behaviour}.
 *
 * <p>Reading checks everything before any LP runs — size, encoding, syntax, shape, every number — and
 * applies the rules of {@link Normalisation} in exact arithmetic; the first problem is one line naming the
 * file, the entry and the rule, with a hint where one applies (an index order under which the blocks sum to
 * 1, a --tolerance for rounded data). Writing ({@link #toJson}, {@link #toCsv}) gives canonical files whose
 * blocks sum to exactly 1, so that every file the engine writes is accepted at {@code --tolerance 0}.
 */
public final class BehaviourFile {
    /** The keys that can hold the behaviour itself; a file gives exactly one. */
    private static final List<String> DATA_KEYS = List.of("p", "counts", "correlators", "collins-gisin");
    private static final String KEYS = "\"inputs\", \"outputs\" and \"p\" (or \"counts\", \"correlators\", \"collins-gisin\")";
    /** Default tolerance of {@link #parse(String)} for its order hints. */
    private static final double HINT_TOLERANCE = 1e-9;

    private BehaviourFile() {
    }

    /**
     * Reads and validates a behaviour file in any of the forms above (CSV when the text does not start with
     * {@code {} and the name does not end in .json).
     *
     * @param tolerance τ of {@link Normalisation}: how far a block's sum may be from 1, and an entry below 0
     * @throws InvalidBehaviourException with a one-line message beginning with the file name
     */
    public static Behaviour read(Path file, double tolerance) {
        String text = InputText.read(file);
        return read(text, TerminalText.safe(file.toString()), tolerance);
    }

    /**
     * Reads and validates a behaviour from the text of a file.
     *
     * @param source how messages name the input (they start with {@code source + ": "})
     */
    public static Behaviour read(String text, String source, double tolerance) {
        try {
            return Normalisation.apply(written(text, source, tolerance), tolerance);
        } catch (InvalidBehaviourException e) {
            throw new InvalidBehaviourException(source + ": " + e.getMessage());
        }
    }

    /** The behaviour as written in JSON or CSV text, before the normalisation rules. */
    private static WrittenBehaviour written(String text, String source, double tolerance) {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            throw new InvalidBehaviourException("is empty");
        }
        boolean json = t.startsWith("{") || t.startsWith("[") || source.toLowerCase(Locale.ROOT).endsWith(".json");
        return json ? written(JsonText.object(text, KEYS), tolerance) : CsvBehaviour.read(text);
    }

    /**
     * Parses a behaviour from JSON text as written: exact entries, no normalisation rules (see {@link #read}
     * for those). Counts become their relative frequencies.
     *
     * @throws InvalidBehaviourException one line, without a file name
     */
    public static Behaviour parse(String text) {
        WrittenBehaviour w = written(JsonText.object(text, KEYS), HINT_TOLERANCE);
        return w.counts() != null ? Behaviour.ofCounts(w.scenario(), w.counts(), w.name(), w.description())
                : Behaviour.ofExact(w.scenario(), w.values(), w.name(), w.description());
    }

    /** The behaviour of a JSON object, before the normalisation rules. */
    private static WrittenBehaviour written(ObjectNode root, double tolerance) {
        String name = JsonText.text(root, "name", 200);
        String description = JsonText.text(root, "description", JsonText.MAX_STRING_CHARS);
        List<String> given = new ArrayList<>();
        for (String k : DATA_KEYS) {
            if (root.has(k)) {
                given.add(k);
            }
        }
        if (given.isEmpty()) {
            String near = JsonText.nearMiss(root, DATA_KEYS);
            throw new InvalidBehaviourException("missing key \"p\" (the probabilities, nested as p[x1]..[xN][a1]..[aN]; or \"counts\", "
                    + "\"correlators\" or \"collins-gisin\")" + (near == null ? "" : "; you wrote \"" + near + "\""));
        }
        if (given.size() > 1) {
            throw new InvalidBehaviourException("gives both \"" + given.get(0) + "\" and \"" + given.get(1) + "\": a file holds the behaviour in one form");
        }
        String key = given.get(0);
        if (key.equals("correlators") || key.equals("collins-gisin")) {
            if (root.has("order")) {
                throw new InvalidBehaviourException("\"order\" applies to \"p\" and \"counts\", not to \"" + key + "\"");
            }
            Scenario s = binaryScenario(root, key);
            CorrelatorForm.Kind kind = key.equals("correlators") ? CorrelatorForm.Kind.CORRELATORS : CorrelatorForm.Kind.COLLINS_GISIN;
            BigFraction[] p = CorrelatorForm.read(root.get(key), kind, s);
            String source = kind == CorrelatorForm.Kind.CORRELATORS ? "; these correlators (outcome 0 = +1, 1 = -1) are not those of any behaviour"
                    : "; these Collins-Gisin probabilities are not those of any behaviour";
            WrittenBehaviour.Names names = new WrittenBehaviour.Names() {
                @Override
                public String entry(int index) {
                    return s.entryName(index);
                }

                @Override
                public String block(int block) {
                    return "the block " + IndexOrder.setting(s, block);
                }

                @Override
                public String source() {
                    return source;
                }
            };
            return new WrittenBehaviour(s, p, null, names, name, description);
        }
        Scenario s = scenario(root);
        IndexOrder order = order(root, s);
        JsonNode table = root.get(key);
        boolean counts = key.equals("counts");
        BigFraction[] p = counts ? null : new BigFraction[s.size()];
        long[] c = counts ? new long[s.size()] : null;
        try {
            NestedTable.read(table, key, s, order, (v, path, i) -> {
                if (counts) {
                    c[i] = count(v, path);
                } else {
                    p[i] = ExactNumber.of(v, path, "a probability");
                }
            });
        } catch (InvalidBehaviourException e) {
            String hint = orderHint(table, key, s, order, root.has("order"), tolerance, !counts);
            throw hint.isEmpty() || !e.getMessage().contains(" entries") ? e : new InvalidBehaviourException(e.getMessage() + "; " + hint);
        }
        WrittenBehaviour.Names names = new WrittenBehaviour.Names() {
            @Override
            public String entry(int index) {
                return order.path(key, s, index);
            }

            @Override
            public String block(int block) {
                return order.block(key, s, block);
            }

            @Override
            public String orderHint(double tol) {
                return BehaviourFile.orderHint(table, key, s, order, root.has("order"), tol, true);
            }
        };
        return new WrittenBehaviour(s, p, c, names, name, description);
    }

    private static long count(JsonNode v, String path) {
        BigInteger n = ExactNumber.whole(v, path, "runs");
        if (n.signum() < 0) {
            throw new InvalidBehaviourException(path + " = " + n + " is negative: a number of runs cannot be below 0");
        }
        if (n.bitLength() > 63) {
            throw new InvalidBehaviourException(path + " = " + JsonText.show(v) + " is too large (at most " + Long.MAX_VALUE + " runs)");
        }
        return n.longValue();
    }

    private static IndexOrder order(JsonNode root, Scenario s) {
        JsonNode o = root.get("order");
        if (o == null || o.isNull()) {
            return IndexOrder.canonical(s.parties());
        }
        if (!o.isTextual()) {
            throw new InvalidBehaviourException("\"order\" must be a string such as \"" + IndexOrder.outputsFirst(s.parties()).name() + "\", not "
                    + JsonText.kind(o));
        }
        return IndexOrder.parse(o.asText(), s.parties());
    }

    /** Largest behaviour for which other index orders are tried when the file does not read as a behaviour. */
    private static final int HINT_LIMIT = 100_000;

    /**
     * "" or a hint naming an index order under which the table has the written shape and (for probabilities)
     * every block sums to 1 within max(τ, 1e-9).
     */
    private static String orderHint(JsonNode table, String key, Scenario s, IndexOrder written, boolean explicit, double tolerance, boolean normalise) {
        if (s.parties() > 4 || s.size() > HINT_LIMIT || table == null) {
            return "";
        }
        int[] shape = NestedTable.shape(table, 2 * s.parties());
        List<IndexOrder> fits = new ArrayList<>();
        double[] values = null;
        for (IndexOrder o : written.alternatives()) {
            if (!Arrays.equals(o.dims(s), shape)) {
                continue;
            }
            fits.add(o);
            values = values != null || !normalise ? values : NestedTable.doubles(table, shape);
            if (values != null && sumsToOne(values, shape, s, o, Math.max(tolerance, 1e-9))) {
                return "the blocks sum to 1 if " + key + " is read as " + o.path(key) + ": " + (explicit ? "use" : "add") + " \"order\": \"" + o.name() + "\"";
            }
        }
        if (!normalise && fits.size() == 1 && !Arrays.equals(written.dims(s), shape)) {
            return key + " has the shape of " + fits.get(0).path(key) + ": " + (explicit ? "use" : "add") + " \"order\": \"" + fits.get(0).name() + "\"";
        }
        return "";
    }

    /** Whether the values, nested with {@code shape} and read in order {@code o}, sum to 1 in every block. */
    private static boolean sumsToOne(double[] values, int[] shape, Scenario s, IndexOrder o, double tolerance) {
        int n = s.parties();
        int[] stride = new int[shape.length]; // how much each level's index moves the block index (0 for outputs)
        for (int level = 0; level < shape.length; level++) {
            int letter = o.letter(level);
            if (letter < n) {
                int st = 1;
                for (int j = letter + 1; j < n; j++) {
                    st *= s.inputs(j);
                }
                stride[level] = st;
            }
        }
        double[] sums = new double[s.inputBlocks()];
        int[] digits = new int[shape.length];
        int block = 0;
        for (double v : values) {
            sums[block] += v;
            for (int level = shape.length - 1; level >= 0; level--) { // odometer over the written nesting
                block += stride[level];
                if (++digits[level] < shape[level]) {
                    break;
                }
                block -= stride[level] * digits[level];
                digits[level] = 0;
            }
        }
        for (double sum : sums) {
            if (!(Math.abs(sum - 1) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The scenario of the keys "inputs" and "outputs": whole numbers ≥ 1, one per party, refused before
     * anything is allocated if the behaviour would have more than {@link Behaviour#MAX_ENTRIES} entries.
     */
    static Scenario scenario(JsonNode root) {
        int[] inputs = cardinalities(root, "inputs");
        int[] outputs = cardinalities(root, "outputs");
        if (inputs.length != outputs.length) {
            throw new InvalidBehaviourException("\"inputs\" lists " + inputs.length + " parties but \"outputs\" lists " + outputs.length);
        }
        return scenario(inputs, outputs);
    }

    /** The scenario of a correlator or Collins–Gisin file: "inputs", and "outputs" all 2 if given. */
    private static Scenario binaryScenario(JsonNode root, String key) {
        int[] inputs = cardinalities(root, "inputs");
        int[] outputs = new int[inputs.length];
        Arrays.fill(outputs, 2);
        if (root.has("outputs")) {
            int[] given = cardinalities(root, "outputs");
            if (!Arrays.equals(given, outputs)) {
                throw new InvalidBehaviourException("\"" + key + "\" describes two outputs per party, but \"outputs\" = " + Arrays.toString(given)
                        .replace(" ", ""));
            }
        }
        return scenario(inputs, outputs);
    }

    private static Scenario scenario(int[] inputs, int[] outputs) {
        BigInteger size = BigInteger.ONE;
        for (int i = 0; i < inputs.length; i++) {
            size = size.multiply(BigInteger.valueOf(inputs[i])).multiply(BigInteger.valueOf(outputs[i]));
        }
        if (size.compareTo(BigInteger.valueOf(Behaviour.MAX_ENTRIES)) > 0) {
            throw new InvalidBehaviourException("scenario " + describe(inputs, outputs) + " has " + size + " entries, more than the "
                    + Behaviour.MAX_ENTRIES + " a behaviour may have");
        }
        return Scenario.of(inputs, outputs);
    }

    /** A scenario as "inputs [2,2], outputs [2,2]" (before it exists). */
    static String describe(int[] inputs, int[] outputs) {
        return "inputs " + Arrays.toString(inputs).replace(" ", "") + ", outputs " + Arrays.toString(outputs).replace(" ", "");
    }

    /** Most parties a file may list: a behaviour of N parties is nested 2N + 1 deep. */
    private static final int MAX_PARTIES = (JsonText.MAX_DEPTH - 1) / 2;

    private static int[] cardinalities(JsonNode root, String key) {
        JsonNode n = root.get(key);
        String what = "the number of " + key + " of each party, e.g. [2,2]";
        if (n == null) {
            throw new InvalidBehaviourException(JsonText.missing(root, key, what));
        }
        if (!n.isArray() || n.isEmpty()) {
            throw new InvalidBehaviourException("\"" + key + "\" must be a non-empty list with " + what + ", not " + (n.isArray() ? "an empty list" : JsonText.kind(n)));
        }
        if (n.size() > MAX_PARTIES) {
            throw new InvalidBehaviourException("\"" + key + "\" lists " + n.size() + " parties, more than the " + MAX_PARTIES + " a file may have");
        }
        int[] c = new int[n.size()];
        for (int i = 0; i < c.length; i++) {
            String label = "\"" + key + "\"[" + i + "]";
            BigInteger v = ExactNumber.whole(n.get(i), label, key);
            if (v.signum() < 1) {
                throw new InvalidBehaviourException(label + " = " + v + " must be at least 1 (every party has at least one "
                        + key.substring(0, key.length() - 1) + ")");
            }
            if (v.compareTo(BigInteger.valueOf(Behaviour.MAX_ENTRIES)) > 0) {
                throw new InvalidBehaviourException(label + " = " + v + " is too large: a behaviour may have at most " + Behaviour.MAX_ENTRIES + " entries");
            }
            c[i] = v.intValueExact();
        }
        return c;
    }

    /*
     * The helpers other readers of this package build on (StructureFile on main reads its JSON through them):
     * the same hardened reading as behaviour files — size cap, strict UTF-8, one object, parser limits — and
     * numbers read exactly, NaN and infinities refused.
     */

    /** The text of an input file, or a one-line error starting with its name ({@link InputText}). */
    static String readText(Path file) {
        return InputText.read(file);
    }

    /** Exactly one JSON object, with no NaN or infinity anywhere in it, or a one-line error. */
    static JsonNode object(String text, String keys) {
        ObjectNode root = JsonText.object(text, keys);
        rejectNonFinite(root, "");
        return root;
    }

    private static void rejectNonFinite(JsonNode n, String path) {
        if (n.isNumber() && !n.isIntegralNumber() && !n.isBigDecimal()) { // NaN or ±Infinity, the only doubles the reader makes
            throw new InvalidBehaviourException((path.isEmpty() ? "the file" : path) + " = " + n.asText() + " is not a number (only finite numbers are allowed)");
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                rejectNonFinite(n.get(i), path + "[" + i + "]");
            }
        } else if (n.isObject()) {
            n.fields().forEachRemaining(e -> rejectNonFinite(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey()));
        }
    }

    /** The text under {@code key}, neutralised for a terminal; "" if absent. */
    static String text(JsonNode root, String key) {
        return JsonText.text(root, key, JsonText.MAX_STRING_CHARS);
    }

    /**
     * The numbers of a nested list {@code node[i1]…[iK]} with {@code radix[d]} entries at depth d, flat in
     * row-major order, each exactly as written; a wrong shape is one line naming the path and {@code what[d]},
     * the count it should have.
     */
    static BigFraction[] nestedExact(JsonNode node, String path, int[] radix, String[] what) {
        int size = 1;
        for (int r : radix) {
            size *= r;
        }
        BigFraction[] flat = new BigFraction[size];
        int[] position = {0};
        NestedTable.walk(node, path, radix, what, (v, p, digits) -> flat[position[0]++] = ExactNumber.of(v, p, "a number"));
        return flat;
    }

    /** The behaviour as a JSON object in the canonical file format (pretty-printed); see {@link #toJsonNode}. */
    public static String toJson(Behaviour b) {
        return toJsonNode(b).toPrettyString();
    }

    /**
     * The behaviour as a JSON tree in the canonical file format: "name", "description", "inputs", "outputs",
     * and "counts" (if it was read from counts) or "p" nested p[x1]..[xN][a1]..[aN], each entry an exact
     * literal ({@link #literals}) so that every block sums to exactly 1.
     */
    public static ObjectNode toJsonNode(Behaviour b) {
        Scenario s = b.scenario();
        ObjectNode root = JsonText.MAPPER.createObjectNode();
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
        if (b.counts().isPresent()) {
            long[] c = b.counts().get();
            root.set("counts", NestedTable.write(s, i -> LongNode.valueOf(c[i])));
        } else {
            BigFraction[] p = literals(b);
            root.set("p", NestedTable.write(s, i -> ExactNumber.literal(p[i])));
        }
        return root;
    }

    /** The behaviour as a CSV table ({@link CsvBehaviour}): {@code count} if read from counts, else {@code p} as exact literals. */
    public static String toCsv(Behaviour b) {
        return CsvBehaviour.write(b, b.counts().isPresent() ? null : literals(b));
    }

    /**
     * The exact values a writer puts in a file: the exact entries if the behaviour has written values;
     * otherwise, for a behaviour computed in floating point, the shortest decimal of each double that reads
     * back as the same double, with the largest entry of each block replaced by 1 minus the exact sum of the
     * others (so the block sums to exactly 1) and entries within {@link Behaviour#NEGATIVE_SLACK} below 0
     * (rounding errors of the computation) written as 0.
     */
    private static final BigDecimal WRITE_SLACK = new BigDecimal("1e-9");

    static BigFraction[] literals(Behaviour b) {
        if (b.hasWrittenValues()) {
            return b.exactEntries();
        }
        Scenario s = b.scenario();
        int k = s.outcomesPerBlock();
        BigFraction[] p = new BigFraction[s.size()];
        for (int block = 0; block < s.inputBlocks(); block++) {
            int largest = block * k;
            BigDecimal rest = BigDecimal.ZERO;
            BigDecimal[] d = new BigDecimal[k];
            for (int o = 0; o < k; o++) {
                double v = b.get(block * k + o);
                if (!Double.isFinite(v) || v < -Behaviour.NEGATIVE_SLACK) {
                    throw new IllegalStateException("cannot write " + s.entryName(block * k + o) + " = " + v + " as a probability");
                }
                d[o] = v <= 0 ? BigDecimal.ZERO : new BigDecimal(Double.toString(v));
                largest = v > b.get(largest) ? block * k + o : largest;
            }
            for (int o = 0; o < k; o++) {
                if (block * k + o != largest) {
                    rest = rest.add(d[o]);
                }
            }
            BigDecimal last = BigDecimal.ONE.subtract(rest);
            if (last.subtract(d[largest - block * k]).abs().compareTo(WRITE_SLACK) > 0) {
                throw new IllegalStateException("cannot write " + s.entryName(block * k) + "…: the block of a computed behaviour sums to "
                        + rest.add(d[largest - block * k]) + ", not 1");
            }
            d[largest - block * k] = last;
            for (int o = 0; o < k; o++) {
                p[block * k + o] = ExactNumber.exact(d[o]);
            }
        }
        return p;
    }

    /** Values over the entries of a scenario as nested JSON arrays p[x1]..[xN][a1]..[aN]. */
    public static ArrayNode nested(Scenario s, double[] values) {
        return NestedTable.write(s, i -> JsonText.MAPPER.getNodeFactory().numberNode(values[i]));
    }

    /** Exact values (e.g. fractions as text "1/2") over the entries of a scenario, nested like p. */
    public static ArrayNode nested(Scenario s, String[] values) {
        return NestedTable.write(s, i -> TextNode.valueOf(values[i]));
    }
}
