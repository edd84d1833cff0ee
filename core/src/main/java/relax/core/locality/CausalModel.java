package relax.core.locality;

import relax.core.Scenario;

import java.util.Locale;

/**
 * The causal structures of Chaves et al. (2015), Fig. 1a–d, for two parties, each with the measure of how far it
 * relaxes locality.
 *
 * <ul>
 *   <li>{@link #LHV} (Fig. 1a): a = f(x, λ), b = g(y, λ). No measure; the question is whether p is local.</li>
 *   <li>{@link #X_TO_B} (Fig. 1c): b = g(x, y, λ); measure C_X→B, eq. (29).</li>
 *   <li>{@link #A_TO_B} (Fig. 1b): b = g(a, y, λ); measure C_A→B, eq. (4).</li>
 *   <li>{@link #COMMUNICATION} (Fig. 1d): one bit m = h(x, a, λ) from Alice to Bob, b = g(m, y, λ);
 *       measure p(m=0) of eq. (39) with uniform p(x).</li>
 * </ul>
 */
public enum CausalModel {
    LHV("lhv", "local hidden variables (Fig. 1a)", "", "local"),
    X_TO_B("x2b", "Alice's input x influences Bob's output (Fig. 1c)", "C_X→B", "x"),
    A_TO_B("a2b", "Alice's output a influences Bob's output (Fig. 1b)", "C_A→B", "a"),
    COMMUNICATION("comm", "one bit m from Alice to Bob (Fig. 1d)", "p(m=0)", "m");

    private final String key;
    private final String title;
    private final String measure;
    private final String parentSymbol;

    CausalModel(String key, String title, String measure, String parentSymbol) {
        this.key = key;
        this.title = title;
        this.measure = measure;
        this.parentSymbol = parentSymbol;
    }

    /** The command-line name: lhv, x2b, a2b or comm. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** Name of the minimised measure, empty for {@link #LHV}. */
    public String measure() {
        return measure;
    }

    /** The symbol of the extra parent of Bob's output: x, a, m; "local" for LHV. */
    String parentSymbol() {
        return parentSymbol;
    }

    /** The deterministic strategies of this structure in a bipartite scenario. */
    public LocalityStrategies strategies(Scenario scenario) {
        return new LocalityStrategies(this, scenario);
    }

    /**
     * Whether the structure forces p(b|x,y) to be independent of x. Every structure here forces
     * Alice's marginal to be independent of y; only LHV also protects Bob's.
     */
    public boolean bobMarginalMustNotSignal() {
        return this == LHV;
    }

    /** The model named {@code key} (lhv, x2b, a2b, comm), case-insensitive. */
    public static CausalModel fromKey(String key) {
        for (CausalModel m : values()) {
            if (m.key.equals(key.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + key + "': expected one of lhv, x2b, a2b, comm");
    }
}
