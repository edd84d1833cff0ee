package relax.lp.engine;

import java.util.function.IntPredicate;
import relax.lp.solver.LinearProgram;

/**
 * The restricted master problem of a column generation, as the {@link Engine} sees it: a frame (the
 * rows and the columns that are always present) plus the generated columns found so far. The
 * formulation owns what a generated column is (a strategy, a strategy with a ray, …); the engine only
 * appends them to the LP and, under a {@link Pruning} policy, drops some.
 */
public interface Master {

    /** A new LP with every row and the always-present columns, and no generated column. */
    LinearProgram frame();

    /** Number of generated columns found so far. */
    int generated();

    /** Appends generated column {@code k} to {@code lp}. */
    void append(LinearProgram lp, int k);

    /** Keeps only the generated columns {@code k} with {@code keep.test(k)}, in their order. */
    void retain(IntPredicate keep);
}
