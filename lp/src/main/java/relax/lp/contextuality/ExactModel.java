package relax.lp.contextuality;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.strategy.StrategySpace;

/**
 * An exact model on a given support: rational weights q ≥ 0 over a list of strategies with T q = p exactly, found
 * by Gaussian elimination over the rationals. Column generation ends at a basic solution, whose support has
 * linearly independent columns, so the system has at most one solution; when the floating-point model is close
 * to an exact one on the same support, this recovers it and proves the model exactly (e.g. the noncontextual
 * model at a critical visibility, docs/contextuality.md).
 */
public final class ExactModel {
    private ExactModel() {
    }

    /**
     * Rational q ≥ 0 with Σ_k q_k T_{support_k} = p exactly over every entry, or null when there is none with the
     * free weights of a rank-deficient support set to 0.
     *
     * @param support the strategies (digit tuples; not modified)
     * @param p       the exact behaviour, one value per entry of {@code space.scenario()}
     */
    public static BigFraction[] solve(StrategySpace space, List<int[]> support, BigFraction[] p) {
        int rows = space.scenario().size();
        int cols = support.size();
        BigFraction[][] a = new BigFraction[rows][cols + 1];
        for (BigFraction[] row : a) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        int[] entries = new int[space.scenario().inputBlocks()];
        for (int k = 0; k < cols; k++) {
            space.column(support.get(k), entries);
            for (int e : entries) {
                a[e][k] = a[e][k].add(BigFraction.ONE);
            }
        }
        for (int e = 0; e < rows; e++) {
            a[e][cols] = p[e];
        }
        int[] pivotColumn = new int[rows];
        int rank = 0;
        for (int col = 0; col < cols && rank < rows; col++) {
            int pivot = -1;
            for (int r = rank; r < rows && pivot < 0; r++) {
                if (a[r][col].getNumerator().signum() != 0) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigFraction[] t = a[pivot];
            a[pivot] = a[rank];
            a[rank] = t;
            BigFraction inv = a[rank][col].reciprocal();
            for (int j = col; j <= cols; j++) {
                a[rank][j] = a[rank][j].multiply(inv);
            }
            for (int r = 0; r < rows; r++) {
                if (r != rank && a[r][col].getNumerator().signum() != 0) {
                    BigFraction f = a[r][col];
                    for (int j = col; j <= cols; j++) {
                        a[r][j] = a[r][j].subtract(f.multiply(a[rank][j]));
                    }
                }
            }
            pivotColumn[rank++] = col;
        }
        for (int r = rank; r < rows; r++) {
            if (a[r][cols].getNumerator().signum() != 0) {
                return null;
            }
        }
        BigFraction[] q = new BigFraction[cols];
        java.util.Arrays.fill(q, BigFraction.ZERO);
        for (int r = 0; r < rank; r++) {
            q[pivotColumn[r]] = a[r][cols];
        }
        return verify(space, support, q, p) ? q : null;
    }

    /** Whether q ≥ 0 and Σ_k q_k T_{support_k} = p hold exactly. */
    public static boolean verify(StrategySpace space, List<int[]> support, BigFraction[] q, BigFraction[] p) {
        BigFraction[] tq = new BigFraction[space.scenario().size()];
        java.util.Arrays.fill(tq, BigFraction.ZERO);
        int[] entries = new int[space.scenario().inputBlocks()];
        for (int k = 0; k < support.size(); k++) {
            if (q[k].compareTo(BigFraction.ZERO) < 0) {
                return false;
            }
            space.column(support.get(k), entries);
            for (int e : entries) {
                tq[e] = tq[e].add(q[k]);
            }
        }
        for (int e = 0; e < tq.length; e++) {
            if (!tq[e].equals(p[e])) {
                return false;
            }
        }
        return true;
    }
}
