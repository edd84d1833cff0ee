package relax.core.contextuality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * A compatibility (measurement, contextuality) scenario in the sense of Pearl &amp; Cavalcanti, Sec. 3: a set
 * of measurements M = {m_1 … m_k}, measurement m having {@code outcomes(m)} outcomes 0 … d_m − 1, and a list
 * of contexts, each an <em>ordered</em> list of jointly measurable measurements. The order matters: in a run
 * of context c = (c_1, …, c_n) the random variable X_i (the <em>slot</em> i) takes the value c_i and A_i
 * records its outcome. So the same set of measurements listed in two orders is two contexts, and a
 * measurement may fill different slots in different contexts (Pearl &amp; Cavalcanti, Sec. 3: "the same
 * measurement m can be associated with different random variables X_j in different tests"). Contexts may
 * have different lengths; slots a context does not fill hold Pearl &amp; Cavalcanti's trivial measurement,
 * which has one outcome.
 *
 * <p>Bell scenarios are the special case {@link #fromBell}: measurement "A0" is Alice's input 0, and the
 * context of input tuple (x_1 … x_N) lists party i's measurement in slot i.
 *
 * <p><b>Indexing.</b> Outcome tuples of context c are numbered row-major over its slots (slot 0 most
 * significant), like the nesting {@code p[c][a_1]…[a_n]} of a contextuality file; there are
 * {@code tuples(c)} = Π_i d_{c_i} of them. A behaviour is stored in the {@link #embedding()} Bell scenario
 * with one party, one input per context and {@code maxTuples()} outputs: entry {@code c·maxTuples() + t} is
 * p(t | c), and the entries t ≥ tuples(c) of a shorter context are padding (always 0, never produced by any
 * strategy). This lets every relaxation of the engine run on compatibility scenarios unchanged.
 *
 * <p>Construction validates and reports the first problem in one line ({@link InvalidBehaviourException}).
 * Immutable.
 */
public final class CompatibilityScenario {
    /** Largest number of contexts and of measurements accepted. */
    public static final int MAX_CONTEXTS = 100_000;

    private final String[] measurementNames;
    private final int[] outcomes;
    private final String[] contextNames;
    private final int[][] contexts;
    private final int[] tuples;
    private final int maxTuples;
    private final int slots;
    private final int[][] containing;
    private final Map<String, Integer> measurementIndex = new HashMap<>();
    private final Map<String, Integer> contextIndex = new HashMap<>();
    private final Scenario embedding;
    private final Scenario bell;

    private CompatibilityScenario(List<String> measurements, int[] outcomes, List<String> contextNames, List<List<String>> contexts, Scenario bell) {
        if (measurements.isEmpty()) {
            throw new InvalidBehaviourException("the scenario declares no measurement");
        }
        if (contexts.isEmpty()) {
            throw new InvalidBehaviourException("the scenario declares no context");
        }
        if (measurements.size() != outcomes.length || contextNames.size() != contexts.size()) {
            throw new IllegalArgumentException("one outcome count per measurement and one name per context are needed");
        }
        if (measurements.size() > MAX_CONTEXTS || contexts.size() > MAX_CONTEXTS) {
            throw new InvalidBehaviourException("the scenario has " + measurements.size() + " measurements and " + contexts.size()
                    + " contexts; at most " + MAX_CONTEXTS + " of each are supported");
        }
        this.measurementNames = measurements.toArray(new String[0]);
        this.outcomes = outcomes.clone();
        for (int m = 0; m < measurementNames.length; m++) {
            String name = measurementNames[m];
            if (name == null || name.isBlank()) {
                throw new InvalidBehaviourException("measurement " + (m + 1) + " has an empty name");
            }
            if (measurementIndex.put(name, m) != null) {
                throw new InvalidBehaviourException("measurement '" + name + "' is declared twice");
            }
            if (outcomes[m] < 1) {
                throw new InvalidBehaviourException("measurement '" + name + "' has " + outcomes[m] + " outcomes; it needs at least 1 (2 for a yes/no test)");
            }
        }
        this.contextNames = contextNames.toArray(new String[0]);
        this.contexts = new int[contexts.size()][];
        this.tuples = new int[contexts.size()];
        int n = 0;
        long largest = 1;
        Map<String, String> seen = new HashMap<>();
        for (int c = 0; c < this.contexts.length; c++) {
            String name = this.contextNames[c];
            if (name == null || name.isBlank()) {
                throw new InvalidBehaviourException("context " + (c + 1) + " has an empty name");
            }
            if (contextIndex.put(name, c) != null) {
                throw new InvalidBehaviourException("context '" + name + "' is declared twice");
            }
            List<String> list = contexts.get(c);
            if (list.isEmpty()) {
                throw new InvalidBehaviourException("context '" + name + "' lists no measurement");
            }
            int[] ms = new int[list.size()];
            long count = 1;
            for (int s = 0; s < ms.length; s++) {
                Integer m = measurementIndex.get(list.get(s));
                if (m == null) {
                    throw new InvalidBehaviourException("context '" + name + "' names measurement '" + list.get(s)
                            + "', which is not declared in \"measurements\" (declared: " + String.join(", ", measurements) + ")");
                }
                for (int r = 0; r < s; r++) {
                    if (ms[r] == m) {
                        throw new InvalidBehaviourException("context '" + name + "' lists measurement '" + list.get(s)
                                + "' twice; a context is a set of distinct compatible measurements");
                    }
                }
                ms[s] = m;
                count *= this.outcomes[m];
                if (count > 50_000_000L) {
                    throw new InvalidBehaviourException("context '" + name + "' has more than 5e7 outcome tuples; too large");
                }
            }
            String key = Arrays.toString(ms);
            String twin = seen.put(key, name);
            if (twin != null) {
                throw new InvalidBehaviourException("contexts '" + twin + "' and '" + name + "' list the same measurements in the same order");
            }
            this.contexts[c] = ms;
            this.tuples[c] = (int) count;
            n = Math.max(n, ms.length);
            largest = Math.max(largest, count);
        }
        this.slots = n;
        this.maxTuples = (int) largest;
        List<List<Integer>> in = new ArrayList<>();
        for (int m = 0; m < measurementNames.length; m++) {
            in.add(new ArrayList<>());
        }
        for (int c = 0; c < this.contexts.length; c++) {
            for (int m : this.contexts[c]) {
                in.get(m).add(c);
            }
        }
        this.containing = new int[measurementNames.length][];
        for (int m = 0; m < measurementNames.length; m++) {
            if (in.get(m).isEmpty()) {
                throw new InvalidBehaviourException("measurement '" + measurementNames[m] + "' is in no context; list it in one or remove it");
            }
            this.containing[m] = in.get(m).stream().mapToInt(Integer::intValue).toArray();
        }
        try {
            this.embedding = Scenario.of(new int[] {this.contexts.length}, new int[] {maxTuples});
        } catch (IllegalArgumentException e) {
            throw new InvalidBehaviourException("the scenario is too large: " + this.contexts.length + " contexts of up to " + maxTuples
                    + " outcome tuples (at most 5e7 probabilities)");
        }
        this.bell = bell;
    }

    /**
     * A scenario from names.
     *
     * @param measurements the measurement names, in order
     * @param outcomes     the number of outcomes of each
     * @param contextNames the context names, in order
     * @param contexts     each context's measurements in slot order
     * @throws InvalidBehaviourException naming the first rule broken (unknown or repeated measurement, …)
     */
    public static CompatibilityScenario of(List<String> measurements, int[] outcomes, List<String> contextNames, List<List<String>> contexts) {
        return new CompatibilityScenario(measurements, outcomes, contextNames, contexts, null);
    }

    /**
     * The Bell scenario {@code s} as a compatibility scenario: party i's input x is the measurement named by
     * the party's letter and x ({@code A0}, {@code B1}, …) with party i's number of outputs, and every input
     * tuple (x_1 … x_N) is the context {@code A<x_1>B<x_2>…} listing party i's measurement in slot i. Context c
     * is the input block c of {@code s} and outcome tuple t its output tuple, so the entries coincide.
     */
    public static CompatibilityScenario fromBell(Scenario s) {
        List<String> names = new ArrayList<>();
        int[] outs = new int[Arrays.stream(s.inputCounts()).sum()];
        int[] first = new int[s.parties()];
        for (int i = 0; i < s.parties(); i++) {
            first[i] = names.size();
            for (int x = 0; x < s.inputs(i); x++) {
                outs[names.size()] = s.outputs(i);
                names.add(Scenario.partyName(i) + x);
            }
        }
        List<String> contextNames = new ArrayList<>();
        List<List<String>> contexts = new ArrayList<>();
        int[] x = new int[s.parties()];
        for (int b = 0; b < s.inputBlocks(); b++) {
            s.decodeBlock(b, x);
            List<String> ctx = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                ctx.add(names.get(first[i] + x[i]));
            }
            contextNames.add(String.join("", ctx));
            contexts.add(ctx);
        }
        return new CompatibilityScenario(names, outs, contextNames, contexts, s);
    }

    /** The Bell scenario this one was converted from ({@link #fromBell}), or null. */
    public Scenario bellScenario() {
        return bell;
    }

    /** Number of measurements k. */
    public int measurements() {
        return measurementNames.length;
    }

    public String measurementName(int m) {
        return measurementNames[m];
    }

    /** The index of the measurement called {@code name}, or −1. */
    public int measurementIndex(String name) {
        return measurementIndex.getOrDefault(name, -1);
    }

    /** d_m: the number of outcomes of measurement m. */
    public int outcomes(int m) {
        return outcomes[m];
    }

    /** Number of contexts. */
    public int contexts() {
        return contexts.length;
    }

    public String contextName(int c) {
        return contextNames[c];
    }

    /** The index of the context called {@code name}, or −1. */
    public int contextIndex(String name) {
        return contextIndex.getOrDefault(name, -1);
    }

    /** Number of slots context c fills. */
    public int size(int c) {
        return contexts[c].length;
    }

    /** The measurement in slot {@code slot} of context c. */
    public int measurement(int c, int slot) {
        return contexts[c][slot];
    }

    /** The measurements of context c in slot order (a copy). */
    public int[] context(int c) {
        return contexts[c].clone();
    }

    /** The slot of measurement m in context c, or −1 if c does not contain m. */
    public int slotOf(int c, int m) {
        int[] ms = contexts[c];
        for (int s = 0; s < ms.length; s++) {
            if (ms[s] == m) {
                return s;
            }
        }
        return -1;
    }

    /** The contexts containing measurement m, in context order (a copy). */
    public int[] contextsContaining(int m) {
        return containing[m].clone();
    }

    /** n = max_c |c|: the number of slots X_1 … X_n (Pearl &amp; Cavalcanti, Sec. 3). */
    public int slots() {
        return slots;
    }

    /** Number of outcome tuples of context c: Π over its slots of d_m. */
    public int tuples(int c) {
        return tuples[c];
    }

    /** The largest {@link #tuples(int)}: outputs of the {@link #embedding()}. */
    public int maxTuples() {
        return maxTuples;
    }

    /** The one-party Bell scenario that stores behaviours (see the class comment). */
    public Scenario embedding() {
        return embedding;
    }

    /** The flat entry of p(t | c). */
    public int entry(int c, int tuple) {
        return c * maxTuples + tuple;
    }

    /** Whether {@code entry} is padding (an outcome tuple its context does not have). */
    public boolean padding(int entry) {
        return entry % maxTuples >= tuples[entry / maxTuples];
    }

    /** The outcome of slot {@code slot} in outcome tuple {@code tuple} of context c. */
    public int outcome(int c, int tuple, int slot) {
        int[] ms = contexts[c];
        int t = tuple;
        for (int s = ms.length - 1; s > slot; s--) {
            t /= outcomes[ms[s]];
        }
        return t % outcomes[ms[slot]];
    }

    /** Writes the outcome tuple {@code tuple} of context c into {@code a} (length ≥ size(c)); {@code a} is modified. */
    public void decode(int c, int tuple, int[] a) {
        int[] ms = contexts[c];
        int t = tuple;
        for (int s = ms.length - 1; s >= 0; s--) {
            a[s] = t % outcomes[ms[s]];
            t /= outcomes[ms[s]];
        }
    }

    /** The tuple index of outcomes {@code a} (one per slot of c). */
    public int tuple(int c, int... a) {
        int[] ms = contexts[c];
        if (a.length != ms.length) {
            throw new IllegalArgumentException("context " + contextNames[c] + " has " + ms.length + " slots, got " + a.length + " outcomes");
        }
        int t = 0;
        for (int s = 0; s < ms.length; s++) {
            if (a[s] < 0 || a[s] >= outcomes[ms[s]]) {
                throw new IllegalArgumentException("outcome " + a[s] + " of " + measurementNames[ms[s]] + " is not in 0.." + (outcomes[ms[s]] - 1));
            }
            t = t * outcomes[ms[s]] + a[s];
        }
        return t;
    }

    /** E.g. {@code p(m1=0,m2=1,m3=1|R1)} for entry (R1, tuple 011). */
    public String entryName(int entry) {
        int c = entry / maxTuples;
        int t = entry % maxTuples;
        int[] a = new int[contexts[c].length];
        decode(c, t, a);
        StringBuilder s = new StringBuilder("p(");
        for (int i = 0; i < a.length; i++) {
            s.append(i > 0 ? "," : "").append(measurementNames[contexts[c][i]]).append('=').append(a[i]);
        }
        return s.append('|').append(contextNames[c]).append(')').toString();
    }

    /** The file path of an entry, e.g. {@code p.R1[0][1][1]}. */
    public String entryPath(int entry) {
        int c = entry / maxTuples;
        int[] a = new int[contexts[c].length];
        decode(c, entry % maxTuples, a);
        StringBuilder s = new StringBuilder("p.").append(contextNames[c]);
        for (int v : a) {
            s.append('[').append(v).append(']');
        }
        return s.toString();
    }

    /** The context in words: {@code R1 = (m1, m2, m3)}. */
    public String describeContext(int c) {
        StringBuilder s = new StringBuilder(contextNames[c]).append(" = (");
        for (int i = 0; i < contexts[c].length; i++) {
            s.append(i > 0 ? ", " : "").append(measurementNames[contexts[c][i]]);
        }
        return s.append(')').toString();
    }

    /** Same measurements (names, outcome counts) and contexts (names, slot order), in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CompatibilityScenario s && Arrays.equals(measurementNames, s.measurementNames) && Arrays.equals(outcomes, s.outcomes)
                && Arrays.equals(contextNames, s.contextNames) && Arrays.deepEquals(contexts, s.contexts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(measurementNames) + Arrays.hashCode(contextNames)) + Arrays.deepHashCode(contexts);
    }

    /** E.g. {@code 9 measurements, 6 contexts of 3 slots}. */
    @Override
    public String toString() {
        return measurementNames.length + " measurements, " + contexts.length + " contexts of up to " + slots + " slots";
    }
}
