package relax.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.function.IntFunction;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * Values over the entries of a scenario written as nested JSON lists, e.g. {@code p[x][y][a][b]}, in any
 * {@link IndexOrder}: reading them into the scenario's flat order ({@link Scenario#index}) with the
 * path of every entry as written, and writing them in the canonical order.
 */
final class NestedTable {
    /** Receives one entry: the JSON value, its path as written (e.g. {@code p[0][1][1][0]}) and its flat index. */
    @FunctionalInterface
    interface Entry {
        void accept(JsonNode value, String path, int index);
    }

    private NestedTable() {
    }

    /** Receives one entry of a table: the JSON value, its path (e.g. {@code p[0][1]}) and its index at each level. */
    @FunctionalInterface
    interface Leaf {
        void accept(JsonNode value, String path, int[] digits);
    }

    /**
     * Walks the table {@code node} under {@code key} nested in {@code order}, calling {@code entry} for every
     * entry with its flat index in the scenario's order.
     *
     * @throws InvalidBehaviourException naming the first list whose length does not match the scenario
     */
    static void read(JsonNode node, String key, Scenario s, IndexOrder order, Entry entry) {
        int[] dims = order.dims(s);
        String[] what = new String[dims.length];
        for (int level = 0; level < dims.length; level++) {
            what[level] = order.dimName(level);
        }
        int[] byLetter = new int[dims.length];
        walk(node, key, dims, what, (v, path, digits) -> {
            for (int level = 0; level < digits.length; level++) {
                byLetter[order.letter(level)] = digits[level];
            }
            entry.accept(v, path, index(s, byLetter));
        });
    }

    /**
     * Walks a table {@code node[i1]…[iK]} with {@code dims[d]} entries at level d, in row-major order.
     *
     * @param what the name of each level's length, for messages, e.g. {@code inputs[1]}
     * @throws InvalidBehaviourException naming the first list whose length is not {@code dims} at its level
     */
    static void walk(JsonNode node, String key, int[] dims, String[] what, Leaf leaf) {
        walk(node, key, 0, dims, what, new int[dims.length], leaf);
    }

    private static void walk(JsonNode node, String path, int level, int[] dims, String[] what, int[] digits, Leaf leaf) {
        if (level == dims.length) {
            leaf.accept(node, path, digits);
            return;
        }
        if (!node.isArray()) {
            throw new InvalidBehaviourException(path + " must be a list of " + dims[level] + " entries (" + what[level] + " = "
                    + dims[level] + "), not " + JsonText.kind(node));
        }
        if (node.size() != dims[level]) {
            throw new InvalidBehaviourException(path + " has " + node.size() + " entries but " + what[level] + " = " + dims[level]);
        }
        for (int i = 0; i < dims[level]; i++) {
            digits[level] = i;
            walk(node.get(i), path + "[" + i + "]", level + 1, dims, what, digits, leaf);
        }
    }

    /** The flat index of the entry whose inputs and outputs are {@code digits} (inputs first, in party order). */
    private static int index(Scenario s, int[] digits) {
        int n = s.parties();
        int block = 0;
        int outcome = 0;
        for (int i = 0; i < n; i++) {
            block = block * s.inputs(i) + digits[i];
            outcome = outcome * s.outputs(i) + digits[n + i];
        }
        return s.index(block, outcome);
    }

    /**
     * The lengths of the first list at each level of {@code node} (following first elements), at most
     * {@code maxDepth} levels: the shape the table was written in, if it is rectangular.
     */
    static int[] shape(JsonNode node, int maxDepth) {
        int depth = 0;
        for (JsonNode n = node; n.isArray() && !n.isEmpty() && depth < maxDepth; n = n.get(0)) {
            depth++;
        }
        int[] shape = new int[depth];
        JsonNode n = node;
        for (int i = 0; i < depth; i++) {
            shape[i] = n.size();
            n = n.get(0);
        }
        return shape;
    }

    /**
     * The numbers of a table of exactly {@code shape}, as nearest doubles in the order they are written, or null
     * if the table is not of that shape or holds something that is not a number.
     */
    static double[] doubles(JsonNode node, int[] shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] out = new double[size];
        int[] position = {0};
        try {
            walk(node, "", shape, new String[shape.length], (v, path, digits) -> out[position[0]++] = relax.core.NearestDouble.of(ExactNumber.of(v, path, "")));
            return out;
        } catch (InvalidBehaviourException e) {
            return null;
        }
    }

    /** Values over the entries of {@code s} as nested lists in the canonical order p[x1]..[xN][a1]..[aN]. */
    static ArrayNode write(Scenario s, IntFunction<JsonNode> value) {
        int n = s.parties();
        int[] radix = new int[2 * n];
        for (int i = 0; i < n; i++) {
            radix[i] = s.inputs(i);
            radix[n + i] = s.outputs(i);
        }
        ArrayNode root = JsonText.MAPPER.createArrayNode();
        fill(root, radix, 0, value, new int[1]);
        return root;
    }

    private static void fill(ArrayNode node, int[] radix, int depth, IntFunction<JsonNode> value, int[] position) {
        for (int i = 0; i < radix[depth]; i++) {
            if (depth == radix.length - 1) {
                node.add(value.apply(position[0]++));
            } else {
                fill(node.addArray(), radix, depth + 1, value, position);
            }
        }
    }
}
