package relax.scenarios.functional;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.contextuality.CompatibilityScenario;

/**
 * Prints a vector z over the entries of a compatibility behaviour as the expression ⟨z, p⟩ — a noncontextuality
 * inequality's left side.
 *
 * <p>When every measurement has two outcomes, z is printed in correlators: each context's z_c(t) is expanded as
 * Σ_S ẑ_S (−1)^{Σ_{i∈S} t_i} over the sets S of its slots, ẑ_S = 2^{−n} Σ_t z_c(t) (−1)^{Σ_{i∈S} t_i}, so
 * ⟨z, p⟩ = Σ_c Σ_{S≠∅} ẑ_S ⟨Π_{i∈S} A_i⟩_c + Σ_c ẑ_∅, printed {@code 3/4 <m1 m4 m7>_C1 - 1/4 <m1 m2>_R1 - 5/4};
 * e.g. ⟨KS⟩ of Pearl &amp; Cavalcanti, eq. (6), prints as {@code <m1 m2 m3>_R1 + … - <m3 m6 m9>_C3}. Otherwise each
 * context's most frequent coefficient is moved into the constant (the probabilities of a context sum to 1) and the
 * rest printed as {@code 1/2 p(a=0,b=1|ab)}. Either way the value on every normalised behaviour is ⟨z, p⟩ exactly.
 */
public final class ContextualExpression {
    private ContextualExpression() {
    }

    /** ⟨z, p⟩ in words (see the class comment). */
    public static String format(CompatibilityScenario s, BigFraction[] z) {
        boolean binary = true;
        for (int m = 0; m < s.measurements(); m++) {
            binary &= s.outcomes(m) == 2;
        }
        StringBuilder out = new StringBuilder();
        BigFraction constant = BigFraction.ZERO;
        for (int c = 0; c < s.contexts(); c++) {
            constant = constant.add(binary ? correlators(s, c, z, out) : probabilities(s, c, z, out));
        }
        if (constant.getNumerator().signum() != 0 || out.length() == 0) {
            term(out, constant, "");
        }
        return out.toString();
    }

    /** Appends context c's correlator terms; returns its constant ẑ_∅. */
    private static BigFraction correlators(CompatibilityScenario s, int c, BigFraction[] z, StringBuilder out) {
        int n = s.size(c);
        BigFraction constant = BigFraction.ZERO;
        for (int set = 0; set < 1 << n; set++) {
            BigFraction coefficient = BigFraction.ZERO;
            for (int t = 0; t < s.tuples(c); t++) {
                BigFraction v = z[s.entry(c, t)];
                coefficient = Integer.bitCount(t & set) % 2 == 0 ? coefficient.add(v) : coefficient.subtract(v);
            }
            coefficient = coefficient.divide(1 << n);
            if (set == 0) {
                constant = coefficient;
            } else if (coefficient.getNumerator().signum() != 0) {
                StringBuilder symbol = new StringBuilder("<");
                boolean first = true;
                for (int slot = 0; slot < n; slot++) {
                    if ((set >> (n - 1 - slot) & 1) != 0) {
                        symbol.append(first ? "" : " ").append(s.measurementName(s.measurement(c, slot)));
                        first = false;
                    }
                }
                term(out, coefficient, symbol.append(">_").append(s.contextName(c)).toString());
            }
        }
        return constant;
    }

    /** Appends context c's probability terms relative to its most frequent coefficient; returns that coefficient. */
    private static BigFraction probabilities(CompatibilityScenario s, int c, BigFraction[] z, StringBuilder out) {
        Map<BigFraction, Integer> frequency = new HashMap<>();
        BigFraction mode = BigFraction.ZERO;
        int best = 0;
        for (int t = 0; t < s.tuples(c); t++) {
            BigFraction v = z[s.entry(c, t)];
            int k = frequency.merge(v, 1, Integer::sum);
            if (k > best || (k == best && v.getNumerator().signum() == 0)) {
                best = k;
                mode = v;
            }
        }
        for (int t = 0; t < s.tuples(c); t++) {
            BigFraction v = z[s.entry(c, t)].subtract(mode);
            if (v.getNumerator().signum() != 0) {
                term(out, v, s.entryName(s.entry(c, t)));
            }
        }
        return mode;
    }

    private static void term(StringBuilder out, BigFraction c, String symbol) {
        boolean negative = c.getNumerator().signum() < 0;
        BigFraction a = negative ? c.negate() : c;
        if (out.length() > 0) {
            out.append(negative ? " - " : " + ");
        } else if (negative) {
            out.append('-');
        }
        boolean one = a.equals(BigFraction.ONE);
        if (!one || symbol.isEmpty()) {
            out.append(BellExpression.fraction(a));
        }
        if (!symbol.isEmpty()) {
            out.append(one ? "" : " ").append(symbol);
        }
    }
}
