package relax.core.structure;

import java.util.List;
import relax.core.InvalidStructureException;

/**
 * The deterministic strategies of a {@link CausalStructure} as digit strings (Chaves et al. 2015, eq. 28): a
 * strategy fixes one response table per non-setting node V, f_V : values of {@link CausalStructure#tableInputs}
 * → {0 … values(V)−1}, and stores entry c of V's table (c the row-major index of the inputs' values, first
 * input most significant) as digit {@code offset(V) + c}, of radix values(V). Every digit string is a strategy
 * and every strategy one digit string, so the space is the mixed-radix product the structure counts.
 *
 * <p>{@link #evaluate} gives the value of every node for one assignment of the settings;
 * {@link #intervened} the value of V when its input from U is replaced by u, the other inputs keeping their
 * evaluated values (do(U = u) on V's input only, eqs. 29–30). Node values are indexed like
 * {@link CausalStructure#nodes()}. No allocation per call. Immutable.
 */
public final class ResponseTables {
    /** Largest number of table entries (digits) indexed. */
    public static final int MAX_DIGITS = 1 << 24;

    private final CausalStructure structure;
    private final int nodeCount;
    /** Non-setting node indices in evaluation order. */
    private final int[] order;
    /** inputs[v] = node indices of v's table inputs; stride[v][k] = place value of input k. */
    private final int[][] inputs;
    private final int[][] stride;
    private final int[] offset;
    private final int[] entries;
    private final int[] radixOfDigit;
    private final int[] settingIndex;
    private final int digits;

    public ResponseTables(CausalStructure structure) {
        this.structure = structure;
        List<Node> nodes = structure.nodes();
        this.nodeCount = nodes.size();
        List<Node> evaluation = structure.responseOrder();
        this.order = new int[evaluation.size()];
        this.inputs = new int[nodeCount][];
        this.stride = new int[nodeCount][];
        this.offset = new int[nodeCount];
        this.entries = new int[nodeCount];
        long total = 0;
        for (int k = 0; k < order.length; k++) {
            Node v = evaluation.get(k);
            int vi = structure.indexOf(v.name());
            order[k] = vi;
            List<String> in = structure.tableInputs(v.name());
            inputs[vi] = new int[in.size()];
            stride[vi] = new int[in.size()];
            long size = 1;
            for (int j = in.size() - 1; j >= 0; j--) {
                inputs[vi][j] = structure.indexOf(in.get(j));
                stride[vi][j] = (int) size;
                size *= structure.node(in.get(j)).values();
                if (size > MAX_DIGITS) {
                    throw new InvalidStructureException("the response table of '" + v.name() + "' has more than " + MAX_DIGITS + " entries");
                }
            }
            offset[vi] = (int) total;
            entries[vi] = (int) size;
            total += size;
            if (total > MAX_DIGITS) {
                throw new InvalidStructureException("the response tables have more than " + MAX_DIGITS + " entries in all");
            }
        }
        this.digits = (int) total;
        this.radixOfDigit = new int[digits];
        for (int vi : order) {
            java.util.Arrays.fill(radixOfDigit, offset[vi], offset[vi] + entries[vi], nodes.get(vi).values());
        }
        List<Node> settings = structure.settings();
        this.settingIndex = new int[settings.size()];
        for (int i = 0; i < settingIndex.length; i++) {
            settingIndex[i] = structure.indexOf(settings.get(i).name());
        }
    }

    public CausalStructure structure() {
        return structure;
    }

    /** Number of digits: the total number of response-table entries. */
    public int digits() {
        return digits;
    }

    /** The radix of digit d: the number of values of the node whose table holds it. */
    public int radix(int digit) {
        return radixOfDigit[digit];
    }

    /** The first digit of node {@code node}'s table (a non-setting node index). */
    public int offset(int node) {
        return offset[node];
    }

    /** Number of entries of node {@code node}'s table. */
    public int entries(int node) {
        return entries[node];
    }

    /**
     * Writes into {@code values} (length = number of nodes; modified) the value of every node when the settings
     * take {@code settings} (one value per setting, in declaration order; not modified) under strategy
     * {@code digits} (not modified).
     */
    public void evaluate(int[] digits, int[] settings, int[] values) {
        for (int i = 0; i < settingIndex.length; i++) {
            values[settingIndex[i]] = settings[i];
        }
        for (int v : order) {
            values[v] = digits[offset[v] + entry(v, values, -1, 0)];
        }
    }

    /**
     * The value of node {@code node} under do({@code parent} = u) on its input only: its table at the values
     * {@code values} (from {@link #evaluate}; not modified) with input {@code parent} replaced by {@code u}.
     *
     * @throws IllegalArgumentException if {@code parent} is not one of the node's table inputs
     */
    public int intervened(int[] digits, int[] values, int node, int parent, int u) {
        int[] in = inputs[node];
        for (int j = 0; j < in.length; j++) {
            if (in[j] == parent) {
                return digits[offset[node] + entry(node, values, j, u)];
            }
        }
        throw new IllegalArgumentException("'" + structure.nodes().get(parent).name() + "' is not an input of the table of '"
                + structure.nodes().get(node).name() + "'");
    }

    private int entry(int v, int[] values, int replaced, int u) {
        int[] in = inputs[v];
        int[] st = stride[v];
        int c = 0;
        for (int j = 0; j < in.length; j++) {
            c += (j == replaced ? u : values[in[j]]) * st[j];
        }
        return c;
    }

    /** The strategy in words, one table per node: e.g. {@code a(x)=(0,1) b(x,y)=((0,1),(1,1)) c=0}. */
    public String describe(int[] digits) {
        StringBuilder s = new StringBuilder();
        for (int v : order) {
            Node n = structure.nodes().get(v);
            s.append(s.length() > 0 ? " " : "").append(n.name());
            List<String> in = structure.tableInputs(n.name());
            if (!in.isEmpty()) {
                s.append('(').append(String.join(",", in)).append(')');
            }
            s.append('=');
            nested(s, digits, offset[v], v, 0);
        }
        return s.toString();
    }

    private void nested(StringBuilder s, int[] digits, int start, int v, int depth) {
        if (depth == inputs[v].length) {
            s.append(digits[start]);
            return;
        }
        s.append('(');
        int count = structure.nodes().get(inputs[v][depth]).values();
        for (int k = 0; k < count; k++) {
            s.append(k > 0 ? "," : "");
            nested(s, digits, start + k * stride[v][depth], v, depth + 1);
        }
        s.append(')');
    }
}
