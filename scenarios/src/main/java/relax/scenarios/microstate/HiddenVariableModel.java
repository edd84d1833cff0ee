package relax.scenarios.microstate;

import java.util.List;

/**
 * An explicit finite hidden-variable model of a bipartite Bell experiment (Ciepielewski &amp; Okon, section 4):
 * a joint distribution of the settings x, y, the state λ of the pair and the apparatus microstates λ_a,
 * λ_b, with response tables for the results a and b,
 * <pre>
 *   P(x, y, λ, λ_a, λ_b, a, b) = p(x,y) · p(λ | S) · p(λ_a, λ_b | M) · A(a | R_A) · B(b | R_B),
 * </pre>
 * where the conditioning sets are declared by the model: S ⊆ {x, y}, M ⊆ {x, y, λ}, R_A ⊆ {x, y, λ, λ_a, λ_b}
 * and R_B ⊆ {x, y, λ, λ_a, λ_b, a}. Every joint distribution of (x, y, λ, λ_a, λ_b) with p(x,y) &gt; 0 is of
 * this form (the chain rule), so the format restricts only the results; the locally causal models are those
 * with R_A ⊆ {x, λ, λ_a} and R_B ⊆ {y, λ, λ_b}, the default.
 *
 * <p>Each variable has named values; a variable the model does not declare (λ, λ_a or λ_b) has a single
 * value and appears in no table. Immutable; {@link ModelFile} builds and validates it.
 *
 * @param name        the model's name (may be empty)
 * @param description free text (may be empty)
 * @param values      the value names of each variable, indexed by {@link ModelVariable#ordinal()};
 *                    an undeclared variable has the single value ""
 * @param declared    which variables the model declares, as bits
 * @param tables      the factors, in causal order
 */
public record HiddenVariableModel(String name, String description, List<List<String>> values, int declared, List<ConditionalTable> tables) {

    /** Number of values of variable v. */
    public int count(ModelVariable v) {
        return values.get(v.ordinal()).size();
    }

    /** The name of value {@code index} of variable v. */
    public String valueName(ModelVariable v, int index) {
        return values.get(v.ordinal()).get(index);
    }

    public boolean declares(ModelVariable v) {
        return (declared & v.bit()) != 0;
    }

    /** The table of the given role ({@code settings}, {@code state}, {@code microstates}, {@code A}, {@code B}), or null. */
    public ConditionalTable table(String role) {
        return tables.stream().filter(t -> t.role().equals(role)).findFirst().orElse(null);
    }

    /** The number of value combinations of all seven variables (the size of the dense joint table). */
    public long combinations() {
        long n = 1;
        for (ModelVariable v : ModelVariable.values()) {
            n = Math.multiplyExact(n, count(v));
        }
        return n;
    }
}
