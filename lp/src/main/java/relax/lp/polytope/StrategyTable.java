package relax.lp.polytope;

import java.math.BigInteger;
import relax.core.Scenario;
import relax.core.strategy.StrategySpace;

/**
 * The matrices T and C of a strategy space (Chaves et al. 2015, eqs. 28 and 31), materialised as dense integer
 * tables in the order of the space's digit tuples: for every deterministic strategy λ the entry of the behaviour it produces in each input block
 * (T_{j,λ} = 1 exactly at those entries) and the integer counts of its measure rows
 * (C_{i,λ} = counts_i(λ) / scale).
 *
 * <p>This class is the only place where the polyhedral code touches a {@link StrategySpace}: porting to a
 * new way of identifying strategies changes this constructor only.
 */
public final class StrategyTable {
    private final Scenario scenario;
    private final int strategies;
    private final int blocks;
    private final int rows;
    private final int scale;
    /** entries[λ·blocks + block]: the flat behaviour index strategy λ produces in that block. */
    private final int[] entries;
    /** counts[λ·rows + i] = counts_i(λ). */
    private final int[] counts;
    private final String[] rowLabels;

    private StrategyTable(StrategySpace space) {
        this.scenario = space.scenario();
        this.strategies = (int) space.size();
        this.blocks = scenario.inputBlocks();
        this.rows = space.measureRows();
        this.scale = space.measureScale();
        this.entries = new int[strategies * blocks];
        this.counts = new int[strategies * rows];
        int[] e = new int[blocks];
        int[] c = new int[rows];
        int[] digits = space.digits().first();
        for (int s = 0; s < strategies; s++) {
            space.column(digits, e);
            System.arraycopy(e, 0, entries, s * blocks, blocks);
            space.measureCounts(digits, c);
            System.arraycopy(c, 0, counts, s * rows, rows);
            space.digits().next(digits);
        }
        this.rowLabels = new String[rows];
        for (int i = 0; i < rows; i++) {
            rowLabels[i] = space.measureRowLabel(i);
        }
    }

    /**
     * The tables of {@code space}.
     *
     * @param limit the largest number of strategies to materialise
     * @throws IllegalArgumentException (one line, with the size) when the space has more strategies
     */
    public static StrategyTable of(StrategySpace space, long limit) {
        if (space.size() > limit || space.size() * Math.max(1, space.scenario().inputBlocks() + space.measureRows()) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the structure has " + space.size() + " deterministic strategies in scenario " + space.scenario()
                    + "; exact polyhedral computations here handle at most " + limit);
        }
        return new StrategyTable(space);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Number of strategies λ. */
    public int strategies() {
        return strategies;
    }

    /** Number of measure rows. */
    public int measureRows() {
        return rows;
    }

    /** The common denominator of C. */
    public int scale() {
        return scale;
    }

    /** The flat behaviour index strategy λ produces in input block {@code block}. */
    public int entry(int strategy, int block) {
        return entries[strategy * blocks + block];
    }

    /** counts_i(λ). */
    public int count(int strategy, int row) {
        return counts[strategy * rows + row];
    }

    /** What measure row i compares. */
    public String measureRowLabel(int row) {
        return rowLabels[row];
    }

    /** The deterministic behaviour T_λ as a 0/1 integer vector over the behaviour entries. */
    public BigInteger[] column(int strategy) {
        BigInteger[] v = RowEchelon.zero(scenario.size());
        for (int b = 0; b < blocks; b++) {
            v[entries[strategy * blocks + b]] = BigInteger.ONE;
        }
        return v;
    }
}
