package relax.core.strategy;

/**
 * The pricing objective ⟨z, T_λ⟩ − ⟨w, C_λ⟩ of a strategy computed from its column and measure counts alone, the
 * independent reference every pricing search is tested against (Chaves et al. 2015, eq. (28) and the measure rows).
 */
public final class BruteForce {
    private BruteForce() {
    }

    /** ⟨z, T_λ⟩ − ⟨w, C_λ⟩ of strategy {@code lambda}. */
    public static double score(StrategySpace space, int[] lambda, double[] z, double[] w) {
        int[] entries = new int[space.scenario().inputBlocks()];
        int[] counts = new int[space.measureRows()];
        space.column(lambda, entries);
        space.measureCounts(lambda, counts);
        double v = 0;
        for (int e : entries) {
            v += z[e];
        }
        for (int i = 0; i < counts.length; i++) {
            v -= w[i] * counts[i];
        }
        return v;
    }

    /** The largest score over every strategy of the space, visited one by one. */
    public static double max(StrategySpace space, double[] z, double[] w) {
        double best = Double.NEGATIVE_INFINITY;
        int[] lambda = space.digits().first();
        do {
            best = Math.max(best, score(space, lambda, z, w));
        } while (space.digits().next(lambda));
        return best;
    }
}
