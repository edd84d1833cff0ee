package relax.lp.engine;

/**
 * When a column generation drops columns from its master: once the master holds more than
 * {@code factor} generated columns per row (and more than {@code floor}), the columns that are unused
 * and whose reduced cost exceeds {@code reducedCost} are dropped — they are priced again every round
 * and come back if they become attractive. The trigger doubles after every pruning, so pruning happens
 * finitely often and the column generation keeps its finite termination.
 *
 * @param factor      generated columns per row that trigger pruning (0: never prune)
 * @param floor       masters up to this many generated columns are never pruned
 * @param reducedCost columns unused at the optimum with a reduced cost above this are dropped
 */
public record Pruning(int factor, int floor, double reducedCost) {

    /** Never prune. */
    public static final Pruning NONE = new Pruning(0, 0, 0);

    /** Whether this policy ever prunes. */
    public boolean enabled() {
        return factor > 0;
    }
}
