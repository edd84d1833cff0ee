package relax.lp.dependence;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;

/**
 * The distribution p(x_1…x_N) of the input tuples, the p(x, y) of Chaves et al. (2015), eqs. (5) and (41): one
 * positive exact rational per input block of a scenario, summing to exactly 1. The measurement-dependence
 * measures are defined relative to it; by default it is uniform, 1/(m_1⋯m_N).
 *
 * <p>Exact because certificates are checked in rational arithmetic; {@link #get} gives the double value.
 * Immutable.
 */
public final class InputDistribution {
    private final BigFraction[] exact;
    private final double[] values;

    private InputDistribution(BigFraction[] exact) {
        this.exact = exact;
        this.values = new double[exact.length];
        for (int s = 0; s < exact.length; s++) {
            values[s] = exact[s].doubleValue();
        }
    }

    /** The uniform distribution over the input blocks of {@code scenario}. */
    public static InputDistribution uniform(Scenario scenario) {
        BigFraction[] p = new BigFraction[scenario.inputBlocks()];
        java.util.Arrays.fill(p, new BigFraction(1, scenario.inputBlocks()));
        return new InputDistribution(p);
    }

    /**
     * Parses one probability per input block of {@code scenario}, in row-major block order (x_N
     * fastest), as decimals or fractions separated by commas, e.g. {@code 0.4,0.1,0.1,0.4} or
     * {@code 1/3,1/6,1/6,1/3}. Every value must be positive and they must sum to 1 within 1e-9; they are
     * then divided by their exact sum.
     *
     * @throws IllegalArgumentException with a one-line message on any other input
     */
    public static InputDistribution parse(Scenario scenario, String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        int blocks = scenario.inputBlocks();
        if (parts.length != blocks) {
            throw new IllegalArgumentException("--input-distribution needs " + blocks + " probabilities (one per input tuple of scenario "
                    + scenario + "), got " + parts.length);
        }
        BigFraction[] p = new BigFraction[blocks];
        BigFraction sum = BigFraction.ZERO;
        for (int s = 0; s < blocks; s++) {
            p[s] = parseOne(parts[s]);
            if (p[s].compareTo(BigFraction.ZERO) <= 0) {
                throw new IllegalArgumentException("--input-distribution: p(x) = " + parts[s] + " for input tuple " + s
                        + " must be positive (every input tuple must occur)");
            }
            sum = sum.add(p[s]);
        }
        if (Math.abs(sum.doubleValue() - 1) > 1e-9) {
            throw new IllegalArgumentException("--input-distribution sums to " + sum.doubleValue() + ", not 1");
        }
        for (int s = 0; s < blocks; s++) {
            p[s] = p[s].divide(sum);
        }
        return new InputDistribution(p);
    }

    private static BigFraction parseOne(String text) {
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                return new BigFraction(new BigInteger(text.substring(0, slash).trim()), new BigInteger(text.substring(slash + 1).trim()));
            }
            BigDecimal d = new BigDecimal(text);
            return d.scale() > 0 ? new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                    : new BigFraction(d.toBigIntegerExact());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--input-distribution: '" + text + "' is not a number or fraction");
        }
    }

    /** Number of input blocks. */
    public int size() {
        return exact.length;
    }

    /** p(x) of input block s. */
    public double get(int block) {
        return values[block];
    }

    /** p(x) of input block s, exactly. */
    public BigFraction exact(int block) {
        return exact[block];
    }

    /** Whether every block has the same probability. */
    public boolean isUniform() {
        for (BigFraction f : exact) {
            if (!f.equals(exact[0])) {
                return false;
            }
        }
        return true;
    }

    /** The probabilities as doubles (a copy). */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (BigFraction f : exact) {
            s.append(s.length() > 0 ? "," : "").append(f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString()
                    : f.getNumerator() + "/" + f.getDenominator());
        }
        return s.toString();
    }
}
