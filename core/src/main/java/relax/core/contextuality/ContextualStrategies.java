package relax.core.contextuality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import relax.core.Scenario;
import relax.core.strategy.MixedRadix;
import relax.core.strategy.Pricing;
import relax.core.strategy.ResponseFunction;
import relax.core.strategy.StrategySpace;

/**
 * Deterministic strategies of a {@link CompatibilityScenario} (Chaves, Kueng, Brask &amp; Gross 2015, eq. 28, carried
 * over to contextuality): λ fixes the outcome of every <em>copy</em> of a measurement, where a copy is what the
 * outcome may depend on besides λ and the measurement ({@link ContextualModel}):
 * <ul>
 *   <li>NONCONTEXTUAL: one copy per measurement m (a global value assignment);</li>
 *   <li>SLOT_DEPENDENT: one copy per (m, slot i) that occurs in some context;</li>
 *   <li>CONTEXT_INFLUENCE: one copy per (m, context c ∋ m).</li>
 * </ul>
 * In context c the strategy produces the tuple of its slots' copies, so T_{(t,c),λ} = 1 exactly when that tuple
 * is t, and a distribution q over strategies reproduces p when T q = p.
 *
 * <p><b>Context→outcome influence</b> (CONTEXT_INFLUENCE only). The context is the intervened parent: do(c)
 * sets X = c, and p(a_m = a | do(c), λ) = [copy (m, c) of λ = a]. By analogy with C_X→B of Chaves et al. 2015,
 * eq. (29) — Bob's outcome b for his input y under interventions on Alice's input x, averaged over λ — the
 * influence of the context on the outcomes is
 * <pre>  C_ctx→A = max_{m, a, c, c' ∋ m} Σ_λ q(λ) |p(a_m = a | do(c), λ) − p(a_m = a | do(c'), λ)|,</pre>
 * with the measurement m in the role of Bob's input y and the rest of the context in the role of x. One measure
 * row per measurement m, pair of contexts c &lt; c' containing it and outcome a (for two outcomes only a = 0:
 * the rows of a = 0 and a = 1 coincide), with count |[λ(m,c) = a] − [λ(m,c') = a]|. C_ctx→A = 0 exactly when a
 * noncontextual model reproduces p (a model with C = 0 has, almost surely, equal copies). For a Bell scenario
 * ({@link CompatibilityScenario#fromBell}) the rows of Bob's measurements are exactly the rows of C_X→B, and
 * Alice's the rows of C_Y→A.
 *
 * <p><b>Digits</b> ({@link MixedRadix}, digit 0 least significant): one per copy, radix d_m, copies ordered
 * by measurement, then by slot (SLOT_DEPENDENT) or by context (CONTEXT_INFLUENCE).
 *
 * <p><b>Pricing</b> ({@link #price}): an exact dynamic programme over the contexts in a fixed order π. After
 * placing π_0 … π_{k−1}, only the <em>open</em> copies matter — those already fixed that a later context uses
 * or that share a measure row with a copy fixed later; F_k(state of the open copies) is the best score the
 * remaining contexts can add, computed backwards. A depth-first search then walks the contexts forwards with
 * the exact bound partial + gain + F_{k+1}, so it visits only strategies that can enter the kept set. Cost:
 * Σ_k (states_k × free tuples_k), independent of the size of the space; the order π greedily keeps the open
 * set small (for the Peres–Mermin square at most 5 binary copies are open at once). Spaces whose programme would
 * exceed {@value #MAX_STATES} states are refused at construction, with the estimate.
 */
public final class ContextualStrategies implements StrategySpace {
    /** Largest total number of dynamic-programming states (Σ_k states_k × free tuples_k) the pricing accepts. */
    public static final long MAX_STATES = 1L << 22;

    private final ContextualModel model;
    private final CompatibilityScenario scenario;
    private final MixedRadix digits;
    /** copyOf[c][slot]: the copy (digit) answering slot {@code slot} of context c. */
    private final int[][] copyOf;
    private final int[] copyMeasurement;
    /** The slot (SLOT_DEPENDENT) or context (CONTEXT_INFLUENCE) of each copy; 0 for NONCONTEXTUAL. */
    private final int[] copyKey;
    /** Measure rows: copies u, v compared at outcome a. */
    private final int[] rowU;
    private final int[] rowV;
    private final int[] rowA;
    private final Programme programme;

    ContextualStrategies(ContextualModel model, CompatibilityScenario scenario) {
        this.model = model;
        this.scenario = scenario;
        int k = scenario.measurements();
        List<int[]> copies = new ArrayList<>(); // {measurement, key}
        copyOf = new int[scenario.contexts()][];
        for (int c = 0; c < scenario.contexts(); c++) {
            copyOf[c] = new int[scenario.size(c)];
        }
        for (int m = 0; m < k; m++) {
            int[] in = scenario.contextsContaining(m);
            if (model == ContextualModel.NONCONTEXTUAL) {
                int id = copies.size();
                copies.add(new int[] {m, 0});
                for (int c : in) {
                    copyOf[c][scenario.slotOf(c, m)] = id;
                }
            } else if (model == ContextualModel.SLOT_DEPENDENT) {
                for (int slot = 0; slot < scenario.slots(); slot++) {
                    int id = -1;
                    for (int c : in) {
                        if (scenario.slotOf(c, m) == slot) {
                            if (id < 0) {
                                id = copies.size();
                                copies.add(new int[] {m, slot});
                            }
                            copyOf[c][slot] = id;
                        }
                    }
                }
            } else {
                for (int c : in) {
                    copyOf[c][scenario.slotOf(c, m)] = copies.size();
                    copies.add(new int[] {m, c});
                }
            }
        }
        int[] radices = new int[copies.size()];
        copyMeasurement = new int[copies.size()];
        copyKey = new int[copies.size()];
        for (int i = 0; i < radices.length; i++) {
            copyMeasurement[i] = copies.get(i)[0];
            copyKey[i] = copies.get(i)[1];
            radices[i] = scenario.outcomes(copyMeasurement[i]);
        }
        digits = new MixedRadix(radices);
        List<int[]> rows = new ArrayList<>();
        if (model == ContextualModel.CONTEXT_INFLUENCE) {
            int first = 0;
            for (int m = 0; m < k; m++) {
                int n = scenario.contextsContaining(m).length;
                int d = scenario.outcomes(m);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        for (int a = 0; a < (d == 2 ? 1 : d == 1 ? 0 : d); a++) {
                            rows.add(new int[] {first + i, first + j, a});
                        }
                    }
                }
                first += n;
            }
        }
        rowU = rows.stream().mapToInt(r -> r[0]).toArray();
        rowV = rows.stream().mapToInt(r -> r[1]).toArray();
        rowA = rows.stream().mapToInt(r -> r[2]).toArray();
        programme = new Programme();
    }

    public ContextualModel model() {
        return model;
    }

    public CompatibilityScenario compatibilityScenario() {
        return scenario;
    }

    /** The one-party embedding the behaviours live in ({@link CompatibilityScenario#embedding()}). */
    @Override
    public Scenario scenario() {
        return scenario.embedding();
    }

    @Override
    public MixedRadix digits() {
        return digits;
    }

    /** Number of copies (digits). */
    public int copies() {
        return copyMeasurement.length;
    }

    /** The copy answering slot {@code slot} of context c. */
    public int copy(int c, int slot) {
        return copyOf[c][slot];
    }

    /** The measurement a copy answers. */
    public int copyMeasurement(int copy) {
        return copyMeasurement[copy];
    }

    @Override
    public void column(int[] strategy, int[] entries) {
        for (int c = 0; c < copyOf.length; c++) {
            entries[c] = scenario.entry(c, tuple(strategy, c));
        }
    }

    /** The outcome tuple the strategy produces in context c. */
    public int tuple(int[] strategy, int c) {
        int t = 0;
        for (int copy : copyOf[c]) {
            t = t * digits.radix(copy) + strategy[copy];
        }
        return t;
    }

    @Override
    public int measureRows() {
        return rowU.length;
    }

    @Override
    public void measureCounts(int[] strategy, int[] counts) {
        for (int r = 0; r < rowU.length; r++) {
            counts[r] = (strategy[rowU[r]] == rowA[r]) != (strategy[rowV[r]] == rowA[r]) ? 1 : 0;
        }
    }

    /** E.g. {@code |p(m2=0|do(R1)) - p(m2=0|do(C2))|}. */
    @Override
    public String measureRowLabel(int r) {
        String m = scenario.measurementName(copyMeasurement[rowU[r]]);
        return String.format("|p(%s=%d|do(%s)) - p(%s=%d|do(%s))|", m, rowA[r], scenario.contextName(copyKey[rowU[r]]), m, rowA[r],
                scenario.contextName(copyKey[rowV[r]]));
    }

    /** The measurement and the two contexts of measure row r: {m, c, c'}. */
    public int[] measureRow(int r) {
        return new int[] {copyMeasurement[rowU[r]], copyKey[rowU[r]], copyKey[rowV[r]]};
    }

    /**
     * One response per measurement: its outcome with no argument (NONCONTEXTUAL), or as a function of its slots
     * ({@code slot}) or of its contexts ({@code context}), over the slots or contexts that hold it, in order.
     */
    @Override
    public List<ResponseFunction> responses(int[] strategy) {
        List<ResponseFunction> r = new ArrayList<>();
        int copy = 0;
        for (int m = 0; m < scenario.measurements(); m++) {
            int start = copy;
            while (copy < copyMeasurement.length && copyMeasurement[copy] == m) {
                copy++;
            }
            int[] values = Arrays.copyOfRange(strategy, start, copy);
            String name = scenario.measurementName(m);
            r.add(model == ContextualModel.NONCONTEXTUAL ? new ResponseFunction(name, List.of(), new int[0], values)
                    : new ResponseFunction(name, List.of(model == ContextualModel.SLOT_DEPENDENT ? "slot" : "context"), new int[] {values.length}, values));
        }
        return r;
    }

    /**
     * The strategy in words: {@code m1=0 m2=1 …}; a measurement whose copies differ shows them, e.g.
     * {@code m2=(R1:0,C2:1)} (by context) or {@code m2=(s1:0,s2:1)} (by slot).
     */
    @Override
    public String describe(int[] strategy) {
        StringBuilder s = new StringBuilder();
        int copy = 0;
        for (int m = 0; m < scenario.measurements(); m++) {
            int start = copy;
            boolean equal = true;
            while (copy < copyMeasurement.length && copyMeasurement[copy] == m) {
                equal &= strategy[copy] == strategy[start];
                copy++;
            }
            s.append(s.length() > 0 ? " " : "").append(scenario.measurementName(m)).append('=');
            if (equal) {
                s.append(strategy[start]);
                continue;
            }
            s.append('(');
            for (int i = start; i < copy; i++) {
                s.append(i > start ? "," : "").append(model == ContextualModel.SLOT_DEPENDENT ? "s" + (copyKey[i] + 1) : scenario.contextName(copyKey[i]))
                        .append(':').append(strategy[i]);
            }
            s.append(')');
        }
        return s.toString();
    }

    /** Exact maximisation of ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ by the dynamic programme of the class comment. */
    @Override
    public void price(double[] z, double[] w, Pricing out) {
        out.reset();
        programme.run(z, w, out);
    }

    /**
     * The dynamic programme over contexts (see the class comment). Precomputed per step k (context π_k): the
     * open copies before it (with strides), which slots are fixed by the state and which are free, the measure
     * rows charged at this step, and where each open copy after it comes from.
     */
    private final class Programme {
        private final int steps = copyOf.length;
        private final int[] order;
        /** open[k]: the copies open before step k; stride[k][i]: the stride of open[k][i] in the state index. */
        private final int[][] open;
        private final int[][] stride;
        private final int[] states;
        /** For each slot of π_k: position in open[k] (≥ 0) if fixed by the state, else −1 − (index among free slots). */
        private final int[][] slotSource;
        private final int[][] freeSlots;
        private final int[] freeTuples;
        /** Rows charged at step k and, per endpoint, its source: position in open[k] (≥ 0) or −1 − slot of π_k. */
        private final int[][] rows;
        private final int[][] rowSourceU;
        private final int[][] rowSourceV;
        /** For each open copy after step k: its source, as above. */
        private final int[][] nextSource;

        Programme() {
            order = order();
            int copies = copyMeasurement.length;
            int[] firstStep = new int[copies];
            int[] lastUse = new int[copies];
            Arrays.fill(firstStep, -1);
            for (int k = 0; k < steps; k++) {
                for (int copy : copyOf[order[k]]) {
                    if (firstStep[copy] < 0) {
                        firstStep[copy] = k;
                    }
                    lastUse[copy] = k;
                }
            }
            for (int r = 0; r < rowU.length; r++) {
                int at = Math.max(firstStep[rowU[r]], firstStep[rowV[r]]);
                lastUse[rowU[r]] = Math.max(lastUse[rowU[r]], at);
                lastUse[rowV[r]] = Math.max(lastUse[rowV[r]], at);
            }
            open = new int[steps + 1][];
            stride = new int[steps + 1][];
            states = new int[steps + 1];
            long work = 0;
            for (int k = 0; k <= steps; k++) {
                List<Integer> o = new ArrayList<>();
                for (int copy = 0; copy < copies; copy++) {
                    if (firstStep[copy] < k && lastUse[copy] >= k) {
                        o.add(copy);
                    }
                }
                open[k] = o.stream().mapToInt(Integer::intValue).toArray();
                stride[k] = new int[open[k].length];
                long size = 1;
                for (int i = 0; i < open[k].length; i++) {
                    stride[k][i] = (int) Math.min(size, Integer.MAX_VALUE);
                    size *= digits.radix(open[k][i]);
                    if (size > MAX_STATES) {
                        break;
                    }
                }
                if (size > MAX_STATES) {
                    throw new IllegalArgumentException(refusal(size));
                }
                states[k] = (int) size;
            }
            slotSource = new int[steps][];
            freeSlots = new int[steps][];
            freeTuples = new int[steps];
            rows = new int[steps][];
            rowSourceU = new int[steps][];
            rowSourceV = new int[steps][];
            nextSource = new int[steps][];
            List<List<Integer>> rowsAt = new ArrayList<>();
            for (int k = 0; k < steps; k++) {
                rowsAt.add(new ArrayList<>());
            }
            for (int r = 0; r < rowU.length; r++) {
                rowsAt.get(Math.max(firstStep[rowU[r]], firstStep[rowV[r]])).add(r);
            }
            for (int k = 0; k < steps; k++) {
                int c = order[k];
                int n = copyOf[c].length;
                slotSource[k] = new int[n];
                List<Integer> free = new ArrayList<>();
                long tuplesK = 1;
                for (int s = 0; s < n; s++) {
                    int pos = position(open[k], copyOf[c][s]);
                    if (pos >= 0) {
                        slotSource[k][s] = pos;
                    } else {
                        slotSource[k][s] = -1 - free.size();
                        free.add(s);
                        tuplesK *= digits.radix(copyOf[c][s]);
                    }
                }
                freeSlots[k] = free.stream().mapToInt(Integer::intValue).toArray();
                freeTuples[k] = (int) tuplesK;
                work += (long) states[k] * tuplesK;
                if (work > MAX_STATES) {
                    throw new IllegalArgumentException(refusal(work));
                }
                rows[k] = rowsAt.get(k).stream().mapToInt(Integer::intValue).toArray();
                rowSourceU[k] = new int[rows[k].length];
                rowSourceV[k] = new int[rows[k].length];
                for (int i = 0; i < rows[k].length; i++) {
                    rowSourceU[k][i] = source(k, c, rowU[rows[k][i]]);
                    rowSourceV[k][i] = source(k, c, rowV[rows[k][i]]);
                }
                nextSource[k] = new int[open[k + 1].length];
                for (int i = 0; i < open[k + 1].length; i++) {
                    nextSource[k][i] = source(k, c, open[k + 1][i]);
                }
            }
        }

        private String refusal(long size) {
            return "the exact pricing search for the " + model.key() + " model of this scenario (" + scenario + ") would need about " + size
                    + " states (at most " + MAX_STATES + "); the scenario is too large to solve";
        }

        /** Where the value of {@code copy} comes from at step k (context c): its position in open[k], or −1 − its slot in c. */
        private int source(int k, int c, int copy) {
            int pos = position(open[k], copy);
            if (pos >= 0) {
                return pos;
            }
            for (int s = 0; s < copyOf[c].length; s++) {
                if (copyOf[c][s] == copy) {
                    return -1 - s;
                }
            }
            throw new IllegalStateException("copy " + copy + " is neither open nor in context " + c);
        }

        private static int position(int[] list, int v) {
            for (int i = 0; i < list.length; i++) {
                if (list[i] == v) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Greedy order: start with context 0; then always the unplaced context with the most slots whose copy is
         * already fixed plus measure rows to fixed copies (ties: fewest new copies, then the lower index). Keeps
         * the open set small; any order gives the same exact maximum.
         */
        private int[] order() {
            int n = copyOf.length;
            int[] ord = new int[n];
            boolean[] placed = new boolean[n];
            boolean[] fixed = new boolean[copyMeasurement.length];
            List<List<Integer>> partners = new ArrayList<>();
            for (int i = 0; i < copyMeasurement.length; i++) {
                partners.add(new ArrayList<>());
            }
            for (int r = 0; r < rowU.length; r++) {
                partners.get(rowU[r]).add(rowV[r]);
                partners.get(rowV[r]).add(rowU[r]);
            }
            boolean greedy = (long) n * n <= 1_000_000L;
            for (int k = 0; k < n; k++) {
                int best = -1;
                long bestKey = Long.MIN_VALUE;
                for (int c = 0; c < n; c++) {
                    if (placed[c]) {
                        continue;
                    }
                    if (k == 0 || !greedy) {
                        best = c;
                        break;
                    }
                    long links = 0;
                    long fresh = 0;
                    for (int copy : copyOf[c]) {
                        if (fixed[copy]) {
                            links++;
                        } else {
                            fresh++;
                            for (int q : partners.get(copy)) {
                                links += fixed[q] ? 1 : 0;
                            }
                        }
                    }
                    long key = links * 1_000_000L - fresh;
                    if (key > bestKey) {
                        bestKey = key;
                        best = c;
                    }
                }
                ord[k] = best;
                placed[best] = true;
                for (int copy : copyOf[best]) {
                    fixed[copy] = true;
                }
            }
            return ord;
        }

        /** Runs the backward programme, then the bounded forward search that fills {@code out}. */
        void run(double[] z, double[] w, Pricing out) {
            double[][] f = new double[steps + 1][];
            f[steps] = new double[] {0};
            int maxOpen = 0;
            int maxSlots = 0;
            for (int k = 0; k <= steps; k++) {
                maxOpen = Math.max(maxOpen, open[k].length);
            }
            for (int[] ctx : copyOf) {
                maxSlots = Math.max(maxSlots, ctx.length);
            }
            int[] values = new int[maxOpen];
            int[] tuple = new int[maxSlots];
            for (int k = steps - 1; k >= 0; k--) {
                f[k] = new double[states[k]];
                double[] next = f[k + 1];
                for (int state = 0; state < states[k]; state++) {
                    decodeState(k, state, values);
                    double best = Double.NEGATIVE_INFINITY;
                    for (int free = 0; free < freeTuples[k]; free++) {
                        fill(k, values, free, tuple);
                        double v = gain(k, z, w, values, tuple) + next[nextState(k, values, tuple)];
                        if (v > best) {
                            best = v;
                        }
                    }
                    f[k][state] = best;
                }
            }
            search(z, w, f, out, maxOpen, maxSlots);
        }

        /** The forward depth-first search, iterative (one frame per step). */
        private void search(double[] z, double[] w, double[][] f, Pricing out, int maxOpen, int maxSlots) {
            int[] strategy = digits.first();
            int[] nextFree = new int[steps + 1];
            double[] partial = new double[steps + 1];
            int[][] values = new int[steps + 1][maxOpen];
            int[] tuple = new int[maxSlots];
            int k = 0;
            decodeState(0, 0, values[0]);
            while (k >= 0) {
                if (k == steps) {
                    out.offer(strategy, partial[steps]);
                    k--;
                    continue;
                }
                if (nextFree[k] == freeTuples[k]) {
                    nextFree[k] = 0;
                    k--;
                    continue;
                }
                int free = nextFree[k]++;
                fill(k, values[k], free, tuple);
                double g = partial[k] + gain(k, z, w, values[k], tuple);
                int s2 = nextState(k, values[k], tuple);
                if (!out.accepts(g + f[k + 1][s2])) {
                    continue;
                }
                int c = order[k];
                for (int s : freeSlots[k]) {
                    strategy[copyOf[c][s]] = tuple[s];
                }
                partial[k + 1] = g;
                decodeState(k + 1, s2, values[k + 1]);
                k++;
            }
        }

        private void decodeState(int k, int state, int[] values) {
            int rest = state;
            for (int i = 0; i < open[k].length; i++) {
                int r = digits.radix(open[k][i]);
                values[i] = rest % r;
                rest /= r;
            }
        }

        /** The tuple of π_k (one outcome per slot) from the open copies' values and free tuple number {@code free}. */
        private void fill(int k, int[] values, int free, int[] tuple) {
            int c = order[k];
            int rest = free;
            int[] fs = freeSlots[k];
            for (int i = fs.length - 1; i >= 0; i--) {
                int r = digits.radix(copyOf[c][fs[i]]);
                tuple[fs[i]] = rest % r;
                rest /= r;
            }
            for (int s = 0; s < copyOf[c].length; s++) {
                if (slotSource[k][s] >= 0) {
                    tuple[s] = values[slotSource[k][s]];
                }
            }
        }

        /** z of π_k's tuple minus the weights of the measure rows charged at step k that count 1. */
        private double gain(int k, double[] z, double[] w, int[] values, int[] tuple) {
            int c = order[k];
            int t = 0;
            for (int s = 0; s < copyOf[c].length; s++) {
                t = t * digits.radix(copyOf[c][s]) + tuple[s];
            }
            double g = z[scenario.entry(c, t)];
            int[] rs = rows[k];
            for (int i = 0; i < rs.length; i++) {
                int a = rowA[rs[i]];
                int u = value(rowSourceU[k][i], values, tuple);
                int v = value(rowSourceV[k][i], values, tuple);
                if ((u == a) != (v == a)) {
                    g -= w[rs[i]];
                }
            }
            return g;
        }

        private int nextState(int k, int[] values, int[] tuple) {
            int s = 0;
            int[] src = nextSource[k];
            for (int i = 0; i < src.length; i++) {
                s += value(src[i], values, tuple) * stride[k + 1][i];
            }
            return s;
        }

        private static int value(int source, int[] values, int[] tuple) {
            return source >= 0 ? values[source] : tuple[-1 - source];
        }
    }
}
