package relax.lp;

import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.structure.Access1D;
import org.ojalgo.structure.Mutate2D;

/**
 * ojAlgo's pure-Java simplex through its low-level {@link LinearSolver} builder (the
 * ExpressionsBasedModel is several times slower and heavier on these LPs, see SOLVERS.md).
 *
 * <p>The dual simplex is chosen deliberately: the relaxation LPs have few rows (the entries of p plus
 * the measure rows) and many columns, start dual feasible after the all-slack basis for the measure
 * rows, and are heavily primal degenerate; ojAlgo's primal variant with a sparse tableau was about 60×
 * slower on the X→B LP at m = 3.
 *
 * <p>ojAlgo lists the multipliers of inequality rows before those of equality rows, with the opposite
 * sign to {@link LinearProgram}'s convention; this class translates. ≥ rows are passed as negated ≤ rows.
 */
public final class OjAlgoBackend implements LpBackend {

    @Override
    public String name() {
        return "ojalgo";
    }

    @Override
    public LpSolution solve(LinearProgram lp) {
        long t0 = System.nanoTime();
        int n = lp.columns();
        int m = lp.rows();
        int[] position = new int[m];
        int eqCount = 0;
        int ineqCount = 0;
        for (int i = 0; i < m; i++) {
            position[i] = lp.relation(i) == LinearProgram.Relation.EQ ? eqCount++ : ineqCount++;
        }
        double[] eqRhs = new double[eqCount];
        double[] ineqRhs = new double[ineqCount];
        for (int i = 0; i < m; i++) {
            switch (lp.relation(i)) {
                case EQ -> eqRhs[position[i]] = lp.rhs(i);
                case LE -> ineqRhs[position[i]] = lp.rhs(i);
                case GE -> ineqRhs[position[i]] = -lp.rhs(i);
            }
        }
        double[] cost = new double[n];
        double[] lower = new double[n];
        for (int j = 0; j < n; j++) {
            cost[j] = lp.cost(j);
            lower[j] = lp.isFree(j) ? Double.NEGATIVE_INFINITY : 0;
        }
        try {
            LinearSolver.Builder builder = LinearSolver.newGeneralBuilder(cost);
            Mutate2D eq = eqCount > 0 ? builder.equalities(eqRhs) : null;
            Mutate2D ineq = ineqCount > 0 ? builder.inequalities(ineqRhs) : null;
            for (int j = 0; j < n; j++) {
                for (int k = lp.colStart(j); k < lp.colStart(j + 1); k++) {
                    int i = lp.entryRow(k);
                    double v = lp.entryValue(k);
                    switch (lp.relation(i)) {
                        case EQ -> eq.set(position[i], j, v);
                        case LE -> ineq.set(position[i], j, v);
                        case GE -> ineq.set(position[i], j, -v);
                    }
                }
            }
            builder.lower(lower);
            Optimisation.Options options = new Optimisation.Options();
            options.linear().dual();
            Optimisation.Result result = builder.build(options).solve();
            long nanos = System.nanoTime() - t0;
            Optimisation.State state = result.getState();
            if (state == Optimisation.State.INFEASIBLE) {
                return LpSolution.failed(LpSolution.Status.INFEASIBLE, name(), nanos, "ojAlgo returned infeasible");
            }
            if (state == Optimisation.State.UNBOUNDED) {
                return LpSolution.failed(LpSolution.Status.UNBOUNDED, name(), nanos, "ojAlgo returned unbounded");
            }
            if (!state.isOptimal() || Double.isNaN(result.getValue())) {
                return LpSolution.failed(LpSolution.Status.FAILED, name(), nanos, "ojAlgo returned " + state + " with objective " + result.getValue());
            }
            double[] x = new double[n];
            for (int j = 0; j < n; j++) {
                x[j] = result.doubleValue(j);
            }
            double[] y = new double[m];
            Access1D<?> mult = result.getMultipliers().orElse(null);
            if (mult == null || mult.count() < m) {
                return LpSolution.failed(LpSolution.Status.FAILED, name(), nanos, "ojAlgo returned no multipliers");
            }
            for (int i = 0; i < m; i++) {
                switch (lp.relation(i)) {
                    case EQ -> y[i] = -mult.doubleValue(ineqCount + position[i]);
                    case LE -> y[i] = -mult.doubleValue(position[i]);
                    case GE -> y[i] = mult.doubleValue(position[i]);
                }
            }
            double objective = 0;
            for (int j = 0; j < n; j++) {
                objective += cost[j] * x[j];
            }
            return LpSolution.optimal(objective, x, y, name(), nanos);
        } catch (RuntimeException e) {
            return LpSolution.failed(LpSolution.Status.FAILED, name(), System.nanoTime() - t0, "ojAlgo threw " + e);
        }
    }
}
