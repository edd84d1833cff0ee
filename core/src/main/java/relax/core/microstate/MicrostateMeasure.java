package relax.core.microstate;

import java.util.Locale;
import relax.core.locality.CausalModel;

/**
 * The four measures of how strongly Bob's apparatus microstate λ_b must depend on Alice's side in a locally
 * causal, settings-independent model (docs/microstate-independence.md, §6; after Ciepielewski &amp; Okon,
 * eq. (25)), TV the total-variation distance and K_λ the distribution of λ_b:
 * <pre>
 *   ON_X          D_X→λb   = max_{x,x'}   Σ_λ p(λ) TV(K_λ(·|x),   K_λ(·|x'))
 *   ON_X_GIVEN_Y  D_X→λb^y = max_{y,x,x'} Σ_λ p(λ) TV(K_λ(·|x,y), K_λ(·|x',y))   (λ_b may also depend on y)
 *   ON_A          D_A→λb   = max_{a,a'}   Σ_λ p(λ) TV(K_λ(·|a),   K_λ(·|a'))     (dependence on the far result)
 *   ON_A_GIVEN_Y  D_A→λb^y = max_{y,a,a'} Σ_λ p(λ) TV(K_λ(·|a,y), K_λ(·|a',y))
 * </pre>
 * With two values of the far variable the minimum over models reproducing p is an LP over the deterministic
 * strategies of the X→B or A→B kind ({@link #kind()}; Chaves et al. 2015, Fig. 1c, 1b) with the measure rows of
 * {@link MicrostateStrategies}.
 */
public enum MicrostateMeasure {
    ON_X("x", false, CausalModel.X_TO_B),
    ON_X_GIVEN_Y("x-given-y", true, CausalModel.X_TO_B),
    ON_A("a", false, CausalModel.A_TO_B),
    ON_A_GIVEN_Y("a-given-y", true, CausalModel.A_TO_B);

    private final String key;
    private final boolean givenY;
    private final CausalModel kind;

    MicrostateMeasure(String key, boolean givenY, CausalModel kind) {
        this.key = key;
        this.givenY = givenY;
        this.kind = kind;
    }

    /** The command-line name: x, x-given-y, a or a-given-y. */
    public String key() {
        return key;
    }

    /** Whether λ_b may also depend on Bob's own setting (and the distance is taken at fixed y). */
    public boolean givenY() {
        return givenY;
    }

    /** The strategies whose couplings realise the models: X→B for dependence on x, A→B for dependence on a. */
    public CausalModel kind() {
        return kind;
    }

    /** The far variable λ_b depends on: x or a. */
    public String far() {
        return kind == CausalModel.X_TO_B ? "x" : "a";
    }

    /** The measure's symbol, e.g. {@code D(λ_b on x | y)}. */
    public String symbol() {
        return "D(λ_b on " + far() + (givenY ? " | y" : "") + ")";
    }

    /** The definition in words. */
    public String definition() {
        String f = far();
        String given = givenY ? "," + "y" : "";
        return "max_{" + (givenY ? "y," : "") + f + "," + f + "'} Σ_λ p(λ) TV(p(λ_b|" + f + given + ",λ), p(λ_b|" + f + "'" + given + ",λ))";
    }

    /** The measure named {@code key} (x, x-given-y, a, a-given-y), case-insensitive. */
    public static MicrostateMeasure fromKey(String key) {
        for (MicrostateMeasure m : values()) {
            if (m.key.equals(key.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown microstate measure '" + key + "': expected one of x, x-given-y, a, a-given-y");
    }
}
