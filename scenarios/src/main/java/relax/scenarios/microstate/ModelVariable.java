package relax.scenarios.microstate;

/**
 * The seven variables of an explicit hidden-variable model of a Bell experiment (Ciepielewski &amp; Okon,
 * sections 2 and 4), in causal order: the settings x and y (the paper's a and b), the complete state λ
 * of the pair, the microstates λ_a and λ_b of the two apparatuses and their environments (the paper's
 * footnote 3), and the results a and b (the paper's A and B).
 *
 * <p>{@link #ordinal()} is the variable's position in the joint distribution and its bit in a
 * variable set ({@code 1 << ordinal()}); {@link #key} is its name in model files and JSON.
 */
public enum ModelVariable {
    X("x", "x"),
    Y("y", "y"),
    LAMBDA("lambda", "λ"),
    LAMBDA_A("lambda_a", "λ_a"),
    LAMBDA_B("lambda_b", "λ_b"),
    A("a", "a"),
    B("b", "b");

    private final String key;
    private final String symbol;

    ModelVariable(String key, String symbol) {
        this.key = key;
        this.symbol = symbol;
    }

    /** The name in model files and JSON, e.g. {@code lambda_a}. */
    public String key() {
        return key;
    }

    /** The symbol in text reports, e.g. {@code λ_a}. */
    public String symbol() {
        return symbol;
    }

    /** This variable's bit in a variable set. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The set of the given variables as bits. */
    public static int set(ModelVariable... vs) {
        int m = 0;
        for (ModelVariable v : vs) {
            m |= v.bit();
        }
        return m;
    }

    /** The variable named {@code key} in model files, or null. */
    public static ModelVariable byKey(String key) {
        for (ModelVariable v : values()) {
            if (v.key.equals(key)) {
                return v;
            }
        }
        return null;
    }

    /** The keys of the variables in {@code set}, comma-separated in causal order, e.g. {@code x, lambda}. */
    public static String keys(int set) {
        StringBuilder s = new StringBuilder();
        for (ModelVariable v : values()) {
            if ((set & v.bit()) != 0) {
                s.append(s.length() > 0 ? ", " : "").append(v.key);
            }
        }
        return s.toString();
    }
}
