package relax.lp.exact;

import relax.lp.solver.LinearProgram;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A rigorous lower bound on the optimum of a {@link LinearProgram} from any row multipliers y,
 * whatever the solver's accuracy (weak duality with bounded columns; Neumaier &amp; Shcherbina, Math.
 * Program. 99, 283 (2004)). Give y the sign its row allows (≥ 0 for ≥ rows, ≤ 0 for ≤ rows; entries of
 * the wrong sign are set to 0) and let d = c − Aᵀy. Then for every ξ that meets the rows and the column
 * bounds L ≤ ξ ≤ U,
 * <pre>
 *   c·ξ = yᵀ(Aξ) + d·ξ  ≥  b·y + Σ_j min(d_j L_j, d_j U_j).
 * </pre>
 * With the optimal y of the solver, d_j ≥ 0 on columns ξ_j ≥ 0 and d_j = 0 on free columns up to rounding,
 * so the bound equals the optimum up to the rounding error times the bounds. The bounds need only hold
 * at some optimal ξ (e.g. bounds implied by the rows, or a bound that any ξ can be moved under without
 * raising c·ξ); an infinite bound on a column whose d_j has the unfavourable sign gives no bound.
 *
 * <p>A removed column ({@link LinearProgram#removeColumn}) is fixed at 0 and contributes nothing.
 *
 * <p>Everything is computed exactly: the program's and the multipliers' binary64 numbers are exact
 * decimals, and sums and products of decimals are exact in {@link BigDecimal}.
 */
public final class DualBound {
    private DualBound() {
    }

    /**
     * The bound b·y + Σ_j min(d_j L_j, d_j U_j), or empty when a needed column bound is infinite.
     *
     * @param lp    the program; not modified
     * @param y     one multiplier per row (convention of {@link LinearProgram}); not modified
     * @param lower L_j per column (may be −∞); not modified
     * @param upper U_j per column (may be +∞); not modified
     */
    public static Optional<BigDecimal> of(LinearProgram lp, double[] y, double[] lower, double[] upper) {
        if (y.length != lp.rows() || lower.length != lp.columns() || upper.length != lp.columns()) {
            throw new IllegalArgumentException("need one multiplier per row and one bound pair per column");
        }
        BigDecimal[] yExact = new BigDecimal[y.length];
        BigDecimal bound = BigDecimal.ZERO;
        for (int i = 0; i < y.length; i++) {
            double v = Double.isFinite(y[i]) ? y[i] : 0;
            v = switch (lp.relation(i)) {
                case EQ -> v;
                case GE -> Math.max(v, 0);
                case LE -> Math.min(v, 0);
            };
            yExact[i] = new BigDecimal(v);
            if (v != 0) {
                bound = bound.add(yExact[i].multiply(new BigDecimal(lp.rhs(i))));
            }
        }
        for (int j = 0; j < lp.columns(); j++) {
            if (lp.isRemoved(j)) {
                continue;
            }
            BigDecimal d = new BigDecimal(lp.cost(j));
            for (int k = lp.colStart(j); k < lp.colStart(j + 1); k++) {
                BigDecimal yi = yExact[lp.entryRow(k)];
                if (yi.signum() != 0) {
                    d = d.subtract(yi.multiply(new BigDecimal(lp.entryValue(k))));
                }
            }
            if (d.signum() == 0) {
                continue;
            }
            double limit = d.signum() > 0 ? lower[j] : upper[j];
            if (Double.isInfinite(limit) || Double.isNaN(limit)) {
                return Optional.empty();
            }
            bound = bound.add(d.multiply(new BigDecimal(limit)));
        }
        return Optional.of(bound);
    }
}
