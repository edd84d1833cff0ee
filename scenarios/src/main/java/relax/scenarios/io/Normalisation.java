package relax.scenarios.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * The rules a behaviour read from a file must obey, checked in exact arithmetic on the values as written,
 * and what the engine does with an input it accepts but that is not exactly a behaviour.
 *
 * <ul>
 *   <li>Every entry is ≥ 0. An entry below 0 by at most the tolerance τ ({@code --tolerance}) is taken as a
 *       rounding error and set to 0; one further below is rejected. An entry above 1 + τ is rejected.</li>
 *   <li>Every input block sums to 1 within τ: |Σ_a p(a|x) − 1| ≤ τ, exactly.</li>
 *   <li>An accepted block that does not sum to exactly 1 (after setting small negatives to 0) is divided by
 *       its exact sum, so the engine solves on an exact behaviour, never on something else than what it
 *       reports; {@link Behaviour#normalisationNote()} says that this happened and by how much.</li>
 *   <li>Counts need no normalisation: p(a|x) = N(a|x)/Σ N(·|x) exactly; a setting with no runs is rejected.</li>
 * </ul>
 */
final class Normalisation {
    /** The largest tolerance the command line accepts; a deviation above it gets no --tolerance hint. */
    private static final BigFraction LARGEST_TOLERANCE = new BigFraction(1, 10);

    private Normalisation() {
    }

    /**
     * The behaviour a file denotes under tolerance τ.
     *
     * @throws InvalidBehaviourException one line naming the entry or block, the rule, and a hint where one applies
     */
    static Behaviour apply(WrittenBehaviour w, double tolerance) {
        if (w.counts() != null) {
            return counts(w);
        }
        Scenario s = w.scenario();
        BigFraction[] v = w.values();
        BigFraction tol = ExactNumber.exact(BigDecimal.valueOf(tolerance));
        BigFraction upper = BigFraction.ONE.add(tol);
        int clipped = 0;
        int mostNegative = -1;
        for (int i = 0; i < v.length; i++) {
            if (v[i].compareTo(BigFraction.ZERO) < 0) {
                if (v[i].negate().compareTo(tol) > 0) {
                    throw new InvalidBehaviourException(w.names().entry(i) + " = " + ExactNumber.show(v[i])
                            + " is negative: a probability cannot be below 0" + w.names().source() + roundingHint(v[i], tolerance));
                }
                clipped++;
                mostNegative = mostNegative < 0 || v[i].compareTo(v[mostNegative]) < 0 ? i : mostNegative;
            }
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i].compareTo(upper) > 0) {
                throw new InvalidBehaviourException(w.names().entry(i) + " = " + ExactNumber.show(v[i])
                        + " is larger than 1: a probability cannot exceed 1" + w.names().source());
            }
        }
        int k = s.outcomesPerBlock();
        BigFraction[] sums = new BigFraction[s.inputBlocks()];
        BigFraction largest = BigFraction.ZERO;
        int worst = -1;
        int firstBad = -1;
        for (int block = 0; block < sums.length; block++) {
            BigFraction sum = BigFraction.ZERO;
            for (int o = 0; o < k; o++) {
                sum = sum.add(v[block * k + o]);
            }
            sums[block] = sum;
            BigFraction deviation = sum.subtract(BigFraction.ONE).abs();
            if (deviation.compareTo(largest) > 0) {
                largest = deviation;
                worst = block;
            }
            if (firstBad < 0 && deviation.compareTo(tol) > 0) {
                firstBad = block;
            }
        }
        if (firstBad >= 0) {
            throw new InvalidBehaviourException(w.names().block(firstBad) + " sums to " + ExactNumber.show(sums[firstBad])
                    + ", not 1 (the probabilities of each input setting must sum to 1" + (tolerance == 0 ? " exactly, at --tolerance 0"
                    : " within --tolerance " + showTolerance(tolerance)) + ")" + hint(w, tolerance, largest));
        }
        if (clipped == 0 && worst < 0) {
            return Behaviour.ofExact(s, v, w.name(), w.description());
        }
        BigFraction[] p = new BigFraction[v.length];
        for (int block = 0; block < sums.length; block++) {
            BigFraction sum = BigFraction.ZERO;
            for (int o = 0; o < k; o++) {
                BigFraction e = v[block * k + o];
                p[block * k + o] = e.compareTo(BigFraction.ZERO) < 0 ? BigFraction.ZERO : e;
                sum = sum.add(p[block * k + o]);
            }
            for (int o = 0; o < k; o++) {
                p[block * k + o] = p[block * k + o].divide(sum);
            }
        }
        StringBuilder note = new StringBuilder("renormalised: ");
        if (worst >= 0) {
            note.append("the input blocks as written sum to 1 only within the tolerance (largest deviation ")
                    .append(ExactNumber.show(largest)).append(", ").append(w.names().block(worst)).append(" sums to ")
                    .append(ExactNumber.show(sums[worst])).append(")");
        }
        if (clipped > 0) {
            note.append(worst >= 0 ? "; " : "").append(clipped).append(clipped == 1 ? " entry" : " entries")
                    .append(" below 0 within the tolerance set to 0 (lowest: ").append(w.names().entry(mostNegative)).append(" = ")
                    .append(ExactNumber.show(v[mostNegative])).append(")");
        }
        note.append("; each block was divided by its exact sum, and the result is what is solved");
        return Behaviour.ofExact(s, p, w.name(), w.description()).withNote(note.toString());
    }

    /** For a slightly negative entry, what the tolerance does with rounding errors. */
    private static String roundingHint(BigFraction v, double tolerance) {
        if (v.negate().compareTo(new BigFraction(1, 100)) > 0) {
            return "";
        }
        return tolerance == 0 ? " (at --tolerance 0 not even by a rounding error; a --tolerance of at least " + ExactNumber.show(v.negate())
                + " sets it to 0 and says so)" : " (entries down to -" + showTolerance(tolerance) + ", the --tolerance, count as rounding errors and are set to 0)";
    }

    /** The order hint, or for a small deviation (rounded data) the --tolerance that would accept the file. */
    private static String hint(WrittenBehaviour w, double tolerance, BigFraction largest) {
        String order = w.names().orderHint(tolerance);
        if (!order.isEmpty()) {
            return "; " + order;
        }
        if (largest.compareTo(LARGEST_TOLERANCE) > 0) {
            return "";
        }
        BigDecimal suggest = new BigDecimal(largest.getNumerator()).divide(new BigDecimal(largest.getDenominator()), new MathContext(1, RoundingMode.UP));
        return "; if the data were rounded, --tolerance " + ExactNumber.show(suggest)
                + " accepts them and divides each block by its exact sum (the output says so)";
    }

    /** τ as the user wrote it on the command line: 1e-9, 0.0001. */
    static String showTolerance(double tolerance) {
        return ExactNumber.show(BigDecimal.valueOf(tolerance));
    }

    private static Behaviour counts(WrittenBehaviour w) {
        Scenario s = w.scenario();
        long[] c = w.counts();
        int k = s.outcomesPerBlock();
        for (int block = 0; block < s.inputBlocks(); block++) {
            BigInteger total = BigInteger.ZERO;
            for (int o = 0; o < k; o++) {
                total = total.add(BigInteger.valueOf(c[block * k + o]));
            }
            if (total.signum() == 0) {
                throw new InvalidBehaviourException(w.names().block(block) + " has no runs (every count is 0): the probabilities of the setting "
                        + IndexOrder.setting(s, block) + " are unknown");
            }
            if (total.bitLength() > 63) {
                throw new InvalidBehaviourException(w.names().block(block) + " adds up to " + total + " runs, more than " + Long.MAX_VALUE);
            }
        }
        return Behaviour.ofCounts(s, c, w.name(), w.description());
    }
}
