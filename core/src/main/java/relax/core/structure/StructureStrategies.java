package relax.core.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import relax.core.InvalidStructureException;
import relax.core.Scenario;
import relax.core.strategy.MixedRadix;
import relax.core.strategy.Pricing;
import relax.core.strategy.ResponseFunction;
import relax.core.strategy.StrategySpace;

/**
 * The deterministic strategies of any {@link CausalStructure} as a {@link StrategySpace} (Chaves, Kueng, Brask
 * &amp; Gross 2015, eq. 28): a strategy is one response table per non-setting node, the digits of
 * {@link ResponseTables} (entry c of node V's table is digit {@code offset(V) + c}, of radix values(V); digit 0 is
 * the least significant digit of the {@link MixedRadix} index).
 *
 * <p><b>T.</b> In the settings block s (the settings' values, first setting most significant) strategy λ
 * produces the entry s·O + o(s, λ), o the outcomes' values evaluated through the tables in topological order.
 *
 * <p><b>C.</b> For a relaxed edge U → V (eqs. 4, 29–30 generalised; docs/causal-structures.md) one row per
 * assignment t of the settings R that V's other table inputs depend on (their setting ancestors), per pair of
 * values u &lt; u' of U and per value v of V (only v = 0 when V has two values: the rows of v = 0 and v = 1
 * coincide), with the 0/1 count
 * <pre>  |[f_V(u, rest(t)) = v] − [f_V(u', rest(t)) = v]|,</pre>
 * rest(t) V's other inputs evaluated at t (do(U = u) on V's input only). Rows of several relaxed edges are
 * stacked in the order the structure lists them; the measure is the largest row. For the bipartite structures
 * of Fig. 1b–c these are exactly the rows, in the order, of {@link relax.core.locality.LocalityStrategies}. For
 * {@code minimise p(m=v)} (eq. 39) the one row is Σ_t n(t)·[f_m(t) = v] over the assignments t of m's setting
 * ancestors, with n(t)/D their probability as exact integers over the common denominator D =
 * {@link #measureScale()} ({@link ExactDistribution}).
 *
 * <p><b>Pricing</b> ({@link #price}) never materialises T. One sink k (an outcome without non-setting children)
 * is chosen; the tables of every other non-setting node (F) are enumerated depth-first in topological order, and
 * for each such assignment the best table of k is found exactly: the z-terms of the blocks whose k-inputs take
 * the same configuration c lump into G_c(v), and the relaxed-edge rows into k couple only the entries of one
 * <em>slice</em> (one configuration r of k's non-relaxed inputs, all values of its relaxed ones), so the score
 * splits into one independent maximisation per slice; without a relaxed edge into k, per entry. The derivation is
 * in docs/causal-structures.md ("Pricing"). When the estimated work of one call exceeds 2^{@value #ENUMERATED_WORK}
 * operations the depth-first search prunes with an exact upper bound (branch and bound): the penalties already
 * fixed plus, per block, the largest z-entry consistent with the outcomes already fixed, the tables of each node
 * tried best bound first; beyond 2^{@value #SEARCHED_WORK} operations the structure is refused with that estimate. Every score is a floating-point sum of its terms
 * (as {@link StrategySpace#price} requires) and pruning keeps a margin for the rounding of the bound.
 */
public final class StructureStrategies implements StrategySpace {
    /** log2 of the largest estimated work per pricing call (operations) searched without bounds. */
    static final int ENUMERATED_WORK = 26;
    /** log2 of the largest estimated work per pricing call searched at all (with bounds); beyond, the structure is refused. */
    static final int SEARCHED_WORK = 30;
    /** Largest number of slices (tables of k over its relaxed inputs) tabulated. */
    static final int SLICE_LIMIT = 1 << 20;
    /** Largest number of tables of one node that the bounded search orders by their bounds. */
    private static final int ORDERED_TABLES = 1 << 16;
    /** Largest behaviour for which the bounded search tabulates its per-block maxima. */
    private static final int BOUND_TABLE_LIMIT = 1 << 22;

    private final CausalStructure structure;
    private final ResponseTables tables;
    private final MixedRadix digits;
    private final Scenario scenario;
    private final List<Node> nodes;
    private final int blocks;
    private final int outcomesPerBlock;
    /** settingValue[node][s]: the value of setting node at block s (null for other nodes). */
    private final int[][] settingValue;
    private final int[] radix;
    private final int[][] inputs;
    private final int[][] stride;
    private final int[] offset;
    private final int[] entries;
    /** Stride of each outcome node in the outcome index (0 for other nodes). */
    private final int[] outcomeStride;
    private final boolean[] isOutcome;
    private final int[] order;

    // measure rows of relaxed edges
    private final List<Edge> edges;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final int[] edgePosition;
    private final int[] edgeRowStart;
    private final int[] edgeValuesOfV;
    /** edgeRep[e][t]: a block whose settings in R_e take assignment t (the others 0). */
    private final int[][] edgeRep;
    private final List<List<String>> edgeSettings;
    // the p(m=v) row
    private final int minimisedNode;
    private final int minimisedValue;
    private final int[] minimisedRep;
    private final int[] minimisedWeight;
    private final int scale;
    private final int rows;

    // the pricing search
    private final int sink;
    /** The non-setting nodes other than the sink, in topological order. */
    private final int[] enumerated;
    private final boolean bounded;
    private final SinkSlices slices;
    /** Scratch node values for {@link #column} and {@link #measureCounts}, one array per thread. */
    private final ThreadLocal<int[]> scratch;

    /**
     * The strategy space of {@code structure}.
     *
     * @throws InvalidStructureException if the pricing search would be too large, naming the estimate
     */
    public StructureStrategies(CausalStructure structure) {
        this(structure, ENUMERATED_WORK);
    }

    /** As the public constructor, searching with bounds above 2^{@code enumeratedWork} operations (tests force the bounded search with 0). */
    StructureStrategies(CausalStructure structure, int enumeratedWork) {
        this.structure = structure;
        this.tables = new ResponseTables(structure);
        int[] radices = new int[tables.digits()];
        for (int d = 0; d < radices.length; d++) {
            radices[d] = tables.radix(d);
        }
        this.digits = new MixedRadix(radices);
        this.scenario = structure.scenario();
        this.nodes = structure.nodes();
        int n = nodes.size();
        this.blocks = scenario.inputBlocks();
        this.outcomesPerBlock = scenario.outcomesPerBlock();
        this.radix = new int[n];
        this.inputs = new int[n][];
        this.stride = new int[n][];
        this.offset = new int[n];
        this.entries = new int[n];
        this.outcomeStride = new int[n];
        this.isOutcome = new boolean[n];
        this.settingValue = new int[n][];
        for (int v = 0; v < n; v++) {
            radix[v] = nodes.get(v).values();
        }
        List<Node> settings = structure.settings();
        int blockStride = blocks;
        for (Node s : settings) {
            int i = structure.indexOf(s.name());
            blockStride /= s.values();
            settingValue[i] = new int[blocks];
            for (int b = 0; b < blocks; b++) {
                settingValue[i][b] = (b / blockStride) % s.values();
            }
        }
        int outStride = outcomesPerBlock;
        for (Node o : structure.outcomes()) {
            int i = structure.indexOf(o.name());
            outStride /= o.values();
            outcomeStride[i] = outStride;
            isOutcome[i] = true;
        }
        List<Node> response = structure.responseOrder();
        this.order = new int[response.size()];
        for (int k = 0; k < order.length; k++) {
            int v = structure.indexOf(response.get(k).name());
            order[k] = v;
            List<String> in = structure.tableInputs(response.get(k).name());
            inputs[v] = new int[in.size()];
            stride[v] = new int[in.size()];
            int st = 1;
            for (int j = in.size() - 1; j >= 0; j--) {
                inputs[v][j] = structure.indexOf(in.get(j));
                stride[v][j] = st;
                st *= radix[inputs[v][j]];
            }
            offset[v] = tables.offset(v);
            entries[v] = tables.entries(v);
        }

        this.edges = structure.relaxed();
        int ne = edges.size();
        this.edgeFrom = new int[ne];
        this.edgeTo = new int[ne];
        this.edgePosition = new int[ne];
        this.edgeRowStart = new int[ne + 1];
        this.edgeValuesOfV = new int[ne];
        this.edgeRep = new int[ne][];
        this.edgeSettings = new ArrayList<>();
        int r = 0;
        for (int e = 0; e < ne; e++) {
            Edge edge = edges.get(e);
            int u = structure.indexOf(edge.from());
            int v = structure.indexOf(edge.to());
            edgeFrom[e] = u;
            edgeTo[e] = v;
            edgePosition[e] = position(v, u);
            edgeValuesOfV[e] = radix[v] == 2 ? 1 : radix[v];
            List<String> rest = new ArrayList<>();
            for (int j = 0; j < inputs[v].length; j++) {
                if (j != edgePosition[e]) {
                    rest.add(nodes.get(inputs[v][j]).name());
                }
            }
            List<String> rSettings = settingAncestors(rest);
            edgeSettings.add(rSettings);
            edgeRep[e] = representatives(rSettings, settings);
            edgeRowStart[e] = r;
            r += edgeRep[e].length * pairs(radix[u]) * edgeValuesOfV[e];
        }
        edgeRowStart[ne] = r;
        if (structure.minimised().isPresent()) {
            ValueProbability m = structure.minimised().get();
            this.minimisedNode = structure.indexOf(m.node());
            this.minimisedValue = m.value();
            List<String> a = settingAncestors(List.of(m.node()));
            this.minimisedRep = representatives(a, settings);
            this.minimisedWeight = new int[minimisedRep.length];
            long d = 1;
            for (String name : a) {
                d *= ExactDistribution.of(structure.node(name)).denominator();
                if (d > ExactDistribution.MAX_COMMON_DENOMINATOR) {
                    throw new InvalidStructureException("the settings " + String.join(", ", a) + " of " + m + " need a common denominator above "
                            + ExactDistribution.MAX_COMMON_DENOMINATOR + "; use simpler fractions for their distributions");
                }
            }
            for (int t = 0; t < minimisedRep.length; t++) {
                long w = 1;
                for (String name : a) {
                    int i = structure.indexOf(name);
                    w *= ExactDistribution.of(structure.node(name)).weight(settingValue[i][minimisedRep[t]]);
                }
                minimisedWeight[t] = (int) w;
            }
            this.scale = (int) d;
            r = 1;
        } else {
            this.minimisedNode = -1;
            this.minimisedValue = 0;
            this.minimisedRep = new int[0];
            this.minimisedWeight = new int[0];
            this.scale = 1;
        }
        this.rows = r;

        // the pricing search: the sink k that makes it cheapest
        int bestSink = -1;
        double bestWork = Double.POSITIVE_INFINITY;
        double bestLeaves = 0;
        for (int v : order) {
            if (!isOutcome[v] || !structure.dag().children(nodes.get(v).name()).isEmpty() || sliceCount(v) > SLICE_LIMIT) {
                continue;
            }
            double logLeaves = 0;
            for (int w : order) {
                logLeaves += w == v ? 0 : entries[w] * log2(radix[w]);
            }
            double work = logLeaves + log2(leafWork(v));
            if (work < bestWork) {
                bestWork = work;
                bestSink = v;
                bestLeaves = logLeaves;
            }
        }
        if (bestSink < 0) {
            throw new InvalidStructureException("cannot price structure '" + structure.name() + "': every outcome without children has more than "
                    + SLICE_LIMIT + " response slices over its relaxed inputs");
        }
        this.sink = bestSink;
        this.enumerated = Arrays.stream(order).filter(v -> v != sink).toArray();
        String search = "about 2^" + Math.round(bestLeaves) + " combinations of the response tables of " + names(enumerated) + " (those of "
                + nodes.get(sink).name() + " optimised per configuration), about 2^" + Math.round(bestWork) + " operations per pricing call";
        if (bestWork > SEARCHED_WORK) {
            throw new InvalidStructureException("pricing structure '" + structure.name() + "' would search " + search + "; at most 2^" + SEARCHED_WORK
                    + " are searched, so this structure is too large to solve exactly");
        }
        this.bounded = bestWork > enumeratedWork;
        if (bounded && scenario.size() * (double) (structure.outcomes().size() + 1) > BOUND_TABLE_LIMIT) {
            throw new InvalidStructureException("pricing structure '" + structure.name() + "' would search " + search + " with bounds over "
                    + scenario.size() + " behaviour entries; too large to solve exactly");
        }
        this.slices = new SinkSlices();
        this.scratch = ThreadLocal.withInitial(() -> new int[n]);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static int pairs(int values) {
        return values * (values - 1) / 2;
    }

    private String names(int[] nodeIndices) {
        List<String> l = new ArrayList<>();
        for (int v : nodeIndices) {
            l.add(nodes.get(v).name());
        }
        return String.join(", ", l);
    }

    /** The position of {@code parent} among node v's table inputs. */
    private int position(int v, int parent) {
        for (int j = 0; j < inputs[v].length; j++) {
            if (inputs[v][j] == parent) {
                return j;
            }
        }
        throw new IllegalStateException(nodes.get(parent).name() + " is not a table input of " + nodes.get(v).name());
    }

    /** The settings among the given nodes and their ancestors, in declaration order. */
    private List<String> settingAncestors(List<String> of) {
        java.util.Set<String> anc = structure.dag().ancestors(of);
        List<String> s = new ArrayList<>();
        for (Node n : structure.settings()) {
            if (anc.contains(n.name())) {
                s.add(n.name());
            }
        }
        return s;
    }

    /** One block per assignment t of {@code chosen} (row-major, first most significant): those settings at t, the others 0. */
    private int[] representatives(List<String> chosen, List<Node> settings) {
        int count = 1;
        for (String c : chosen) {
            count *= structure.node(c).values();
        }
        int[] rep = new int[count];
        for (int t = 0; t < count; t++) {
            int rest = t;
            int block = 0;
            int blockStride = blocks;
            int[] value = new int[settings.size()];
            for (int i = chosen.size() - 1; i >= 0; i--) {
                int k = settings.indexOf(structure.node(chosen.get(i)));
                value[k] = rest % settings.get(k).values();
                rest /= settings.get(k).values();
            }
            for (int k = 0; k < settings.size(); k++) {
                blockStride /= settings.get(k).values();
                block += value[k] * blockStride;
            }
            rep[t] = block;
        }
        return rep;
    }

    /**
     * The work of one leaf of the search with sink v: lumping its z-weights (blocks·values(v)), then per configuration r
     * of its non-relaxed inputs every slice (its entries plus its row types), or without relaxed inputs every entry.
     */
    private double leafWork(int v) {
        double u = 1;
        double types = 0;
        for (int e = 0; e < edges.size(); e++) {
            if (edgeTo[e] == v) {
                u *= radix[edgeFrom[e]];
            }
        }
        for (int e = 0; e < edges.size(); e++) {
            if (edgeTo[e] == v) {
                types += u / radix[edgeFrom[e]] * pairs(radix[edgeFrom[e]]) * edgeValuesOfV[e];
            }
        }
        double perEntries = sliceCount(v) > 1 || types > 0 ? entries[v] / u * sliceCount(v) * (u + types) : entries[v] * (double) radix[v];
        return blocks * (1.0 + radix[v]) + perEntries;
    }

    /** Number of slices of node v: values(v)^(product of its relaxed inputs' values), 1 without relaxed input. */
    private double sliceCount(int v) {
        double u = 1;
        boolean relaxedInput = false;
        for (int e = 0; e < edges.size(); e++) {
            if (edgeTo[e] == v) {
                u *= radix[edgeFrom[e]];
                relaxedInput = true;
            }
        }
        return relaxedInput ? Math.pow(radix[v], u) : 1;
    }

    public CausalStructure structure() {
        return structure;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public MixedRadix digits() {
        return digits;
    }

    /** The node optimised per configuration by the pricing search (for reports and tests). */
    String pricedSink() {
        return nodes.get(sink).name();
    }

    /** Whether the pricing search prunes with bounds. */
    boolean boundedSearch() {
        return bounded;
    }

    /** Evaluates every node at block s under strategy {@code d} into {@code values} (modified). */
    private void evaluate(int[] d, int s, int[] values) {
        for (int v = 0; v < values.length; v++) {
            if (settingValue[v] != null) {
                values[v] = settingValue[v][s];
            }
        }
        for (int v : order) {
            values[v] = d[offset[v] + entry(v, values, -1, 0)];
        }
    }

    /** Entry of v's table at {@code values}, with input position {@code replaced} (if ≥ 0) set to u. */
    private int entry(int v, int[] values, int replaced, int u) {
        int c = 0;
        for (int j = 0; j < inputs[v].length; j++) {
            c += (j == replaced ? u : values[inputs[v][j]]) * stride[v][j];
        }
        return c;
    }

    @Override
    public void column(int[] strategy, int[] out) {
        int[] values = scratch.get();
        for (int s = 0; s < blocks; s++) {
            evaluate(strategy, s, values);
            int o = 0;
            for (int v = 0; v < values.length; v++) {
                o += values[v] * outcomeStride[v];
            }
            out[s] = s * outcomesPerBlock + o;
        }
    }

    @Override
    public int measureRows() {
        return rows;
    }

    @Override
    public int measureScale() {
        return scale;
    }

    @Override
    public void measureCounts(int[] strategy, int[] counts) {
        int[] values = scratch.get();
        if (minimisedNode >= 0) {
            int c = 0;
            for (int t = 0; t < minimisedRep.length; t++) {
                evaluate(strategy, minimisedRep[t], values);
                c += values[minimisedNode] == minimisedValue ? minimisedWeight[t] : 0;
            }
            counts[0] = c;
            return;
        }
        for (int e = 0; e < edges.size(); e++) {
            int v = edgeTo[e];
            int uValues = radix[edgeFrom[e]];
            int bValues = edgeValuesOfV[e];
            int r = edgeRowStart[e];
            for (int rep : edgeRep[e]) {
                evaluate(strategy, rep, values);
                for (int u1 = 0; u1 < uValues; u1++) {
                    for (int u2 = u1 + 1; u2 < uValues; u2++) {
                        int d1 = strategy[offset[v] + entry(v, values, edgePosition[e], u1)];
                        int d2 = strategy[offset[v] + entry(v, values, edgePosition[e], u2)];
                        for (int b = 0; b < bValues; b++) {
                            counts[r++] = (d1 == b) != (d2 == b) ? 1 : 0;
                        }
                    }
                }
            }
        }
    }

    @Override
    public String measureRowLabel(int row) {
        if (row < 0 || row >= rows) {
            throw new IllegalArgumentException("no measure row " + row);
        }
        if (minimisedNode >= 0) {
            return structure.minimised().get().toString();
        }
        int e = 0;
        while (edgeRowStart[e + 1] <= row) {
            e++;
        }
        int uValues = radix[edgeFrom[e]];
        int bValues = edgeValuesOfV[e];
        int k = row - edgeRowStart[e];
        int b = k % bValues;
        int pair = (k / bValues) % pairs(uValues);
        int t = k / bValues / pairs(uValues);
        int u1 = 0;
        int u2 = 1;
        for (int p = 0; p < pair; p++) {
            if (++u2 == uValues) {
                u1++;
                u2 = u1 + 1;
            }
        }
        String uName = nodes.get(edgeFrom[e]).name();
        String vName = nodes.get(edgeTo[e]).name();
        List<String> rs = edgeSettings.get(e);
        StringBuilder given = new StringBuilder();
        for (String name : rs) {
            given.append(',').append(name).append('=').append(settingValue[structure.indexOf(name)][edgeRep[e][t]]);
        }
        String doU = rs.contains(uName) ? uName + "->" + vName : uName;
        return String.format("|p(%s=%d|do(%s=%d)%s) - p(%s=%d|do(%s=%d)%s)|", vName, b, doU, u1, given, vName, b, doU, u2, given);
    }

    /** One response function per non-setting node, in evaluation order, over its table inputs. */
    @Override
    public List<ResponseFunction> responses(int[] strategy) {
        List<ResponseFunction> r = new ArrayList<>();
        for (int v : order) {
            List<String> args = new ArrayList<>();
            int[] shape = new int[inputs[v].length];
            for (int j = 0; j < shape.length; j++) {
                args.add(nodes.get(inputs[v][j]).name());
                shape[j] = radix[inputs[v][j]];
            }
            r.add(new ResponseFunction(nodes.get(v).name(), args, shape, Arrays.copyOfRange(strategy, offset[v], offset[v] + entries[v])));
        }
        return r;
    }

    @Override
    public void price(double[] z, double[] w, Pricing out) {
        out.reset();
        new Search(z, w, out).run();
    }

    /**
     * The sink k's slices: r runs over the configurations of k's non-relaxed inputs, u over those of its relaxed
     * inputs, and a slice σ is a table u → value of k. {@code types} are the relaxed-edge rows into k as functions
     * of one slice: (edge e = U→k, the values α of k's other relaxed inputs, a pair u1 &lt; u2 of U, a value b).
     */
    private final class SinkSlices {
        final int values = radix[sink];
        final boolean relaxedInto;
        final int uCount;
        final int rCount;
        /** entryOf[r·uCount + u]: the entry of k's table; slotOf is its inverse (the identity without relaxed inputs). */
        final int[] entryOf;
        final int[] slotOf;
        /** Positions of k's non-relaxed inputs, and their strides in r. */
        final int[] nrPosition;
        final int[] nrStride;
        final int count;
        /** digit[σ·uCount + u]: the value of slice σ at u (u-th digit of σ in radix values). */
        final int[] digit;
        final int types;
        /** For each slice σ, the types whose count is 1: hitTypes[hitStart[σ] … hitStart[σ+1]). */
        final int[] hitStart;
        final int[] hitTypes;
        /** Per edge into k (else null): the type of (α, pair, b) is typeBase + (α·pairs + pair)·bValues + b. */
        final int[] typeBase;
        /** Per edge into k: positions of k's other relaxed inputs and their strides in α. */
        final int[][] alphaPosition;
        final int[][] alphaStride;
        /**
         * Whether r(t) and α(t) of every row into k are settings' values, so that the penalties of the slices are the
         * same at every leaf (Fig. 1b–c: r = y) and are summed once per pricing call.
         */
        final boolean fixedPenalties;

        SinkSlices() {
            int n = inputs[sink].length;
            boolean[] relaxedPos = new boolean[n];
            for (int e = 0; e < edges.size(); e++) {
                if (edgeTo[e] == sink) {
                    relaxedPos[edgePosition[e]] = true;
                }
            }
            int[] uStride = new int[n];
            int u = 1;
            int r = 1;
            List<Integer> nr = new ArrayList<>();
            for (int j = n - 1; j >= 0; j--) {
                if (relaxedPos[j]) {
                    uStride[j] = u;
                    u *= radix[inputs[sink][j]];
                }
            }
            int[] rStride = new int[n];
            for (int j = n - 1; j >= 0; j--) {
                if (!relaxedPos[j]) {
                    rStride[j] = r;
                    r *= radix[inputs[sink][j]];
                    nr.add(0, j);
                }
            }
            this.relaxedInto = u > 1 || Arrays.stream(edgeTo).anyMatch(v -> v == sink);
            this.uCount = u;
            this.rCount = r;
            this.nrPosition = nr.stream().mapToInt(Integer::intValue).toArray();
            this.nrStride = new int[nrPosition.length];
            for (int i = 0; i < nrPosition.length; i++) {
                nrStride[i] = rStride[nrPosition[i]];
            }
            this.entryOf = new int[r * u];
            int[] value = new int[n];
            for (int c = 0; c < entries[sink]; c++) {
                int rest = c;
                for (int j = n - 1; j >= 0; j--) {
                    value[j] = rest % radix[inputs[sink][j]];
                    rest /= radix[inputs[sink][j]];
                }
                int ri = 0;
                int ui = 0;
                for (int j = 0; j < n; j++) {
                    ri += value[j] * rStride[j];
                    ui += value[j] * uStride[j];
                }
                entryOf[ri * u + ui] = c;
            }
            this.slotOf = new int[entryOf.length];
            for (int i = 0; i < entryOf.length; i++) {
                slotOf[entryOf[i]] = i;
            }
            this.count = relaxedInto ? (int) Math.round(Math.pow(values, u)) : 0;
            this.digit = new int[count * u];
            for (int s = 0; s < count; s++) {
                int rest = s;
                for (int k = 0; k < u; k++) {
                    digit[s * u + k] = rest % values;
                    rest /= values;
                }
            }
            this.typeBase = new int[edges.size()];
            this.alphaPosition = new int[edges.size()][];
            this.alphaStride = new int[edges.size()][];
            int t = 0;
            List<int[]> typeUs = new ArrayList<>(); // {u1 config, u2 config, b}
            for (int e = 0; e < edges.size(); e++) {
                if (edgeTo[e] != sink) {
                    continue;
                }
                typeBase[e] = t;
                int q = edgePosition[e];
                List<Integer> others = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (relaxedPos[j] && j != q) {
                        others.add(j);
                    }
                }
                alphaPosition[e] = others.stream().mapToInt(Integer::intValue).toArray();
                alphaStride[e] = new int[alphaPosition[e].length];
                int alphas = 1;
                for (int i = alphaPosition[e].length - 1; i >= 0; i--) {
                    alphaStride[e][i] = alphas;
                    alphas *= radix[inputs[sink][alphaPosition[e][i]]];
                }
                int uValues = radix[inputs[sink][q]];
                for (int alpha = 0; alpha < alphas; alpha++) {
                    int base = 0;
                    int rest = alpha;
                    for (int i = alphaPosition[e].length - 1; i >= 0; i--) {
                        int p = alphaPosition[e][i];
                        base += (rest % radix[inputs[sink][p]]) * uStride[p];
                        rest /= radix[inputs[sink][p]];
                    }
                    for (int u1 = 0; u1 < uValues; u1++) {
                        for (int u2 = u1 + 1; u2 < uValues; u2++) {
                            for (int b = 0; b < edgeValuesOfV[e]; b++) {
                                typeUs.add(new int[] {base + u1 * uStride[q], base + u2 * uStride[q], b});
                                t++;
                            }
                        }
                    }
                }
            }
            this.types = t;
            boolean fixed = true;
            for (int p : nrPosition) {
                fixed &= settingValue[inputs[sink][p]] != null;
            }
            for (int[] positions : alphaPosition) {
                for (int p : positions == null ? new int[0] : positions) {
                    fixed &= settingValue[inputs[sink][p]] != null;
                }
            }
            this.fixedPenalties = fixed;
            this.hitStart = new int[count + 1];
            List<Integer> hits = new ArrayList<>();
            for (int s = 0; s < count; s++) {
                for (int k = 0; k < t; k++) {
                    int[] ty = typeUs.get(k);
                    if ((digit[s * u + ty[0]] == ty[2]) != (digit[s * u + ty[1]] == ty[2])) {
                        hits.add(k);
                    }
                }
                hitStart[s + 1] = hits.size();
            }
            this.hitTypes = hits.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * One pricing call: the depth-first search over the enumerated tables, with the sink optimised per slice. The
     * lumped z-weights G_c(v) of the sink are stored by slot (r·uCount + u, {@link SinkSlices#slotOf}), so that one
     * slice's entries are contiguous.
     */
    private final class Search {
        private final double[] z;
        private final double[] w;
        private final Pricing out;
        private final int[] current = digits.first();
        /** value[v][s] of every node at every block (settings: shared constant arrays). */
        private final int[][] value = new int[nodes.size()][];
        /** The partial outcome index of the outcomes fixed before level ℓ, per block (aliases when unchanged). */
        private final int[][] outcomeIndex;
        /** The configuration of level ℓ's node's inputs, per block. */
        private final int[][] config;
        private final double[] penalty;
        // leaf scratch
        private final double[] lumped;
        private final double[] weighted;
        private final boolean[] penalised;
        /** slicePenalty[r·count + σ] = Σ over the types σ hits of weighted[r][type], when the penalties are fixed. */
        private final double[] slicePenalty;
        private final int[] bestSlice;
        /** The part of the sink's table entry that its setting inputs give, per block. */
        private final int[] sinkBase = new int[blocks];
        private final int[] sinkConfig = new int[blocks];
        // bounds
        private final double[][] blockMax;
        private final double margin;
        /** Per level of the bounded search: the bounds of the node's tables and their indices, for best-first order (null: odometer order). */
        private final double[][] orderKeys;
        private final int[][] orderTables;

        Search(double[] z, double[] w, Pricing out) {
            this.z = z;
            this.w = w;
            this.out = out;
            int levels = enumerated.length;
            for (int v = 0; v < nodes.size(); v++) {
                value[v] = settingValue[v] != null ? settingValue[v] : new int[blocks];
            }
            this.outcomeIndex = new int[levels + 1][];
            outcomeIndex[0] = new int[blocks];
            for (int l = 0; l < levels; l++) {
                outcomeIndex[l + 1] = isOutcome[enumerated[l]] ? new int[blocks] : outcomeIndex[l];
            }
            this.config = new int[levels][blocks];
            this.penalty = new double[levels + 1];
            this.lumped = new double[entries[sink] * slices.values];
            this.weighted = new double[slices.rCount * Math.max(1, slices.types)];
            this.penalised = new boolean[slices.rCount];
            this.bestSlice = new int[Math.max(slices.rCount, entries[sink])];
            for (int j = 0; j < inputs[sink].length; j++) {
                int[] in = settingValue[inputs[sink][j]];
                for (int b = 0; b < blocks && in != null; b++) {
                    sinkBase[b] += in[b] * stride[sink][j];
                }
            }
            if (slices.relaxedInto && slices.fixedPenalties) {
                weigh();
                this.slicePenalty = new double[slices.rCount * slices.count];
                for (int r = 0; r < slices.rCount; r++) {
                    for (int sl = 0; sl < slices.count && penalised[r]; sl++) {
                        double p = 0;
                        for (int h = slices.hitStart[sl]; h < slices.hitStart[sl + 1]; h++) {
                            p -= weighted[r * slices.types + slices.hitTypes[h]];
                        }
                        slicePenalty[r * slices.count + sl] = p;
                    }
                }
            } else {
                this.slicePenalty = null;
            }
            double maxZ = 0;
            for (double v : z) {
                maxZ = Math.max(maxZ, Math.abs(v));
            }
            double sumW = 0;
            for (double v : w) {
                sumW += Math.abs(v);
            }
            this.margin = 2 * (blocks + rows + 2) * Math.ulp(1.0) * (blocks * maxZ + scale * sumW);
            this.blockMax = bounded ? blockMaxima() : null;
            this.orderKeys = new double[levels][];
            this.orderTables = new int[levels][];
            for (int l = 0; l < levels && bounded; l++) {
                double tablesOfNode = Math.pow(radix[enumerated[l]], entries[enumerated[l]]);
                if (tablesOfNode <= ORDERED_TABLES) {
                    orderKeys[l] = new double[(int) tablesOfNode];
                    orderTables[l] = new int[(int) tablesOfNode];
                }
            }
        }

        /**
         * blockMax[ℓ][s·O + o]: the largest z-entry of block s whose outcomes fixed before level ℓ take the values
         * of the partial outcome index o (the outcomes not yet fixed free).
         */
        private double[][] blockMaxima() {
            int levels = enumerated.length;
            double[][] m = new double[levels + 1][];
            boolean[] known = new boolean[nodes.size()];
            for (int l = 0; l <= levels; l++) {
                if (l > 0 && !isOutcome[enumerated[l - 1]]) {
                    m[l] = m[l - 1];
                    continue;
                }
                if (l > 0) {
                    known[enumerated[l - 1]] = true;
                }
                int[] projection = new int[outcomesPerBlock];
                for (int o = 0; o < outcomesPerBlock; o++) {
                    int p = 0;
                    for (int v = 0; v < nodes.size(); v++) {
                        if (known[v]) {
                            p += (o / outcomeStride[v]) % radix[v] * outcomeStride[v];
                        }
                    }
                    projection[o] = p;
                }
                double[] t = new double[z.length];
                Arrays.fill(t, Double.NEGATIVE_INFINITY);
                for (int s = 0; s < blocks; s++) {
                    int base = s * outcomesPerBlock;
                    for (int o = 0; o < outcomesPerBlock; o++) {
                        t[base + projection[o]] = Math.max(t[base + projection[o]], z[base + o]);
                    }
                }
                m[l] = t;
            }
            return m;
        }

        void run() {
            descend(0);
        }

        /** Enumerates the tables of the node at level ℓ (every level below fixed), or evaluates a leaf. */
        private void descend(int level) {
            if (level == enumerated.length) {
                leaf();
                return;
            }
            int v = enumerated[level];
            int[] cfg = config[level];
            Arrays.fill(cfg, 0);
            for (int j = 0; j < inputs[v].length; j++) {
                int[] in = value[inputs[v][j]];
                int st = stride[v][j];
                for (int s = 0; s < blocks; s++) {
                    cfg[s] += in[s] * st;
                }
            }
            int from = offset[v];
            int to = from + entries[v];
            Arrays.fill(current, from, to, 0);
            if (bounded && orderKeys[level] != null) {
                descendBestFirst(level, from, to);
                return;
            }
            do {
                fix(level);
                if (!bounded || out.accepts(bound(level + 1) + margin)) {
                    descend(level + 1);
                }
            } while (nextTable(from, to, radix[v]));
        }

        /**
         * The bounded search at one level, best bound first: every table of the node is bounded, then the tables are
         * tried in decreasing order of their bounds until one cannot beat the strategies kept (nor can any after it).
         */
        private void descendBestFirst(int level, int from, int to) {
            int v = enumerated[level];
            double[] keys = orderKeys[level];
            int[] tables = orderTables[level];
            int n = 0;
            do {
                fix(level);
                keys[n] = bound(level + 1);
                tables[n] = n;
                n++;
            } while (nextTable(from, to, radix[v]));
            sortDescending(keys, tables, 0, n - 1);
            for (int i = 0; i < n && out.accepts(keys[i] + margin); i++) {
                int rest = tables[i];
                for (int d = from; d < to; d++) {
                    current[d] = rest % radix[v];
                    rest /= radix[v];
                }
                fix(level);
                descend(level + 1);
            }
        }

        /** With the node at level ℓ set to the table in {@link #current}: its values, the outcomes fixed so far and the penalties. */
        private void fix(int level) {
            int v = enumerated[level];
            int from = offset[v];
            int[] cfg = config[level];
            int[] val = value[v];
            for (int s = 0; s < blocks; s++) {
                val[s] = current[from + cfg[s]];
            }
            int[] before = outcomeIndex[level];
            int[] after = outcomeIndex[level + 1];
            if (after != before) {
                int ostride = outcomeStride[v];
                for (int s = 0; s < blocks; s++) {
                    after[s] = before[s] + val[s] * ostride;
                }
            }
            penalty[level + 1] = penalty[level] + rowsInto(v);
        }

        /** Sorts keys[lo..hi] in decreasing order, permuting {@code tables} alike (quicksort; no allocation). */
        private void sortDescending(double[] keys, int[] tables, int lo, int hi) {
            while (lo < hi) {
                double pivot = keys[(lo + hi) >>> 1];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (keys[i] > pivot) {
                        i++;
                    }
                    while (keys[j] < pivot) {
                        j--;
                    }
                    if (i <= j) {
                        double k = keys[i];
                        keys[i] = keys[j];
                        keys[j] = k;
                        int t = tables[i];
                        tables[i] = tables[j];
                        tables[j] = t;
                        i++;
                        j--;
                    }
                }
                if (j - lo < hi - i) {
                    sortDescending(keys, tables, lo, j);
                    lo = i;
                } else {
                    sortDescending(keys, tables, i, hi);
                    hi = j;
                }
            }
        }

        /** Odometer over the digits [from, to) of one table; false (digits all 0) after the last table. */
        private boolean nextTable(int from, int to, int r) {
            for (int d = from; d < to; d++) {
                if (++current[d] < r) {
                    return true;
                }
                current[d] = 0;
            }
            return false;
        }

        /** −Σ w_i·counts_i over the measure rows of edges into enumerated node v (and the p(m=v) row if v is m). */
        private double rowsInto(int v) {
            double p = 0;
            if (v == minimisedNode) {
                int c = 0;
                int[] val = value[v];
                for (int t = 0; t < minimisedRep.length; t++) {
                    c += val[minimisedRep[t]] == minimisedValue ? minimisedWeight[t] : 0;
                }
                return c == 0 ? 0 : -(w[0] * c);
            }
            for (int e = 0; e < edges.size(); e++) {
                if (edgeTo[e] != v) {
                    continue;
                }
                int q = edgePosition[e];
                int uStride = stride[v][q];
                int uValues = radix[edgeFrom[e]];
                int bValues = edgeValuesOfV[e];
                int r = edgeRowStart[e];
                for (int rep : edgeRep[e]) {
                    int c0 = offset[v];
                    for (int j = 0; j < inputs[v].length; j++) {
                        c0 += j == q ? 0 : value[inputs[v][j]][rep] * stride[v][j];
                    }
                    for (int u1 = 0; u1 < uValues; u1++) {
                        for (int u2 = u1 + 1; u2 < uValues; u2++) {
                            int d1 = current[c0 + u1 * uStride];
                            int d2 = current[c0 + u2 * uStride];
                            for (int b = 0; b < bValues; b++, r++) {
                                if ((d1 == b) != (d2 == b)) {
                                    p -= w[r];
                                }
                            }
                        }
                    }
                }
            }
            return p;
        }

        /** An upper bound on every completion of the levels below ℓ: their penalties plus each block's best consistent entry. */
        private double bound(int level) {
            double b = penalty[level];
            double[] m = blockMax[level];
            int[] o = outcomeIndex[level];
            for (int s = 0; s < blocks; s++) {
                b += m[s * outcomesPerBlock + o[s]];
            }
            return b;
        }

        /** Every enumerated table fixed: the best table of the sink, per slice (or per entry), and the offer. */
        private void leaf() {
            int k = sink;
            int kv = slices.values;
            int[] o = outcomeIndex[enumerated.length];
            Arrays.fill(lumped, 0);
            System.arraycopy(sinkBase, 0, sinkConfig, 0, blocks);
            for (int j = 0; j < inputs[k].length; j++) {
                if (settingValue[inputs[k][j]] != null) {
                    continue;
                }
                int[] in = value[inputs[k][j]];
                int st = stride[k][j];
                for (int s = 0; s < blocks; s++) {
                    sinkConfig[s] += in[s] * st;
                }
            }
            int ks = outcomeStride[k];
            int[] slot = slices.slotOf;
            for (int s = 0; s < blocks; s++) {
                int e = s * outcomesPerBlock + o[s];
                int g = slot[sinkConfig[s]] * kv;
                for (int b = 0; b < kv; b++) {
                    lumped[g + b] += z[e + b * ks];
                }
            }
            double total = penalty[enumerated.length];
            if (!slices.relaxedInto) {
                for (int c = 0; c < entries[k]; c++) {
                    double best = lumped[c * kv];
                    int arg = 0;
                    for (int b = 1; b < kv; b++) {
                        if (lumped[c * kv + b] > best) {
                            best = lumped[c * kv + b];
                            arg = b;
                        }
                    }
                    total += best;
                    bestSlice[c] = arg;
                }
            } else {
                total += slices();
            }
            if (!out.accepts(total)) {
                return;
            }
            int from = offset[k];
            if (!slices.relaxedInto) {
                System.arraycopy(bestSlice, 0, current, from, entries[k]);
            } else {
                int u = slices.uCount;
                for (int r = 0; r < slices.rCount; r++) {
                    for (int i = 0; i < u; i++) {
                        current[from + slices.entryOf[r * u + i]] = slices.digit[bestSlice[r] * u + i];
                    }
                }
            }
            out.offer(current, total);
        }

        /** Σ over the configurations r of k's non-relaxed inputs of the best slice's score; the argmax in bestSlice. */
        private double slices() {
            if (slicePenalty == null) {
                weigh();
            }
            int u = slices.uCount;
            int kv = slices.values;
            double total = 0;
            for (int r = 0; r < slices.rCount; r++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                if (!penalised[r]) {
                    // no penalty: the entries of the slice are independent
                    double sum = 0;
                    int code = 0;
                    for (int i = u - 1; i >= 0; i--) {
                        int g = (r * u + i) * kv;
                        double m = lumped[g];
                        int a = 0;
                        for (int b = 1; b < kv; b++) {
                            if (lumped[g + b] > m) {
                                m = lumped[g + b];
                                a = b;
                            }
                        }
                        sum += m;
                        code = code * kv + a;
                    }
                    best = sum;
                    arg = code;
                } else {
                    int wBase = r * slices.types;
                    for (int sl = 0; sl < slices.count; sl++) {
                        double v = 0;
                        int dBase = sl * u;
                        int gBase = r * u * kv;
                        for (int i = 0; i < u; i++) {
                            v += lumped[gBase + i * kv + slices.digit[dBase + i]];
                        }
                        if (slicePenalty != null) {
                            v += slicePenalty[r * slices.count + sl];
                        } else {
                            for (int h = slices.hitStart[sl]; h < slices.hitStart[sl + 1]; h++) {
                                v -= weighted[wBase + slices.hitTypes[h]];
                            }
                        }
                        if (v > best) {
                            best = v;
                            arg = sl;
                        }
                    }
                }
                total += best;
                bestSlice[r] = arg;
            }
            return total;
        }

        /** weighted[r·types + type]: the sum of w over the rows into the sink that are that type of slice r; penalised[r] if any. */
        private void weigh() {
            int types = slices.types;
            Arrays.fill(weighted, 0);
            Arrays.fill(penalised, false);
            for (int e = 0; e < edges.size(); e++) {
                if (edgeTo[e] != sink) {
                    continue;
                }
                int bValues = edgeValuesOfV[e];
                int perAlpha = pairs(radix[edgeFrom[e]]) * bValues;
                int row = edgeRowStart[e];
                for (int rep : edgeRep[e]) {
                    int r = 0;
                    for (int i = 0; i < slices.nrPosition.length; i++) {
                        r += value[inputs[sink][slices.nrPosition[i]]][rep] * slices.nrStride[i];
                    }
                    int alpha = 0;
                    for (int i = 0; i < slices.alphaPosition[e].length; i++) {
                        alpha += value[inputs[sink][slices.alphaPosition[e][i]]][rep] * slices.alphaStride[e][i];
                    }
                    int type = r * types + slices.typeBase[e] + alpha * perAlpha;
                    for (int k = 0; k < perAlpha; k++, row++) {
                        if (w[row] != 0) {
                            weighted[type + k] += w[row];
                            penalised[r] = true;
                        }
                    }
                }
            }
        }
    }

}
