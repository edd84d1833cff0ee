package relax.scenarios.microstate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * An exact real number {@code a + b·√d} of a real quadratic field Q(√d): rational a and b and a square-free
 * radicand d ≥ 2, or a plain rational (b = 0, reported with d = 1).
 *
 * <p>Why not only rationals: the singlet's statistics at the CHSH angles, e.g. Tsirelson's box
 * p(a,b|x,y) = (2 ± √2)/8, lie in Q(√2), and an auditor that has to round them can no longer say that a
 * model reproduces Tsirelson's box, only something near it. Q(√d) is a field, so the probabilities,
 * conditionals, products and differences an audit needs stay exact, and its order is decidable exactly:
 * the sign of a + b√d is that of a or of b, whichever term is larger in magnitude, and a² = d·b² is
 * impossible for rational a, b ≠ 0 and square-free d ≥ 2 ({@link #signum}).
 *
 * <p>One radicand per computation: combining √2 with √3 (which would leave the field) throws
 * {@link IllegalArgumentException}. Immutable; {@link #equals} is numerical equality.
 */
public final class Surd implements Comparable<Surd> {
    public static final Surd ZERO = new Surd(BigFraction.ZERO, BigFraction.ZERO, 1);
    public static final Surd ONE = new Surd(BigFraction.ONE, BigFraction.ZERO, 1);
    private static final MathContext DIGITS = new MathContext(40);
    /** Longest decimal (digits or exponent) and largest radicand accepted, so that no input can exhaust memory or time. */
    private static final int MAX_DIGITS = 1000;
    private static final long MAX_RADICAND = 1_000_000_000_000L;

    private final BigFraction a;
    private final BigFraction b;
    private final long d;

    private Surd(BigFraction a, BigFraction b, long d) {
        boolean rational = b.equals(BigFraction.ZERO);
        this.a = a;
        this.b = rational ? BigFraction.ZERO : b;
        this.d = rational ? 1 : d;
    }

    /** The rational r. */
    public static Surd of(BigFraction r) {
        return new Surd(r, BigFraction.ZERO, 1);
    }

    /** The rational p/q. */
    public static Surd of(long p, long q) {
        return of(new BigFraction(p, q));
    }

    /** The exact value of a decimal, e.g. 0.1 is 1/10. */
    public static Surd of(BigDecimal v) {
        if (Math.abs((long) v.scale()) > MAX_DIGITS || v.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException(v + " has more than " + MAX_DIGITS + " digits");
        }
        return of(v.scale() > 0 ? new BigFraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()))
                : new BigFraction(v.toBigIntegerExact()));
    }

    /** √n for an integer n ≥ 0, with square factors taken out: √8 = 2√2, √9 = 3. */
    public static Surd sqrt(long n) {
        if (n < 0 || n > MAX_RADICAND) {
            throw new IllegalArgumentException("sqrt(" + n + ") is not supported (whole numbers from 0 to " + MAX_RADICAND + ")");
        }
        long outside = 1;
        long inside = n;
        for (long f = 2; f * f <= inside; f++) {
            while (inside % (f * f) == 0) {
                inside /= f * f;
                outside *= f;
            }
        }
        if (n == 0) {
            return ZERO;
        }
        return inside == 1 ? of(outside, 1) : new Surd(BigFraction.ZERO, new BigFraction(outside), inside);
    }

    /** The radicand d: 1 for a rational, else the square-free d ≥ 2. */
    public long radicand() {
        return d;
    }

    public boolean isRational() {
        return d == 1;
    }

    public boolean isZero() {
        return d == 1 && a.equals(BigFraction.ZERO);
    }

    public Surd add(Surd o) {
        if (d == 1 && o.d == 1) {
            return of(a.add(o.a));
        }
        return new Surd(a.add(o.a), b.add(o.b), common(o));
    }

    public Surd subtract(Surd o) {
        if (d == 1 && o.d == 1) {
            return of(a.subtract(o.a));
        }
        return new Surd(a.subtract(o.a), b.subtract(o.b), common(o));
    }

    public Surd negate() {
        return new Surd(a.negate(), b.negate(), d);
    }

    /** (a₁ + b₁√d)(a₂ + b₂√d) = a₁a₂ + d·b₁b₂ + (a₁b₂ + a₂b₁)√d. */
    public Surd multiply(Surd o) {
        if (d == 1 && o.d == 1) {
            return of(a.multiply(o.a));
        }
        long r = common(o);
        return new Surd(a.multiply(o.a).add(b.multiply(o.b).multiply(r)), a.multiply(o.b).add(o.a.multiply(b)), r);
    }

    /** x / (a + b√d) = x·(a − b√d) / (a² − d·b²); the norm a² − d·b² is non-zero for every non-zero divisor. */
    public Surd divide(Surd o) {
        if (o.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        if (d == 1 && o.d == 1) {
            return of(a.divide(o.a));
        }
        BigFraction norm = o.a.multiply(o.a).subtract(o.b.multiply(o.b).multiply(o.d));
        Surd conjugate = new Surd(o.a.divide(norm), o.b.negate().divide(norm), o.d);
        return multiply(conjugate);
    }

    /** −1, 0 or 1: exactly, by comparing a² with d·b² when a and b have opposite signs. */
    public int signum() {
        int sa = a.compareTo(BigFraction.ZERO);
        int sb = b.compareTo(BigFraction.ZERO);
        if (sb == 0 || sa == sb) {
            return sa == 0 ? sb : sa;
        }
        if (sa == 0) {
            return sb;
        }
        int aWins = a.multiply(a).compareTo(b.multiply(b).multiply(d));
        return aWins > 0 ? sa : sb;
    }

    public Surd abs() {
        return signum() < 0 ? negate() : this;
    }

    public Surd max(Surd o) {
        return compareTo(o) >= 0 ? this : o;
    }

    @Override
    public int compareTo(Surd o) {
        return subtract(o).signum();
    }

    /** The nearest double, computed with 40 significant digits so that a + b√d ≈ 0 loses nothing to cancellation. */
    public double doubleValue() {
        BigDecimal v = decimal(a);
        if (d != 1) {
            v = v.add(decimal(b).multiply(BigDecimal.valueOf(d).sqrt(DIGITS), DIGITS), DIGITS);
        }
        return v.doubleValue();
    }

    private static BigDecimal decimal(BigFraction f) {
        return new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()), DIGITS);
    }

    /** The radicand of a result combining this and {@code o}. */
    private long common(Surd o) {
        if (d == 1 || d == o.d) {
            return o.d;
        }
        if (o.d == 1) {
            return d;
        }
        throw new IllegalArgumentException("cannot combine sqrt(" + d + ") and sqrt(" + o.d + "): one computation may use one square root only");
    }

    /**
     * Exact text that {@link #parse} reads back: {@code 3/8}, {@code -2}, {@code 1/4+1/8*sqrt(2)},
     * {@code -sqrt(2)}.
     */
    @Override
    public String toString() {
        if (d == 1) {
            return fraction(a);
        }
        String coefficient = b.equals(BigFraction.ONE) ? "" : b.equals(BigFraction.MINUS_ONE) ? "-" : fraction(b) + "*";
        String radical = coefficient + "sqrt(" + d + ")";
        if (a.equals(BigFraction.ZERO)) {
            return radical;
        }
        return fraction(a) + (b.compareTo(BigFraction.ZERO) > 0 ? "+" : "") + radical;
    }

    private static String fraction(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString() : f.getNumerator() + "/" + f.getDenominator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Surd s && a.equals(s.a) && b.equals(s.b) && d == s.d;
    }

    @Override
    public int hashCode() {
        return (a.hashCode() * 31 + b.hashCode()) * 31 + Long.hashCode(d);
    }

    /**
     * Reads an exact number: a decimal ({@code 0.25}, {@code 1e-3}), a fraction ({@code 1/3}), or an
     * expression with {@code + - * /}, parentheses and square roots of whole numbers, e.g.
     * {@code (2+sqrt(2))/8}. Decimals are read exactly as written (0.1 is 1/10).
     *
     * @throws IllegalArgumentException naming what could not be read
     */
    public static Surd parse(String text) {
        return new Parser(text).parse();
    }

    /** Recursive descent: expr := term (± term)*, term := factor ((*|/) factor)*, factor := ±factor | number | sqrt(n) | (expr). */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Surd parse() {
            Surd v = expression();
            skip();
            if (i != s.length()) {
                throw error("unexpected '" + s.charAt(i) + "'");
            }
            return v;
        }

        private Surd expression() {
            Surd v = term();
            while (true) {
                skip();
                if (eat('+')) {
                    v = v.add(term());
                } else if (eat('-')) {
                    v = v.subtract(term());
                } else {
                    return v;
                }
            }
        }

        private Surd term() {
            Surd v = factor();
            while (true) {
                skip();
                if (eat('*')) {
                    v = v.multiply(factor());
                } else if (eat('/')) {
                    Surd divisor = factor();
                    if (divisor.isZero()) {
                        throw error("division by zero");
                    }
                    v = v.divide(divisor);
                } else {
                    return v;
                }
            }
        }

        private Surd factor() {
            skip();
            if (eat('-')) {
                return factor().negate();
            }
            if (eat('+')) {
                return factor();
            }
            if (eat('(')) {
                Surd v = expression();
                skip();
                if (!eat(')')) {
                    throw error("missing ')'");
                }
                return v;
            }
            if (s.startsWith("sqrt", i)) {
                i += 4;
                skip();
                if (!eat('(')) {
                    throw error("sqrt needs parentheses, e.g. sqrt(2)");
                }
                skip();
                int start = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (start == i) {
                    throw error("sqrt takes a whole number, e.g. sqrt(2)");
                }
                long n;
                try {
                    n = Long.parseLong(s.substring(start, i));
                } catch (NumberFormatException e) {
                    throw error("sqrt of a number this large is not supported");
                }
                skip();
                if (!eat(')')) {
                    throw error("missing ')' after sqrt(" + n);
                }
                return sqrt(n);
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E') && i > start) {
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    i++;
                }
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (start == i) {
                throw error(i < s.length() ? "unexpected '" + s.charAt(i) + "'" : "unexpected end");
            }
            try {
                return of(new BigDecimal(s.substring(start, i)));
            } catch (NumberFormatException e) {
                throw error("'" + s.substring(start, i) + "' is not a number");
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw error(e.getMessage());
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean eat(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private IllegalArgumentException error(String why) {
            return new IllegalArgumentException("'" + s + "' is not a number: " + why
                    + " (write decimals, fractions such as 1/3, or expressions such as (2+sqrt(2))/8)");
        }
    }
}
