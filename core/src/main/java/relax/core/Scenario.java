package relax.core;

import java.util.Arrays;

/**
 * A Bell scenario: N parties, party i choosing one of {@code m_i} inputs and obtaining one of
 * {@code o_i} outputs.
 *
 * <p>A behaviour p(a_1…a_N | x_1…x_N) is stored as a flat array in the order of the JSON nesting
 * {@code p[x1]…[xN][a1]…[aN]} (row-major): the entry index is
 * {@code block(x) · Π o_i + outcome(a)}, where {@code block(x)} is the row-major index of the input
 * tuple and {@code outcome(a)} that of the output tuple. For two parties this is
 * {@code index(x, y, a, b) = ((x·my + y)·oa + a)·ob + b}.
 *
 * <p>Immutable.
 */
public final class Scenario {
    private final int[] inputs;
    private final int[] outputs;
    private final int inputBlocks;
    private final int outcomesPerBlock;

    private Scenario(int[] inputs, int[] outputs) {
        if (inputs.length != outputs.length || inputs.length == 0) {
            throw new IllegalArgumentException("a scenario needs as many input counts as output counts, at least one party");
        }
        long blocks = 1;
        long outcomes = 1;
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] < 1 || outputs[i] < 1) {
                throw new IllegalArgumentException("party " + partyName(i) + " needs at least one input and one output, got "
                        + inputs[i] + " inputs and " + outputs[i] + " outputs");
            }
            blocks *= inputs[i];
            outcomes *= outputs[i];
            if (blocks * outcomes > 50_000_000L) {
                throw new IllegalArgumentException("scenario " + describe(inputs, outputs) + " is too large (more than 5e7 probabilities)");
            }
        }
        this.inputs = inputs.clone();
        this.outputs = outputs.clone();
        this.inputBlocks = (int) blocks;
        this.outcomesPerBlock = (int) outcomes;
    }

    /** A scenario with the given input and output counts per party. */
    public static Scenario of(int[] inputs, int[] outputs) {
        return new Scenario(inputs, outputs);
    }

    /** The bipartite scenario with Alice's mx inputs and oa outputs and Bob's my inputs and ob outputs. */
    public static Scenario bipartite(int mx, int my, int oa, int ob) {
        return new Scenario(new int[] {mx, my}, new int[] {oa, ob});
    }

    /**
     * Parses {@code "m1,…,mN,o1,…,oN"}: first every party's number of inputs, then every party's number
     * of outputs, e.g. {@code "3,3,2,2"} for the I3322 scenario.
     *
     * @throws IllegalArgumentException with a readable message when the text is not of that form
     */
    public static Scenario parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length < 2 || parts.length % 2 != 0) {
            throw new IllegalArgumentException("scenario '" + text + "' must list inputs then outputs per party, e.g. 2,2,2,2 (mx,my,oa,ob)");
        }
        int n = parts.length / 2;
        int[] in = new int[n];
        int[] out = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                in[i] = Integer.parseInt(parts[i]);
                out[i] = Integer.parseInt(parts[n + i]);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scenario '" + text + "' must be whole numbers separated by commas, e.g. 2,2,2,2");
        }
        return new Scenario(in, out);
    }

    public int parties() {
        return inputs.length;
    }

    public int inputs(int party) {
        return inputs[party];
    }

    public int outputs(int party) {
        return outputs[party];
    }

    /** A copy of the input counts, one per party. */
    public int[] inputCounts() {
        return inputs.clone();
    }

    /** A copy of the output counts, one per party. */
    public int[] outputCounts() {
        return outputs.clone();
    }

    /** Number of input tuples (x_1…x_N): the number of normalised blocks of a behaviour. */
    public int inputBlocks() {
        return inputBlocks;
    }

    /** Number of output tuples (a_1…a_N) in each block. */
    public int outcomesPerBlock() {
        return outcomesPerBlock;
    }

    /** Number of probabilities p(a|x) in a behaviour. */
    public int size() {
        return inputBlocks * outcomesPerBlock;
    }

    /** Row-major index of the input tuple x. */
    public int block(int... x) {
        return mixedRadix(x, inputs, "input");
    }

    /** Row-major index of the output tuple a. */
    public int outcome(int... a) {
        return mixedRadix(a, outputs, "output");
    }

    /** Flat index of p(a|x) given block and outcome indices. */
    public int index(int block, int outcome) {
        return block * outcomesPerBlock + outcome;
    }

    /** Flat index of p(a,b|x,y) in a bipartite scenario. */
    public int index(int x, int y, int a, int b) {
        return ((x * inputs[1] + y) * outputs[0] + a) * outputs[1] + b;
    }

    /** Writes the input tuple of {@code block} into {@code x} (length N); {@code x} is modified. */
    public void decodeBlock(int block, int[] x) {
        decodeMixedRadix(block, inputs, x);
    }

    /** Writes the output tuple of {@code outcome} into {@code a} (length N); {@code a} is modified. */
    public void decodeOutcome(int outcome, int[] a) {
        decodeMixedRadix(outcome, outputs, a);
    }

    /** Human-readable name of entry {@code index}, e.g. {@code p(01|10)} for p(a=0,b=1|x=1,y=0). */
    public String entryName(int index) {
        int[] x = new int[parties()];
        int[] a = new int[parties()];
        decodeBlock(index / outcomesPerBlock, x);
        decodeOutcome(index % outcomesPerBlock, a);
        boolean compact = true;
        for (int i = 0; i < parties(); i++) {
            compact &= inputs[i] <= 10 && outputs[i] <= 10;
        }
        String sep = compact ? "" : ",";
        StringBuilder s = new StringBuilder("p(");
        for (int i = 0; i < a.length; i++) {
            s.append(i > 0 ? sep : "").append(a[i]);
        }
        s.append('|');
        for (int i = 0; i < x.length; i++) {
            s.append(i > 0 ? sep : "").append(x[i]);
        }
        return s.append(')').toString();
    }

    /** JSON path of entry {@code index}, e.g. {@code p[1][0][0][1]}. */
    public String entryPath(int index) {
        int[] x = new int[parties()];
        int[] a = new int[parties()];
        decodeBlock(index / outcomesPerBlock, x);
        decodeOutcome(index % outcomesPerBlock, a);
        StringBuilder s = new StringBuilder("p");
        for (int v : x) {
            s.append('[').append(v).append(']');
        }
        for (int v : a) {
            s.append('[').append(v).append(']');
        }
        return s.toString();
    }

    /** Conventional party name: A, B, C, … */
    public static String partyName(int party) {
        return String.valueOf((char) ('A' + party));
    }

    /** Conventional input symbol of a party: x, y, z for up to three parties, x1, x2, … beyond. */
    public String inputSymbol(int party) {
        return parties() <= 3 ? String.valueOf("xyz".charAt(party)) : "x" + (party + 1);
    }

    /** Conventional output symbol of a party: a, b, c, … */
    public static String outputSymbol(int party) {
        return String.valueOf((char) ('a' + party));
    }

    private static int mixedRadix(int[] digits, int[] radix, String what) {
        if (digits.length != radix.length) {
            throw new IllegalArgumentException("expected " + radix.length + " " + what + "s, got " + digits.length);
        }
        int v = 0;
        for (int i = 0; i < radix.length; i++) {
            if (digits[i] < 0 || digits[i] >= radix[i]) {
                throw new IllegalArgumentException(what + " of party " + partyName(i) + " must be in 0.." + (radix[i] - 1) + ", got " + digits[i]);
            }
            v = v * radix[i] + digits[i];
        }
        return v;
    }

    private static void decodeMixedRadix(int v, int[] radix, int[] out) {
        for (int i = radix.length - 1; i >= 0; i--) {
            out[i] = v % radix[i];
            v /= radix[i];
        }
    }

    /** The scenario as {@code m1,…,mN,o1,…,oN}, the form {@link #parse} reads. */
    @Override
    public String toString() {
        return describe(inputs, outputs);
    }

    private static String describe(int[] in, int[] out) {
        StringBuilder s = new StringBuilder();
        for (int v : in) {
            s.append(s.length() > 0 ? "," : "").append(v);
        }
        for (int v : out) {
            s.append(',').append(v);
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && Arrays.equals(inputs, s.inputs) && Arrays.equals(outputs, s.outputs);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(inputs) + Arrays.hashCode(outputs);
    }
}
