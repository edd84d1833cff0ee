package relax.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.fraction.BigFraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.InvalidStructureException;
import relax.core.Scenario;
import relax.core.structure.CausalStructure;
import relax.core.structure.Edge;
import relax.core.structure.Node;
import relax.core.structure.NodeKind;
import relax.core.structure.ValueProbability;

/**
 * Structure files (docs/causal-structures.md): a JSON object
 * <pre>
 * {"name": "instrumental",
 *  "nodes": [{"name": "x", "kind": "setting", "values": 3},
 *            {"name": "a", "kind": "outcome", "values": 2, "parents": ["x"]},
 *            {"name": "b", "kind": "outcome", "values": 2, "parents": ["x", "a"]}],
 *  "relax": ["x->b"],
 *  "p": [...]}
 * </pre>
 * Nodes have a {@code kind} ({@code setting}, {@code outcome} or {@code hidden}), a number of {@code values} and
 * {@code parents} (λ is implicit); a setting may give its {@code distribution}. {@code relax} lists the edges whose
 * influence is minimised; {@code "minimise": "p(m=0)"} names a hidden node's probability instead. The optional
 * behaviour {@code p} is nested over the settings then the outcomes, each in the order the file declares them:
 * {@code p[x][a][b]} above. Optional {@code name} and {@code description}. Unknown keys are rejected (a typo would
 * otherwise be silently ignored).
 *
 * <p>A behaviour can also come from an ordinary behaviour file ({@link #behaviourFor}); its "inputs" must be the
 * settings' values and its "outputs" the outcomes' values, in declaration order, either list padded with 1s (a
 * behaviour file lists as many inputs as outputs). A setting or outcome may say {@code "values": "from-behaviour"}:
 * then the i-th setting takes the behaviour's i-th number of inputs and the i-th outcome its i-th number of outputs
 * ({@link Contents#resolve}), so one file (the shipped lhv, x2b, a2b, comm) serves every scenario; without a
 * behaviour such a node is shown with {@value #PLACEHOLDER_VALUES} values. A setting's {@code distribution} may give
 * each probability as a number or as a fraction in quotes such as {@code "1/3"}.
 *
 * <p>Every problem is one line beginning with the file name ({@link InvalidStructureException}).
 */
public final class StructureFile {
    private static final Set<String> KEYS = Set.of("name", "description", "nodes", "relax", "minimise", "p");
    private static final Set<String> NODE_KEYS = Set.of("name", "kind", "values", "parents", "distribution");
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");
    private static final Pattern PROBABILITY = Pattern.compile("\\s*p\\(\\s*([^=\\s]+)\\s*=\\s*(\\d+)\\s*\\)\\s*");

    /** The structure files shipped in scenarios/structures/ (and in the jar), by name. */
    public static final List<String> SHIPPED = List.of("lhv", "x2b", "a2b", "comm", "lhv3", "instrumental", "bell-x-and-a-to-b", "chain");

    /** The number of values shown for a node whose values come from the behaviour, when there is none. */
    public static final int PLACEHOLDER_VALUES = 2;
    /** The text of {@code "values"} that takes a node's number of values from the behaviour. */
    public static final String FROM_BEHAVIOUR = "from-behaviour";

    /**
     * A structure and the behaviour its file gives, if any.
     *
     * @param structure     the structure; nodes in {@code fromBehaviour} have {@value #PLACEHOLDER_VALUES} values here
     * @param fromBehaviour the settings and outcomes whose values come from the behaviour
     */
    public record Contents(CausalStructure structure, Optional<Behaviour> behaviour, Set<String> fromBehaviour) {
        public Contents {
            fromBehaviour = Set.copyOf(fromBehaviour);
        }

        /**
         * The structure for behaviours of scenario {@code sc}: the i-th setting (outcome) whose values come from the
         * behaviour takes sc's i-th number of inputs (outputs); the structure itself if no node does.
         *
         * @throws InvalidStructureException naming {@code file} if the behaviour has too few parties
         */
        public CausalStructure resolve(Scenario sc, String file) {
            if (fromBehaviour.isEmpty()) {
                return structure;
            }
            java.util.Map<String, Integer> values = new java.util.HashMap<>();
            List<Node> settings = structure.settings();
            List<Node> outcomes = structure.outcomes();
            for (int i = 0; i < Math.max(settings.size(), outcomes.size()); i++) {
                for (Node n : i < settings.size() && i < outcomes.size() ? List.of(settings.get(i), outcomes.get(i))
                        : List.of(i < settings.size() ? settings.get(i) : outcomes.get(i))) {
                    if (!fromBehaviour.contains(n.name())) {
                        continue;
                    }
                    if (i >= sc.parties()) {
                        throw new InvalidStructureException(file + ": the behaviour lists " + sc.parties() + " numbers of " + (n.kind() == NodeKind.SETTING ? "inputs"
                                : "outputs") + ", but " + n.kind().key() + " '" + n.name() + "' takes the " + ordinal(i + 1) + " from it");
                    }
                    values.put(n.name(), n.kind() == NodeKind.SETTING ? sc.inputs(i) : sc.outputs(i));
                }
            }
            try {
                return structure.withValues(values);
            } catch (InvalidStructureException e) {
                throw new InvalidStructureException(file + ": " + e.getMessage());
            }
        }

        private static String ordinal(int i) {
            return i + (i % 10 == 1 && i != 11 ? "st" : i % 10 == 2 && i != 12 ? "nd" : i % 10 == 3 && i != 13 ? "rd" : "th");
        }
    }

    private StructureFile() {
    }

    /**
     * Reads and validates a structure file, and its behaviour "p" if present (normalised within {@code tolerance}).
     *
     * @throws InvalidStructureException with a message beginning with the file name
     */
    public static Contents read(Path file, double tolerance) {
        String text;
        try {
            text = BehaviourFile.readText(file);
        } catch (InvalidBehaviourException e) {
            throw new InvalidStructureException(e.getMessage());
        }
        try {
            return parse(text, tolerance);
        } catch (InvalidStructureException | InvalidBehaviourException e) {
            throw new InvalidStructureException(file + ": " + e.getMessage());
        }
    }

    /**
     * A file if {@code nameOrPath} is one, else the shipped structure of that name.
     *
     * @throws InvalidStructureException if it is neither, listing the shipped names
     */
    public static Contents load(String nameOrPath, double tolerance) {
        Path path = Path.of(nameOrPath);
        if (java.nio.file.Files.exists(path) || !SHIPPED.contains(nameOrPath)) {
            if (!java.nio.file.Files.exists(path)) {
                throw new InvalidStructureException(nameOrPath + ": no such file, and not a shipped structure (" + String.join(", ", SHIPPED) + ")");
            }
            return read(path, tolerance);
        }
        try (java.io.InputStream in = StructureFile.class.getResourceAsStream("/relax/structures/" + nameOrPath + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the shipped structure " + nameOrPath + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), tolerance);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Parses a structure (and its behaviour) from JSON text. */
    public static Contents parse(String text, double tolerance) {
        JsonNode root;
        try {
            root = BehaviourFile.object(text, "\"nodes\" and optionally \"relax\", \"minimise\", \"p\"");
        } catch (InvalidBehaviourException e) {
            throw new InvalidStructureException(e.getMessage());
        }
        onlyKeys(root, KEYS, "the structure");
        JsonNode nodesNode = root.get("nodes");
        if (nodesNode == null || !nodesNode.isArray() || nodesNode.isEmpty()) {
            throw new InvalidStructureException("\"nodes\" must be a non-empty list of nodes, e.g. [{\"name\": \"x\", \"kind\": \"setting\", \"values\": 2}, ...]");
        }
        List<Node> nodes = new ArrayList<>();
        Set<String> fromBehaviour = new java.util.HashSet<>();
        for (int i = 0; i < nodesNode.size(); i++) {
            nodes.add(node(nodesNode.get(i), "nodes[" + i + "]", fromBehaviour));
        }
        List<Edge> relaxed = new ArrayList<>();
        JsonNode relax = root.get("relax");
        if (relax != null) {
            if (!relax.isArray()) {
                throw new InvalidStructureException("\"relax\" must be a list of edges such as [\"x->b\"]");
            }
            for (int i = 0; i < relax.size(); i++) {
                if (!relax.get(i).isTextual()) {
                    throw new InvalidStructureException("relax[" + i + "] = " + relax.get(i) + " must be an edge in quotes, e.g. \"x->b\"");
                }
                relaxed.add(Edge.parse(relax.get(i).asText()));
            }
        }
        ValueProbability minimised = null;
        JsonNode m = root.get("minimise");
        if (m != null) {
            Matcher mm = m.isTextual() ? PROBABILITY.matcher(m.asText()) : null;
            if (mm == null || !mm.matches()) {
                throw new InvalidStructureException("\"minimise\" = " + m + " must be a hidden node's probability such as \"p(m=0)\"");
            }
            minimised = new ValueProbability(mm.group(1), Integer.parseInt(mm.group(2)));
        }
        CausalStructure s = new CausalStructure(BehaviourFile.text(root, "name"), BehaviourFile.text(root, "description"), nodes, relaxed, minimised);
        Optional<Behaviour> p = Optional.empty();
        if (root.has("p")) {
            if (!fromBehaviour.isEmpty()) {
                throw new InvalidStructureException("\"p\" cannot be given when nodes take their values from the behaviour ("
                        + String.join(", ", fromBehaviour.stream().sorted().toList()) + "); give the values, or the behaviour as a file");
            }
            p = Optional.of(behaviour(s, root.get("p"), tolerance));
        }
        return new Contents(s, p, fromBehaviour);
    }

    private static Node node(JsonNode n, String where, Set<String> fromBehaviour) {
        if (!n.isObject()) {
            throw new InvalidStructureException(where + " must be an object with \"name\", \"kind\", \"values\" and optionally \"parents\"");
        }
        JsonNode nameNode = n.get("name");
        if (nameNode == null || !nameNode.isTextual() || nameNode.asText().isBlank()) {
            throw new InvalidStructureException(where + " needs a \"name\" (text)");
        }
        String name = nameNode.asText();
        String what = where + " '" + name + "'";
        onlyKeys(n, NODE_KEYS, what);
        JsonNode kindNode = n.get("kind");
        Optional<NodeKind> kind = kindNode == null || !kindNode.isTextual() ? Optional.empty() : NodeKind.fromKey(kindNode.asText());
        if (kind.isEmpty()) {
            throw new InvalidStructureException(what + ": \"kind\" = " + kindNode + " must be \"setting\", \"outcome\" or \"hidden\"");
        }
        JsonNode valuesNode = n.get("values");
        int values;
        if (valuesNode != null && valuesNode.isTextual() && valuesNode.asText().equals(FROM_BEHAVIOUR)) {
            if (kind.get() == NodeKind.HIDDEN) {
                throw new InvalidStructureException(what + ": a hidden node's values cannot come from the behaviour, which does not show it; give a number");
            }
            fromBehaviour.add(name);
            values = PLACEHOLDER_VALUES;
        } else if (valuesNode == null || !valuesNode.isIntegralNumber() || !valuesNode.canConvertToInt()) {
            throw new InvalidStructureException(what + ": \"values\" = " + valuesNode + " must be the number of values, a whole number >= 1, or \""
                    + FROM_BEHAVIOUR + "\"");
        } else {
            values = valuesNode.asInt();
        }
        List<String> parents = new ArrayList<>();
        JsonNode ps = n.get("parents");
        if (ps != null) {
            if (!ps.isArray()) {
                throw new InvalidStructureException(what + ": \"parents\" must be a list of node names, e.g. [\"x\"]");
            }
            for (JsonNode p : ps) {
                if (!p.isTextual()) {
                    throw new InvalidStructureException(what + ": parent " + p + " must be a node name in quotes");
                }
                parents.add(p.asText());
            }
        }
        double[] distribution = null;
        JsonNode d = n.get("distribution");
        if (d != null) {
            if (!d.isArray()) {
                throw new InvalidStructureException(what + ": \"distribution\" must be a list of probabilities, one per value");
            }
            distribution = new double[d.size()];
            for (int i = 0; i < d.size(); i++) {
                Matcher f = d.get(i).isTextual() ? FRACTION.matcher(d.get(i).asText()) : null;
                if (f != null && f.matches()) {
                    distribution[i] = Double.parseDouble(f.group(1)) / Double.parseDouble(f.group(2));
                } else if (d.get(i).isNumber()) {
                    distribution[i] = d.get(i).asDouble();
                } else {
                    throw new InvalidStructureException(what + ": distribution[" + i + "] = " + d.get(i) + " is not a number or a fraction such as \"1/3\"");
                }
            }
        }
        if (distribution != null && fromBehaviour.contains(name)) {
            throw new InvalidStructureException(what + ": a setting whose values come from the behaviour cannot give a distribution; give its number of values");
        }
        return new Node(name, kind.get(), values, parents, distribution);
    }

    private static void onlyKeys(JsonNode n, Set<String> allowed, String what) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new InvalidStructureException(what + " has unknown key \"" + k + "\" (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /**
     * The behaviour "p" of a structure file, nested over the settings then the outcomes, exactly as written and under
     * the rules of every behaviour file ({@link Normalisation}: blocks within the tolerance of 1 are divided by their
     * exact sums, and the behaviour says so).
     */
    private static Behaviour behaviour(CausalStructure s, JsonNode p, double tolerance) {
        List<Node> dims = new ArrayList<>(s.settings());
        dims.addAll(s.outcomes());
        int[] radix = new int[dims.size()];
        String[] what = new String[dims.size()];
        for (int i = 0; i < radix.length; i++) {
            radix[i] = dims.get(i).values();
            what[i] = "the values of " + dims.get(i).name();
        }
        String nesting = " (p is nested over " + String.join(", ", dims.stream().map(Node::name).toList()) + ")";
        try {
            BigFraction[] values = BehaviourFile.nestedExact(p, "p", radix, what);
            int settings = s.settings().size();
            WrittenBehaviour.Names names = new WrittenBehaviour.Names() {
                @Override
                public String entry(int index) {
                    StringBuilder path = new StringBuilder("p");
                    int rest = index;
                    String[] digits = new String[radix.length];
                    for (int d = radix.length - 1; d >= 0; d--) {
                        digits[d] = "[" + rest % radix[d] + "]";
                        rest /= radix[d];
                    }
                    return path.append(String.join("", digits)).toString();
                }

                @Override
                public String block(int block) {
                    String e = entry(block * s.scenario().outcomesPerBlock());
                    int cut = 1;
                    for (int d = 0; d < settings; d++) {
                        cut = e.indexOf(']', cut) + 1;
                    }
                    return e.substring(0, cut);
                }

                @Override
                public String source() {
                    return nesting;
                }
            };
            return Normalisation.apply(new WrittenBehaviour(s.scenario(), values, null, names, s.name(), s.description()), tolerance);
        } catch (InvalidBehaviourException e) {
            throw new InvalidStructureException(e.getMessage().endsWith(nesting) ? e.getMessage() : e.getMessage() + nesting);
        }
    }

    /**
     * The behaviour of an ordinary behaviour file as a behaviour of structure {@code s}: its inputs must be the
     * settings' values and its outputs the outcomes' values, in declaration order, either list padded with 1s.
     *
     * @throws InvalidStructureException naming the file and both shapes when they differ
     */
    public static Behaviour behaviourFor(CausalStructure s, Behaviour b, String file) {
        if (!trimmed(b.scenario().inputCounts()).equals(trimmed(s.scenario().inputCounts()))
                || !trimmed(b.scenario().outputCounts()).equals(trimmed(s.scenario().outputCounts()))) {
            throw new InvalidStructureException(file + ": the behaviour has inputs " + trimmed(b.scenario().inputCounts()) + " and outputs "
                    + trimmed(b.scenario().outputCounts()) + " but the structure's settings " + names(s.settings()) + " have values "
                    + trimmed(s.scenario().inputCounts()) + " and its outcomes " + names(s.outcomes()) + " " + trimmed(s.scenario().outputCounts()));
        }
        Scenario sc = s.scenario();
        return b.hasWrittenValues() ? Behaviour.ofExact(sc, b.exactEntries(), b.name(), b.description()).withNote(b.normalisationNote())
                : new Behaviour(sc, b.toArray(), b.name(), b.description());
    }

    private static List<String> names(List<Node> nodes) {
        return nodes.stream().map(Node::name).toList();
    }

    private static List<Integer> trimmed(int[] counts) {
        int n = counts.length;
        while (n > 0 && counts[n - 1] == 1) {
            n--;
        }
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(counts[i]);
        }
        return l;
    }
}
