package relax.core.structure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import relax.core.InvalidStructureException;
import relax.core.Scenario;
import relax.core.graph.Dag;

/**
 * A causal structure in the sense of Chaves, Kueng, Brask &amp; Gross 2015 (Fig. 1 and eq. 1), given as data: a
 * DAG over <em>settings</em> (observed roots with a known distribution, uniform by default), <em>outcomes</em>
 * (observed) and <em>hidden</em> intermediates (unobserved, like the message m of Fig. 1d), plus one latent λ
 * that is a parent of every non-setting node and independent of the settings. Every non-setting node V is a
 * deterministic function f_V(pa(V), λ), so a deterministic strategy is one response table per non-setting node
 * (eq. 28) and a model is a distribution q over strategies that reproduces p(outcomes | settings) when T q = p.
 *
 * <p>Some edges U → V are <em>relaxed</em>: their direct causal influence (eqs. 4, 29–30, generalised)
 * <pre>  C_U→V = sup_{s, v, u, u'} Σ_λ q(λ) |[f_V(u, rest(s, λ), λ) = v] − [f_V(u', rest(s, λ), λ) = v]|</pre>
 * is the measure to minimise, where s runs over every assignment of the settings and rest are V's other
 * parents evaluated under the strategy and s (an intervention do(U = u) on V's input only). Alternatively
 * the measure is the probability of a value of a hidden node, p(m=0) of eq. (39) ({@link ValueProbability}).
 * Without a measure the question is whether p is compatible with the structure at all.
 *
 * <p>The behaviour p is indexed by the settings then the outcomes in declaration order; as a {@link Scenario}
 * ({@link #scenario()}) party i has the i-th setting as input and the i-th outcome as output, padded with
 * one-valued inputs or outputs when there are fewer settings than outcomes or the other way round, which
 * leaves the flat index unchanged.
 *
 * <p>Construction validates everything and reports the first problem in one line
 * ({@link InvalidStructureException}). Every outcome has a path from λ by definition (λ is its parent), so
 * that rule cannot fail; the rule that can is its mirror image: a hidden node with no path to an outcome
 * cannot change p and is rejected. Immutable.
 */
public final class CausalStructure {
    /** The name of the shared latent variable in {@link #graph()}; reserved. */
    public static final String LATENT = "λ";

    private final String name;
    private final String description;
    private final List<Node> nodes;
    private final Map<String, Node> byName;
    private final List<Edge> relaxed;
    private final ValueProbability minimised;
    private final Dag dag;
    private final Dag graph;
    private final Scenario scenario;
    private final Map<String, List<String>> tableInputs;

    /**
     * Validates and builds a structure.
     *
     * @param relaxed   the edges whose influence C_U→V is minimised (the maximum over them); may be empty
     * @param minimised p(m = v) of a hidden node to minimise instead, or null
     * @throws InvalidStructureException naming the first rule broken
     */
    public CausalStructure(String name, String description, List<Node> nodes, List<Edge> relaxed, ValueProbability minimised) {
        this.name = name == null ? "" : name;
        this.description = description == null ? "" : description;
        this.nodes = List.copyOf(nodes);
        this.relaxed = List.copyOf(relaxed);
        this.minimised = minimised;
        this.byName = new LinkedHashMap<>();
        validateNodes();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (Node n : this.nodes) {
            parents.put(n.name(), n.parents());
        }
        try {
            this.dag = Dag.of(parents);
        } catch (IllegalArgumentException e) {
            throw new InvalidStructureException(e.getMessage());
        }
        validateObservability();
        validateMeasure();
        Map<String, List<String>> withLatent = new LinkedHashMap<>();
        withLatent.put(LATENT, List.of());
        for (Node n : this.nodes) {
            List<String> ps = new ArrayList<>(n.parents());
            if (n.kind() != NodeKind.SETTING) {
                ps.add(LATENT);
            }
            withLatent.put(n.name(), ps);
        }
        this.graph = Dag.of(withLatent);
        this.scenario = paddedScenario();
        this.tableInputs = new HashMap<>();
        for (Node n : this.nodes) {
            if (n.kind() != NodeKind.SETTING) {
                tableInputs.put(n.name(), reducedInputs(n));
            }
        }
    }

    private void validateNodes() {
        if (nodes.isEmpty()) {
            throw new InvalidStructureException("the structure declares no nodes");
        }
        for (Node n : nodes) {
            String what = "node '" + n.name() + "'";
            if (n.name() == null || n.name().isBlank()) {
                throw new InvalidStructureException("a node has an empty name");
            }
            if (n.name().equals(LATENT) || n.name().equalsIgnoreCase("lambda")) {
                throw new InvalidStructureException(what + ": the name is reserved for the shared latent variable, a parent of every non-setting node");
            }
            if (byName.put(n.name(), n) != null) {
                throw new InvalidStructureException("node '" + n.name() + "' is declared twice");
            }
            if (n.values() < 1) {
                throw new InvalidStructureException(what + " has " + n.values() + " values; every node needs at least 1 (e.g. 2 for a bit)");
            }
            if (n.kind() == NodeKind.SETTING && !n.parents().isEmpty()) {
                throw new InvalidStructureException(what + " is a setting but has parents " + String.join(", ", n.parents())
                        + "; settings are roots chosen freely (make it a hidden node or an outcome to give it parents)");
            }
            if (n.kind() != NodeKind.SETTING && n.distribution() != null) {
                throw new InvalidStructureException(what + " is not a setting; only settings have a distribution");
            }
            if (n.distribution() != null) {
                validateDistribution(n);
            }
        }
        for (Node n : nodes) {
            for (String p : n.parents()) {
                if (p.equals(LATENT) || p.equalsIgnoreCase("lambda")) {
                    throw new InvalidStructureException("node '" + n.name() + "' lists '" + p
                            + "' as a parent; the latent λ is a parent of every non-setting node already, do not list it");
                }
                if (!byName.containsKey(p)) {
                    throw new InvalidStructureException("node '" + n.name() + "' has parent '" + p + "', which is not a declared node (declare it or remove it)");
                }
            }
        }
    }

    private static void validateDistribution(Node n) {
        double[] d = n.distribution();
        if (d.length != n.values()) {
            throw new InvalidStructureException("setting '" + n.name() + "' has " + n.values() + " values but its distribution lists " + d.length
                    + " probabilities");
        }
        double sum = 0;
        for (int v = 0; v < d.length; v++) {
            if (!(d[v] >= 0) || !Double.isFinite(d[v])) {
                throw new InvalidStructureException("setting '" + n.name() + "': probability " + d[v] + " of value " + v + " must be a number >= 0");
            }
            sum += d[v];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new InvalidStructureException("setting '" + n.name() + "': its distribution sums to " + sum + ", not 1");
        }
        ExactDistribution.of(n);
    }

    private void validateObservability() {
        if (outcomes().isEmpty()) {
            throw new InvalidStructureException("the structure declares no outcome; nothing would be observed");
        }
        Set<String> reachOutcome = dag.ancestors(outcomes().stream().map(Node::name).toList());
        for (Node n : nodes) {
            if (n.kind() == NodeKind.HIDDEN && !reachOutcome.contains(n.name())) {
                throw new InvalidStructureException("hidden node '" + n.name()
                        + "' has no path to any outcome, so it cannot change p; remove it (or make an outcome its child)");
            }
        }
    }

    private void validateMeasure() {
        Set<Edge> seen = new HashSet<>();
        for (Edge e : relaxed) {
            if (!byName.containsKey(e.from()) || !byName.containsKey(e.to())) {
                String missing = byName.containsKey(e.from()) ? e.to() : e.from();
                throw new InvalidStructureException("relaxed edge " + e + ": '" + missing + "' is not a declared node");
            }
            if (!dag.hasEdge(e.from(), e.to())) {
                List<String> ps = byName.get(e.to()).parents();
                throw new InvalidStructureException("relaxed edge " + e + " is not an edge of the graph: the parents of " + e.to() + " are "
                        + (ps.isEmpty() ? "none" : String.join(", ", ps)) + " (add " + e.from() + " to them to relax that edge)");
            }
            if (!seen.add(e)) {
                throw new InvalidStructureException("relaxed edge " + e + " is listed twice");
            }
        }
        if (minimised != null) {
            if (!relaxed.isEmpty()) {
                throw new InvalidStructureException("give either relaxed edges or a probability to minimise, not both");
            }
            Node m = byName.get(minimised.node());
            if (m == null) {
                throw new InvalidStructureException("the measure " + minimised + " names '" + minimised.node() + "', which is not a declared node");
            }
            if (m.kind() != NodeKind.HIDDEN) {
                throw new InvalidStructureException("the measure " + minimised + " needs a hidden node; '" + m.name() + "' is "
                        + (m.kind() == NodeKind.OUTCOME ? "an outcome, whose distribution p fixes" : "a setting, whose distribution is given"));
            }
            if (minimised.value() < 0 || minimised.value() >= m.values()) {
                throw new InvalidStructureException("the measure " + minimised + ": '" + m.name() + "' takes values 0.." + (m.values() - 1));
            }
        }
    }

    private Scenario paddedScenario() {
        List<Node> s = settings();
        List<Node> o = outcomes();
        int parties = Math.max(Math.max(s.size(), o.size()), 1);
        int[] in = new int[parties];
        int[] out = new int[parties];
        for (int i = 0; i < parties; i++) {
            in[i] = i < s.size() ? s.get(i).values() : 1;
            out[i] = i < o.size() ? o.get(i).values() : 1;
        }
        try {
            return Scenario.of(in, out);
        } catch (IllegalArgumentException e) {
            throw new InvalidStructureException("the behaviour of this structure is too large: " + e.getMessage());
        }
    }

    /**
     * The parents that index V's response table. A non-setting parent W is left out when the edge W → V is not
     * relaxed and every setting that is an ancestor of W is itself a parent of V along an edge that is not
     * relaxed: then W = g_W(those settings) under every strategy, f_V is only ever evaluated at that value,
     * and the entries of f_V at other values of W change neither T nor any measure row. Strategies that differ
     * only there are one column of T, so they are counted once. (For the one-bit message m = h(x, a) of Fig. 1d
     * this is the reduction "m depends on a only through a = α_x" of the hand-written space.) Every other
     * parent is kept: a relaxed edge's parent takes every value under do(U = u).
     */
    private List<String> reducedInputs(Node v) {
        Set<String> directSettings = new HashSet<>();
        for (String p : v.parents()) {
            if (byName.get(p).kind() == NodeKind.SETTING && !isRelaxed(p, v.name())) {
                directSettings.add(p);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String p : v.parents()) {
            Node w = byName.get(p);
            boolean determined = w.kind() != NodeKind.SETTING && !isRelaxed(p, v.name()) && directSettings.containsAll(settingAncestors(p));
            if (!determined) {
                kept.add(p);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    private Set<String> settingAncestors(String node) {
        Set<String> s = new HashSet<>();
        for (String a : dag.ancestors(List.of(node))) {
            if (byName.get(a).kind() == NodeKind.SETTING) {
                s.add(a);
            }
        }
        return s;
    }

    /**
     * This structure with one edge relaxed instead of its own measure: its influence C_U→V is then the measure
     * ({@code relax influence --edge}). The graph is unchanged.
     *
     * @throws InvalidStructureException if the edge is not an edge of the graph
     */
    public CausalStructure relaxing(Edge edge) {
        return new CausalStructure(name, description, nodes, List.of(edge), null);
    }

    /**
     * This structure with the number of values of some nodes replaced (e.g. taken from a behaviour); the other
     * nodes, the graph and the measure are unchanged.
     *
     * @param values new numbers of values by node name; every name must be a node
     * @throws InvalidStructureException if the result is invalid
     */
    public CausalStructure withValues(Map<String, Integer> values) {
        List<Node> changed = new ArrayList<>();
        for (Node n : nodes) {
            Integer v = values.get(n.name());
            changed.add(v == null ? n : new Node(n.name(), n.kind(), v, n.parents(), n.distribution()));
        }
        for (String k : values.keySet()) {
            node(k);
        }
        return new CausalStructure(name, description, changed, relaxed, minimised);
    }

    /**
     * The name of entry {@code index} of p: as {@link Scenario#entryName} (e.g. {@code p(01|10)}) when there are as
     * many settings as outcomes, else with the nodes' names, e.g. {@code p(a=0,b=1|x=2)}.
     */
    public String entryName(int index) {
        List<Node> s = settings();
        List<Node> o = outcomes();
        if (s.size() == o.size()) {
            return scenario.entryName(index);
        }
        int outcomesPerBlock = scenario.outcomesPerBlock();
        int block = index / outcomesPerBlock;
        int outcome = index % outcomesPerBlock;
        String[] out = new String[o.size()];
        for (int i = o.size() - 1; i >= 0; i--) {
            out[i] = o.get(i).name() + "=" + outcome % o.get(i).values();
            outcome /= o.get(i).values();
        }
        String[] in = new String[s.size()];
        for (int i = s.size() - 1; i >= 0; i--) {
            in[i] = s.get(i).name() + "=" + block % s.get(i).values();
            block /= s.get(i).values();
        }
        return "p(" + String.join(",", out) + (in.length == 0 ? "" : "|" + String.join(",", in)) + ")";
    }

    /** The measure in words: {@code C_x→b}, {@code max(C_x→b, C_a→b)}, {@code p(m=0)}, or empty without a measure. */
    public String measureLabel() {
        if (minimised != null) {
            return minimised.toString();
        }
        List<String> c = relaxed.stream().map(e -> "C_" + e.from() + "→" + e.to()).toList();
        return c.isEmpty() ? "" : c.size() == 1 ? c.get(0) : "max(" + String.join(", ", c) + ")";
    }

    /** Whether {@code from → to} is a relaxed edge. */
    public boolean isRelaxed(String from, String to) {
        return relaxed.contains(new Edge(from, to));
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Every node in declaration order. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The node called {@code name}. */
    public Node node(String nodeName) {
        Node n = byName.get(nodeName);
        if (n == null) {
            throw new IllegalArgumentException("no node '" + nodeName + "' in structure " + name);
        }
        return n;
    }

    /** The index of {@code name} in {@link #nodes()}. */
    public int indexOf(String nodeName) {
        return nodes.indexOf(node(nodeName));
    }

    public List<Node> settings() {
        return ofKind(NodeKind.SETTING);
    }

    public List<Node> outcomes() {
        return ofKind(NodeKind.OUTCOME);
    }

    public List<Node> hidden() {
        return ofKind(NodeKind.HIDDEN);
    }

    private List<Node> ofKind(NodeKind k) {
        return nodes.stream().filter(n -> n.kind() == k).toList();
    }

    /** The relaxed edges, in the order given. */
    public List<Edge> relaxed() {
        return relaxed;
    }

    /** The hidden node's probability to minimise instead of an influence, if any. */
    public Optional<ValueProbability> minimised() {
        return Optional.ofNullable(minimised);
    }

    /** The DAG over the declared nodes, without λ. */
    public Dag dag() {
        return dag;
    }

    /** The DAG with the latent {@value #LATENT} (first node) as a parent of every non-setting node. */
    public Dag graph() {
        return graph;
    }

    /** The scenario of p(outcomes | settings): settings as inputs, outcomes as outputs, padded with ones. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The non-setting nodes in a topological order (parents first, declaration order on ties): the order in
     * which a strategy's response tables are evaluated.
     */
    public List<Node> responseOrder() {
        List<Node> order = new ArrayList<>();
        for (String n : dag.topologicalOrder()) {
            if (byName.get(n).kind() != NodeKind.SETTING) {
                order.add(byName.get(n));
            }
        }
        return order;
    }

    /** The parents indexing the response table of non-setting node {@code node} (see the class comment). */
    public List<String> tableInputs(String nodeName) {
        List<String> t = tableInputs.get(nodeName);
        if (t == null) {
            throw new IllegalArgumentException("'" + nodeName + "' is not a non-setting node of structure " + name);
        }
        return t;
    }

    /** Number of entries of V's response table: the product of the values of {@link #tableInputs}. */
    public BigInteger tableEntries(String nodeName) {
        BigInteger e = BigInteger.ONE;
        for (String p : tableInputs(nodeName)) {
            e = e.multiply(BigInteger.valueOf(byName.get(p).values()));
        }
        return e;
    }

    /**
     * Number of deterministic strategies: Π_V values(V)^entries(V) over the non-setting nodes V.
     *
     * @throws InvalidStructureException if the number has more than a million decimal digits
     */
    public BigInteger strategyCount() {
        BigInteger n = BigInteger.ONE;
        for (Node v : responseOrder()) {
            BigInteger entries = tableEntries(v.name());
            if (v.values() > 1 && (entries.bitLength() > 31 || entries.intValueExact() * Math.log10(v.values()) > 1e6)) {
                throw new InvalidStructureException("the strategy space has more than 10^1000000 strategies (" + v.name() + " alone has " + v.values()
                        + "^" + entries + ")");
            }
            n = n.multiply(BigInteger.valueOf(v.values()).pow(v.values() > 1 ? entries.intValueExact() : 0));
        }
        return n;
    }

    /** One line per node, then the relaxed edges or the measure. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Node n : nodes) {
            s.append(n).append('\n');
        }
        if (!relaxed.isEmpty()) {
            s.append("relaxed: ").append(String.join(", ", relaxed.stream().map(Edge::toString).toList())).append('\n');
        }
        if (minimised != null) {
            s.append("minimise: ").append(minimised).append('\n');
        }
        return s.toString();
    }
}
