package relax.scenarios.microstate;

import java.util.Map;

/**
 * How strongly one microstate depends on the far setting in a settings-independent model, the quantity whose
 * minimum over models reproducing a behaviour {@code docs/microstate-independence.md} derives:
 * <pre>
 *   D(λ_b on x)         = max_{x,x'} Σ_λ p(λ) · TV(p(λ_b|x,λ), p(λ_b|x',λ))
 *   D(λ_b on x given y) = max_{y,x,x'} Σ_λ p(λ) · TV(p(λ_b|x,y,λ), p(λ_b|x',y,λ))
 * </pre>
 * and the same for λ_a and y, with TV(p, q) = ½ Σ |p − q| the total-variation distance.
 *
 * @param key    the machine name, e.g. {@code lambda_b_on_x_given_y}
 * @param micro  the microstate, λ_a or λ_b
 * @param far    the far setting
 * @param near   the near setting held fixed, or null
 * @param value  the dependence, exact
 * @param where  the maximising settings (value indices), keyed by variable ({@code x}, {@code x'}, {@code y}); empty when the value is 0
 */
public record MicrostateDependence(String key, ModelVariable micro, ModelVariable far, ModelVariable near, Surd value, Map<String, Integer> where) {

    /** The definition in words with this project's symbols. */
    public String definition() {
        String f = far.symbol();
        String n = near == null ? "" : near.symbol();
        String settings = near == null ? f + "," + f + "'" : n + "," + f + "," + f + "'";
        return "max_{" + settings + "} Σ_λ p(λ) TV(" + conditional(f) + ", " + conditional(f + "'") + ")";
    }

    /** p(μ | settings, λ) with the settings in causal order (x before y). */
    private String conditional(String farValue) {
        String given = near == null ? farValue : near.ordinal() < far.ordinal() ? near.symbol() + "," + farValue : farValue + "," + near.symbol();
        return "p(" + micro.symbol() + "|" + given + ",λ)";
    }
}
