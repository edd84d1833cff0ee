package relax.scenarios.functional;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;

/**
 * Prints a vector z over behaviour entries as the Bell-like expression ⟨z, p⟩, e.g.
 * {@code 1/2 p(00|00) - 1/2 p(01|11) + 1/2}.
 *
 * <p>Each block of a behaviour sums to one, so adding a constant c to every entry of one block adds c
 * to ⟨z, p⟩ for every behaviour: the expression is unchanged if that constant is moved into a separate
 * constant term. To print few terms, each block's most frequent coefficient is moved out this way; the
 * value of the expression on every normalised behaviour is exactly ⟨z, p⟩.
 */
public final class BellExpression {
    /** Longest fraction printed as such; longer ones are printed as rounded decimals. */
    private static final int MAX_FRACTION = 24;

    private BellExpression() {
    }

    /** ⟨z, p⟩ in words, with the most frequent coefficient of each block folded into a constant. */
    public static String format(Scenario s, BigFraction[] z) {
        return format(s, z, s::entryName);
    }

    /** As {@link #format(Scenario, BigFraction[])}, naming entry i {@code names.apply(i)} (e.g. {@code p(a=0,b=1|x=2)}). */
    public static String format(Scenario s, BigFraction[] z, java.util.function.IntFunction<String> names) {
        int k = s.outcomesPerBlock();
        StringBuilder out = new StringBuilder();
        BigFraction constant = BigFraction.ZERO;
        for (int block = 0; block < s.inputBlocks(); block++) {
            BigFraction mode = mostFrequent(z, block * k, k);
            constant = constant.add(mode);
            for (int o = 0; o < k; o++) {
                BigFraction c = z[block * k + o].subtract(mode);
                if (c.getNumerator().signum() != 0) {
                    appendTerm(out, c, names.apply(block * k + o));
                }
            }
        }
        if (constant.getNumerator().signum() != 0 || out.length() == 0) {
            appendTerm(out, constant, "");
        }
        return out.toString();
    }

    private static BigFraction mostFrequent(BigFraction[] z, int from, int length) {
        Map<BigFraction, Integer> frequency = new HashMap<>();
        BigFraction best = BigFraction.ZERO;
        int bestCount = 0;
        for (int i = from; i < from + length; i++) {
            int c = frequency.merge(z[i], 1, Integer::sum);
            if (c > bestCount || (c == bestCount && z[i].getNumerator().signum() == 0)) {
                best = z[i];
                bestCount = c;
            }
        }
        return best;
    }

    private static void appendTerm(StringBuilder out, BigFraction c, String symbol) {
        boolean negative = c.getNumerator().signum() < 0;
        BigFraction a = negative ? c.negate() : c;
        if (out.length() > 0) {
            out.append(negative ? " - " : " + ");
        } else if (negative) {
            out.append("-");
        }
        boolean one = a.equals(BigFraction.ONE);
        if (!one || symbol.isEmpty()) {
            out.append(fraction(a));
        }
        if (!symbol.isEmpty()) {
            out.append(one ? "" : " ").append(symbol);
        }
    }

    /**
     * Whether {@link #format} shows every coefficient of z exactly (no fraction too long to print, which
     * {@link #fraction} rounds to 12 significant digits).
     */
    public static boolean exactInText(BigFraction[] z) {
        for (BigFraction f : z) {
            if (!f.getDenominator().equals(java.math.BigInteger.ONE) && (f.getNumerator() + "/" + f.getDenominator()).length() > MAX_FRACTION) {
                return false;
            }
        }
        return true;
    }

    /** A fraction as {@code 3/4}, an integer as {@code 3}; long ones as a decimal with 12 digits. */
    public static String fraction(BigFraction f) {
        if (f.getDenominator().equals(java.math.BigInteger.ONE)) {
            return f.getNumerator().toString();
        }
        String s = f.getNumerator() + "/" + f.getDenominator();
        return s.length() <= MAX_FRACTION ? s : String.format(java.util.Locale.ROOT, "%.12g", f.doubleValue());
    }
}
