package relax.core.strategy;

import java.util.List;

/**
 * One deterministic response function of a strategy, machine-readable: the output of {@code symbol} for
 * every value of its {@code arguments}, e.g. Bob's {@code b(x,y)} under X→B. {@code values} lists the
 * outputs in row-major order over {@code shape} (one extent per argument; no arguments: one value).
 *
 * @param symbol    the output's symbol, e.g. {@code a}, {@code m}, {@code b}
 * @param arguments the symbols of its arguments in order, e.g. {@code [x, y]}
 * @param shape     the number of values of each argument
 * @param values    the outputs, row-major over {@code shape}
 */
public record ResponseFunction(String symbol, List<String> arguments, int[] shape, int[] values) {

    public ResponseFunction {
        arguments = List.copyOf(arguments);
        shape = shape.clone();
        values = values.clone();
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (arguments.size() != shape.length || values.length != n) {
            throw new IllegalArgumentException("a response of " + arguments.size() + " arguments with shape of rank " + shape.length
                    + " needs " + n + " values, got " + values.length);
        }
    }

    /** In words: {@code b(x,y)=((1,1),(1,0))}, {@code a(x)=(0,1)} or {@code b=1}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(symbol);
        if (!arguments.isEmpty()) {
            s.append('(').append(String.join(",", arguments)).append(')');
        }
        s.append('=');
        nested(s, 0, 0);
        return s.toString();
    }

    /** Appends the block of dimension {@code dim} starting at flat offset {@code offset}; returns the offset after it. */
    private int nested(StringBuilder s, int dim, int offset) {
        if (dim == shape.length) {
            s.append(values[offset]);
            return offset + 1;
        }
        s.append('(');
        for (int i = 0; i < shape[dim]; i++) {
            if (i > 0) {
                s.append(',');
            }
            offset = nested(s, dim + 1, offset);
        }
        s.append(')');
        return offset;
    }

    /** The outputs as nested lists (one level per argument), e.g. for JSON. */
    public Object nested() {
        return nestedList(0, new int[] {0});
    }

    private Object nestedList(int dim, int[] offset) {
        if (dim == shape.length) {
            return values[offset[0]++];
        }
        Object[] level = new Object[shape[dim]];
        for (int i = 0; i < shape[dim]; i++) {
            level[i] = nestedList(dim + 1, offset);
        }
        return List.of(level);
    }

    /** The strategy in words: its response functions separated by spaces. */
    public static String describe(List<ResponseFunction> responses) {
        StringBuilder s = new StringBuilder();
        for (ResponseFunction r : responses) {
            s.append(s.length() > 0 ? " " : "").append(r);
        }
        return s.toString();
    }
}
