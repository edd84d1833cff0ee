package relax.core.strategy;

import java.math.BigInteger;
import java.util.List;
import relax.core.Scenario;

/**
 * The deterministic strategies λ of a causal structure, Chaves, Kueng, Brask &amp; Gross 2015, eq. (28): a
 * hidden variable fixes every output as a function of its parents, and a distribution q over strategies
 * reproduces p exactly when {@code T q = p} with {@code T_{j,λ} = 1} if strategy λ produces entry j.
 *
 * <p>A strategy is a digit tuple of the space's {@link MixedRadix} ({@link #digits()}); what each digit
 * means is the space's business and is documented there. Every column of T has exactly one 1 per input
 * block (a strategy answers every input tuple with one output tuple). A relaxation measure of the form
 * max_i (C q)_i with non-negative integer {@code C_{i,λ} = counts_i(λ) / scale} is attached to the space
 * (eq. 31); spaces without a measure have no rows.
 *
 * <p>The space is searched, never materialised: {@link #price} finds the strategies maximising
 * ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ exactly without visiting every λ, which is what column generation needs and
 * also what the exact certificate check needs. Spaces may be larger than 2^63.
 */
public interface StrategySpace {

    Scenario scenario();

    /** The codec of this space's strategies: digit i takes {@code digits().radix(i)} values. */
    MixedRadix digits();

    /** Number of deterministic strategies, or {@link Long#MAX_VALUE} if there are 2^63 or more. */
    default long size() {
        return digits().size();
    }

    /** Number of deterministic strategies, exactly. */
    default BigInteger count() {
        return digits().count();
    }

    /**
     * Writes into {@code entries} (length = number of input blocks) the flat index of the entry that
     * strategy λ produces in each input block; {@code entries} is modified, {@code strategy} is not.
     */
    void column(int[] strategy, int[] entries);

    /** Number of rows of the measure matrix C; by default 0, for structures without a measure. */
    default int measureRows() {
        return 0;
    }

    /** The common denominator of C: {@code C_{i,λ} = counts_i(λ) / measureScale()}; by default 1. */
    default int measureScale() {
        return 1;
    }

    /** Writes counts_i(λ) for every measure row into {@code counts} (modified); nothing by default. */
    default void measureCounts(int[] strategy, int[] counts) {
        if (measureRows() != 0) {
            throw new UnsupportedOperationException("a space with measure rows must define its counts");
        }
    }

    /** What measure row i compares, e.g. {@code |p(b=0|do(x=0),y=1) − p(b=0|do(x=1),y=1)|}. */
    default String measureRowLabel(int row) {
        throw new IllegalArgumentException("this strategy space has no measure row " + row);
    }

    /** The strategy's response functions, machine-readable (one per output or message, in the space's order). */
    List<ResponseFunction> responses(int[] strategy);

    /** The strategy in words, e.g. {@code a(x)=(0,1) b(x,y)=((0,1),(1,1))}. */
    default String describe(int[] strategy) {
        return ResponseFunction.describe(responses(strategy));
    }

    /**
     * Scores every strategy by ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ and keeps the best in {@code out} (reset first).
     * The maximum is exact: the search may decompose the score, but must compute every score as a
     * floating-point sum of its terms z_e (one per input block) and −w_i·counts_i in some order, and
     * maximise by comparing such sums. Then, if z and w hold integers whose absolute values sum, over any
     * one column's terms, to less than 2^53, every intermediate sum is an exactly representable integer and
     * the maximum is exact in rational arithmetic too; for any other data the floating-point maximum is
     * within the standard summation error bound of the exact one (the certificates rely on both).
     *
     * @param z   one weight per behaviour entry; not modified
     * @param w   one non-negative weight per measure row; not modified
     * @param out receives the best strategies; modified
     */
    void price(double[] z, double[] w, Pricing out);
}
