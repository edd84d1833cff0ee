package relax.lp.engine;

import java.util.Arrays;
import java.util.function.IntPredicate;
import relax.core.strategy.StrategySet;
import relax.core.strategy.StrategySpace;

/**
 * The deterministic strategies λ of a {@link StrategySpace} (Chaves, Kueng, Brask &amp; Gross 2015, eq. (28)) that are
 * columns of a {@link Master} so far, in the order they entered: generated column k of the master is strategy k here.
 * Each strategy is its digit tuple in the space's {@link relax.core.strategy.MixedRadix} codec, stored in one flat
 * {@code int[]} of {@code count() · width()} digits (strategy k at offset {@code k · width()}); adding, reading and
 * {@link #retain compacting} copy digits and allocate nothing per strategy (the array grows by doubling).
 *
 * <p>A master either takes every strategy of a small space at once ({@link #addEvery()}, {@link Method#ENUMERATE}) or
 * receives them from its {@link Pricer} (column generation); in the latter case the pool is made
 * <em>deduplicating</em> and {@link #add} ignores a strategy that is already a column, so a pricing round that finds
 * it again does not append it twice. Not thread-safe.
 */
public final class StrategyPool {
    private final StrategySpace space;
    private final int width;
    /** The strategies present, for column generation; null when every strategy is added once by construction. */
    private final StrategySet present;
    private int[] pool;
    private int count;
    private final int[] scratch;

    /**
     * An empty pool of strategies of {@code space}.
     *
     * @param deduplicate whether {@link #add} skips strategies already present (column generation); without it every
     *                    added strategy is appended
     */
    public StrategyPool(StrategySpace space, boolean deduplicate) {
        this.space = space;
        this.width = space.digits().length();
        this.present = deduplicate ? new StrategySet() : null;
        this.pool = new int[64 * Math.max(1, width)];
        this.scratch = new int[width];
    }

    /** Number of digits of a strategy. */
    public int width() {
        return width;
    }

    /** Number of strategies in the pool. */
    public int count() {
        return count;
    }

    /**
     * Appends a copy of {@code strategy} (not modified) as strategy {@link #count()}, unless the pool deduplicates and
     * already has it; returns whether it was added.
     */
    public boolean add(int[] strategy) {
        if (present != null && !present.add(strategy)) {
            return false;
        }
        if ((count + 1) * width > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, (count + 1) * width));
        }
        System.arraycopy(strategy, 0, pool, count * width, width);
        count++;
        return true;
    }

    /** Copies strategy k's digits into {@code out} (modified; length at least {@link #width()}). */
    public void strategy(int k, int[] out) {
        System.arraycopy(pool, k * width, out, 0, width);
    }

    /**
     * Keeps only the strategies k with {@code keep.test(k)}, in their order (a master's {@link Master#retain}); a
     * deduplicating pool forgets the others, so pricing may add them again.
     */
    public void retain(IntPredicate keep) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (keep.test(k)) {
                System.arraycopy(pool, k * width, pool, kept++ * width, width);
            } else if (present != null) {
                strategy(k, scratch);
                present.remove(scratch);
            }
        }
        count = kept;
    }

    /**
     * Adds every strategy of the space in index order (digit 0 fastest), for {@link Method#ENUMERATE}.
     *
     * @throws IllegalArgumentException "cannot enumerate N strategies (at most {@link Method#ENUMERATION_MAXIMUM}); use
     *                                  column generation" when the space has more strategies than that; nothing is added
     */
    public void addEvery() {
        if (!space.digits().indexable() || space.size() > Method.ENUMERATION_MAXIMUM) {
            throw new IllegalArgumentException("cannot enumerate " + space.count() + " strategies (at most " + Method.ENUMERATION_MAXIMUM
                    + "); use column generation");
        }
        int[] strategy = space.digits().first();
        do {
            add(strategy);
        } while (space.digits().next(strategy));
    }
}
