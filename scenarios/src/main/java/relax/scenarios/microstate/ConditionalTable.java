package relax.scenarios.microstate;

import java.util.List;

/**
 * One factor of a model: a conditional distribution p(of | given) over named finite variables, e.g. the
 * microstate distribution p(λ_a, λ_b | x, λ) or Bob's response B(b | y, λ, λ_b).
 *
 * <p>{@code values} is dense and row-major over the {@code given} variables then the {@code of} variables,
 * each in its listed order, with the variables' value counts as radices: {@link #at} reads it at a full
 * assignment. Every row (fixed given values) sums to exactly 1 — the reader checks that.
 *
 * @param role   where the table sits in the model file: {@code settings}, {@code state}, {@code microstates},
 *               {@code A} or {@code B}
 * @param of     the distributed variables
 * @param given  the conditioning variables
 * @param radix  number of values of each variable, indexed by {@link ModelVariable#ordinal()}
 * @param values the probabilities (not copied; read-only)
 */
public record ConditionalTable(String role, List<ModelVariable> of, List<ModelVariable> given, int[] radix, Surd[] values) {

    /** p(of | given) at the full assignment {@code digits} (one value index per variable, by ordinal). */
    public Surd at(int[] digits) {
        int i = 0;
        for (ModelVariable v : given) {
            i = i * radix[v.ordinal()] + digits[v.ordinal()];
        }
        for (ModelVariable v : of) {
            i = i * radix[v.ordinal()] + digits[v.ordinal()];
        }
        return values[i];
    }

    /** The variables the table mentions, as a set of bits. */
    public int variables() {
        int m = 0;
        for (ModelVariable v : of) {
            m |= v.bit();
        }
        for (ModelVariable v : given) {
            m |= v.bit();
        }
        return m;
    }

    /** The table in conditional notation, e.g. {@code p(lambda_a, lambda_b | x, lambda)}. */
    public String notation() {
        StringBuilder s = new StringBuilder("p(");
        for (int k = 0; k < of.size(); k++) {
            s.append(k > 0 ? ", " : "").append(of.get(k).key());
        }
        if (!given.isEmpty()) {
            s.append(" | ");
            for (int k = 0; k < given.size(); k++) {
                s.append(k > 0 ? ", " : "").append(given.get(k).key());
            }
        }
        return s.append(')').toString();
    }
}
