package relax.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.InvalidBehaviourException;
import relax.core.NearestDouble;

/**
 * Numbers as users write them, read as the exact rationals they denote: a JSON number ({@code 0.1} is
 * exactly 1/10, {@code 1e-10} is 1/10^10), or a string holding a decimal ({@code "0.25"}) or a fraction of
 * two decimals ({@code "1/3"}, {@code "-2.5/7"}; a Unicode minus − is read as -). NaN, infinities, numbers
 * beyond the double range (|x| ≥ 2^1024) and non-zero numbers too small for a double (|x| < 2^-1075) are
 * rejected: the engine computes with the nearest double of every exact value, and that must exist and be
 * non-zero when the value is.
 *
 * <p>Every failure is one line naming the entry ({@code label}) and what was expected.
 */
public final class ExactNumber {
    /** Longest decimal or fraction read from a string, in characters. */
    static final int MAX_STRING_NUMBER_CHARS = 10_000;

    /** Largest |decimal exponent| of the numerator or denominator of a fraction (the quotient is checked on its own). */
    private static final int MAX_PART_EXPONENT = 2000;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private ExactNumber() {
    }

    /**
     * The exact value of a JSON number or of a string holding a decimal or a fraction.
     *
     * @param label the entry, e.g. {@code p[0][1][1][0]}
     * @param what  what it should be, e.g. "a probability"
     */
    static BigFraction of(JsonNode n, String label, String what) {
        return of(n, label, what, true);
    }

    /** {@link #of(JsonNode, String, String)}, with or without the advice on how to write a number. */
    private static BigFraction of(JsonNode n, String label, String what, boolean advice) {
        if (n.isIntegralNumber()) {
            return checked(new BigFraction(n.bigIntegerValue()), label, JsonText.show(n));
        }
        if (n.isBigDecimal()) {
            return of(n.decimalValue(), label, JsonText.show(n));
        }
        if (n.isNumber()) { // NaN or ±Infinity: the only doubles the JSON reader produces
            throw new InvalidBehaviourException(label + " = " + n.asText() + " is not " + what + " (only finite numbers are allowed)");
        }
        if (n.isTextual()) {
            return parse(n.asText(), label, what, advice);
        }
        throw new InvalidBehaviourException(label + " = " + JsonText.show(n) + " is not " + what
                + (advice ? " (write a number such as 0.25, or a fraction as a string such as \"1/4\")" : ""));
    }

    /** The exact value of a decimal or fraction literal (see the class comment), e.g. a command-line value. */
    public static BigFraction parse(String literal, String label, String what) {
        return parse(literal, label, what, true);
    }

    private static BigFraction parse(String literal, String label, String what, boolean advice) {
        String t = literal.strip().replace('\u2212', '-');
        String shown = "\"" + TerminalText.excerpt(literal, 40) + "\"";
        if (t.equalsIgnoreCase("nan") || t.matches("(?i)[+-]?(inf|infinity)")) {
            throw new InvalidBehaviourException(label + " = " + shown + " is not " + what + " (only finite numbers are allowed)");
        }
        if (t.length() > MAX_STRING_NUMBER_CHARS) {
            throw new InvalidBehaviourException(label + " = " + shown + " is longer than " + MAX_STRING_NUMBER_CHARS
                    + " characters, the limit for a number");
        }
        int slash = t.indexOf('/');
        if (slash < 0) {
            return of(decimal(t, label, shown, what, advice), label, shown);
        }
        String num = t.substring(0, slash).strip();
        String den = t.substring(slash + 1).strip();
        BigFraction n = exact(decimal(num, label, shown, what, advice));
        BigFraction d = exact(decimal(den, label, shown, what, advice));
        if (d.getNumerator().signum() == 0) {
            throw new InvalidBehaviourException(label + " = " + shown + " divides by zero");
        }
        return checked(n.divide(d), label, shown);
    }

    private static BigDecimal decimal(String t, String label, String shown, String what, boolean advice) {
        if (!DECIMAL.matcher(t).matches()) {
            throw new InvalidBehaviourException(label + " = " + shown + " is not " + what
                    + (advice ? " (write a decimal such as 0.25 or 1e-3, or a fraction such as \"1/4\")" : ""));
        }
        try {
            BigDecimal d = new BigDecimal(t);
            if (d.signum() != 0 && Math.abs(exponent(d)) > MAX_PART_EXPONENT) { // before 10^exponent is ever formed
                throw tooFar(label, shown, exponent(d) > 0);
            }
            return d;
        } catch (NumberFormatException e) { // an exponent beyond the int range
            throw tooFar(label, shown, !t.matches(".*[eE]-.*"));
        }
    }

    /** floor(log10 |d|) for d ≠ 0, in long arithmetic (the scale may be near the int limits). */
    private static long exponent(BigDecimal d) {
        return (long) d.precision() - d.scale() - 1;
    }

    private static BigFraction of(BigDecimal d, String label, String shown) {
        if (d.signum() != 0 && (exponent(d) > 310 || exponent(d) < -400)) {
            throw tooFar(label, shown, exponent(d) > 0);
        }
        return checked(exact(d), label, shown);
    }

    /** The exact rational value of a decimal whose exponent has been bounded. */
    static BigFraction exact(BigDecimal d) {
        if (d.signum() == 0) {
            return BigFraction.ZERO; // 0e999999999 is 0, without forming 10^999999999
        }
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(d.scale())) : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }

    /** v if its nearest double is finite, and non-zero when v is. */
    private static BigFraction checked(BigFraction v, String label, String shown) {
        double d = NearestDouble.of(v);
        if (Double.isInfinite(d) || d == 0 && v.getNumerator().signum() != 0) {
            throw tooFar(label, shown, Double.isInfinite(d));
        }
        return v;
    }

    private static InvalidBehaviourException tooFar(String label, String shown, boolean large) {
        return new InvalidBehaviourException(label + " = " + shown + (large
                ? " is too large: numbers must be below 1.8e308 in magnitude, the largest double"
                : " is too small to compute with (closer to 0 than 4.9e-324, the smallest double): write 0 if you mean 0"));
    }

    /**
     * The whole number a JSON value denotes (any exact form: {@code 10}, {@code 10.0}, {@code 1e1}, {@code "10"}).
     *
     * @param what what the number counts, for the message, e.g. "runs"
     */
    static BigInteger whole(JsonNode n, String label, String what) {
        BigFraction v = of(n, label, "a whole number of " + what, false);
        if (!v.getDenominator().equals(BigInteger.ONE)) {
            throw new InvalidBehaviourException(label + " = " + JsonText.show(n) + " is not a whole number of " + what);
        }
        return v.getNumerator();
    }

    /** The whole number a CSV field denotes, like {@link #whole(JsonNode, String, String)}. */
    static BigInteger whole(String field, String label, String what) {
        BigFraction v = parse(field, label, "a whole number of " + what, false);
        if (!v.getDenominator().equals(BigInteger.ONE)) {
            throw new InvalidBehaviourException(label + " = " + TerminalText.excerpt(field.strip(), 40) + " is not a whole number of " + what);
        }
        return v.getNumerator();
    }

    /** Whether v has a terminating decimal expansion (its reduced denominator is 2^i 5^j). */
    static boolean terminates(BigFraction v) {
        BigInteger d = v.getDenominator();
        d = d.shiftRight(d.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (d.signum() > 0 && !d.equals(BigInteger.ONE)) {
            BigInteger[] qr = d.divideAndRemainder(five);
            if (qr[1].signum() != 0) {
                return false;
            }
            d = qr[0];
        }
        return true;
    }

    /** The exact decimal of a terminating v. */
    private static BigDecimal decimal(BigFraction v) {
        return new BigDecimal(v.getNumerator()).divide(new BigDecimal(v.getDenominator())).stripTrailingZeros();
    }

    /**
     * v for a message: its exact decimal when that terminates within 30 significant digits, else a short
     * fraction "n/d", else ≈ 17 significant digits.
     */
    static String show(BigFraction v) {
        if (terminates(v)) {
            BigDecimal d = decimal(v);
            return d.precision() <= 30 ? show(d) : "≈" + show(d.round(new MathContext(17, RoundingMode.HALF_EVEN)));
        }
        if (v.getNumerator().bitLength() <= 40 && v.getDenominator().bitLength() <= 40) {
            return v.getNumerator() + "/" + v.getDenominator();
        }
        return "≈" + show(new BigDecimal(v.getNumerator()).divide(new BigDecimal(v.getDenominator()), new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    /** A decimal as a person writes it: 0.25, 0.0001, 1e-10, 1e30 (plain for exponents −6 … 20 within 24 characters). */
    static String show(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.signum() == 0) {
            return "0";
        }
        long exponent = exponent(s);
        if (exponent >= -6 && exponent <= 20 && s.precision() <= 20) {
            return s.toPlainString();
        }
        BigDecimal mantissa = s.movePointLeft((int) exponent);
        return mantissa.toPlainString() + "e" + exponent;
    }

    /**
     * v as an exact literal: the decimal as a JSON number when it terminates (plain, e.g. 0.125), otherwise
     * the fraction as a string ("1/3"), which every reader of the engine accepts.
     */
    static JsonNode literal(BigFraction v) {
        if (terminates(v)) {
            BigDecimal d = decimal(v);
            if (d.toString().length() <= JsonText.MAX_NUMBER_CHARS) {
                return DecimalNode.valueOf(d.scale() < 0 ? d.setScale(0) : d);
            }
        }
        return TextNode.valueOf(text(v));
    }

    /** v as exact text: a terminating decimal ("0.125", "1E-20" in Java's notation) or a fraction "1/3". */
    static String text(BigFraction v) {
        if (terminates(v)) {
            BigDecimal d = decimal(v);
            return (d.scale() < 0 ? d.setScale(0) : d).toString();
        }
        return v.getNumerator() + "/" + v.getDenominator();
    }
}
