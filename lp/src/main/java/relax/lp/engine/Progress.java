package relax.lp.engine;

/**
 * Receives the engine's progress on long solves: one call per master LP of column generation, and free
 * text from search-type formulations and from the engine's pruning. Implementations turn it into words
 * for the user; the engine never prints.
 */
public interface Progress {

    /**
     * One master LP solved.
     *
     * @param stage     what the master computes, e.g. "feasibility" or "minimum"
     * @param round     master LP solves so far in this solve
     * @param objective the master's optimum (an upper bound on the stage's minimum while columns are added)
     * @param columns   generated columns in the master
     * @param bestScore the best reduced score the pricing found (≤ 0 means the stage is done)
     */
    void round(String stage, int round, double objective, int columns, double bestScore);

    /**
     * A line of free text: from a search (e.g. a branch-and-bound bracket), or from the engine when it prunes a
     * column-generation master ({@link Pruning}: "pruned the master: kept K of N generated columns", N counting the
     * columns the last pricing added). Ignored by default.
     */
    default void note(String line) {
    }

    /** A listener that ignores everything. */
    Progress NONE = (stage, round, objective, columns, bestScore) -> { };
}
