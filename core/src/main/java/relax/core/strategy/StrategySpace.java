package relax.core.strategy;

import relax.core.Scenario;

/**
 * The deterministic strategies λ of a causal structure, Chaves et al. 2015, eq. (28): a hidden variable fixes
 * every output as a function of its parents, and a distribution q over strategies reproduces
 * p exactly when {@code T q = p} with {@code T_{j,λ} = 1} if strategy λ produces entry j.
 *
 * <p>Every column of T has exactly one 1 per input block (a strategy answers every input tuple with
 * one output tuple). A relaxation measure of the form max_i (C q)_i with non-negative integer
 * {@code C_{i,λ} = counts_i(λ) / scale} is attached to the space (eq. 31); spaces without a measure
 * have no rows.
 *
 * <p>The space is searched, never materialised: {@link #price} finds the strategies maximising
 * ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ exactly without visiting every λ, which is what column generation needs
 * and also what the exact certificate check needs.
 */
public interface StrategySpace {

    Scenario scenario();

    /** Number of deterministic strategies. */
    long size();

    /** Writes into {@code entries} (length = number of input blocks) the flat index of the entry
     * that strategy λ produces in each input block; {@code entries} is modified. */
    void column(long strategy, int[] entries);

    /** Number of rows of the measure matrix C; by default 0, for structures without a measure. */
    default int measureRows() {
        return 0;
    }

    /** The common denominator of C: {@code C_{i,λ} = counts_i(λ) / measureScale()}; by default 1. */
    default int measureScale() {
        return 1;
    }

    /** Writes counts_i(λ) for every measure row into {@code counts} (modified); nothing by default. */
    default void measureCounts(long strategy, int[] counts) {
        if (measureRows() != 0) {
            throw new UnsupportedOperationException("a space with measure rows must define its counts");
        }
    }

    /** What measure row i compares, e.g. {@code |p(b=0|do(x=0),y=1) − p(b=0|do(x=1),y=1)|}. */
    default String measureRowLabel(int row) {
        throw new IllegalArgumentException("this strategy space has no measure row " + row);
    }

    /** The strategy in words, e.g. {@code a(x)=(0,1) b(x,y)=((0,1),(1,1))}. */
    String describe(long strategy);

    /**
     * Scores every strategy by ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ and keeps the best in {@code out} (reset first).
     * The maximum is exact. If z and w hold integers whose absolute values sum, over any one column's
     * terms, to less than 2^53, every intermediate sum is an exactly representable integer and the
     * maximum is exact in rational arithmetic too.
     *
     * @param z   one weight per behaviour entry; not modified
     * @param w   one non-negative weight per measure row; not modified
     * @param out receives the best strategies; modified
     */
    void price(double[] z, double[] w, Pricing out);
}
