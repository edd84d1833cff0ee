package relax.lp.solver;

import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.linear.LinearSolver;
import org.ojalgo.structure.Access1D;
import org.ojalgo.structure.Mutate2D;

/**
 * ojAlgo's pure-Java simplex through its low-level {@link LinearSolver} builder (the
 * ExpressionsBasedModel is several times slower and heavier on these LPs, see SOLVERS.md).
 *
 * <p>The dual simplex runs first, deliberately, from measurements on these LPs (docs/performance.md):
 * on fully enumerated relaxations (few rows, very many columns, heavily primal degenerate) it is about
 * twice as fast as the primal; on column-generation masters it is up to 8× faster on the LHV (phase-1)
 * masters and about 2× slower on X→B masters at m = 5. But on some X→B masters at m = 6 it reported
 * OPTIMAL with rows violated by more than 1 (the NaN/garbage breakdown of SOLVERS.md), where the primal
 * simplex answered correctly. So an answer that fails {@link LpSolution#check} is solved again with the
 * primal simplex before the backend gives up. ojAlgo cannot warm-start from a previous basis through its
 * public API, so column generation rebuilds the model every round (the default {@link #open}).
 *
 * <p>A removed column ({@link LinearProgram#removeColumn}) is passed with cost and coefficients 0 and
 * reported at 0. ojAlgo lists the multipliers of inequality rows before those of equality rows, with the opposite
 * sign to {@link LinearProgram}'s convention; this class translates. ≥ rows are passed as negated ≤ rows.
 */
public final class OjAlgoBackend implements LpBackend {

    @Override
    public String name() {
        return "ojalgo";
    }

    /** Solves with the dual simplex, and with the primal if the dual's answer fails the check. */
    @Override
    public LpSolution solve(LinearProgram lp) {
        LpSolution dual = solve(lp, false);
        if (dual.status() == LpSolution.Status.OPTIMAL && dual.check(lp).within(LpSolution.ACCEPTED_RESIDUAL)) {
            return dual;
        }
        LpSolution primal = solve(lp, true);
        String why = dual.status() == LpSolution.Status.OPTIMAL ? "OPTIMAL but " + dual.check(lp) : dual.note();
        return primal.status() == LpSolution.Status.OPTIMAL ? primal
                : LpSolution.failed(primal.status(), name(), dual.nanos() + primal.nanos(), "dual simplex: " + why + "; primal simplex: " + primal.note());
    }

    private LpSolution solve(LinearProgram lp, boolean primal) {
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
            cost[j] = lp.isRemoved(j) ? 0 : lp.cost(j);
            lower[j] = lp.isFree(j) && !lp.isRemoved(j) ? Double.NEGATIVE_INFINITY : 0;
        }
        try {
            LinearSolver.Builder builder = LinearSolver.newGeneralBuilder(cost);
            Mutate2D eq = eqCount > 0 ? builder.equalities(eqRhs) : null;
            Mutate2D ineq = ineqCount > 0 ? builder.inequalities(ineqRhs) : null;
            for (int j = 0; j < n; j++) {
                for (int k = lp.colStart(j); k < lp.colStart(j + 1) && !lp.isRemoved(j); k++) {
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
            if (primal) {
                options.linear().primal();
            } else {
                options.linear().dual();
            }
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
                x[j] = lp.isRemoved(j) ? 0 : result.doubleValue(j);
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
