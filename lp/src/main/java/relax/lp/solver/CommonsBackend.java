package relax.lp.solver;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Apache Commons Math's dense {@link SimplexSolver}, as an independent reference: slow (dense tableau)
 * and for small problems only — LPs with more than {@value #MAX_DENSE_ENTRIES} matrix entries are
 * refused (status FAILED) rather than left running for minutes.
 *
 * <p>It exposes no multipliers, so this backend solves the primal and then the explicitly written dual
 * (max b·y s.t. Aᵀy ≤ c for ξ ≥ 0 columns, = c for free ones, y signed by row relation) as a second
 * LP. Free columns are split into two non-negative ones; a removed column is passed as a zero column and
 * reported at 0. Bland's rule guards against cycling on these
 * degenerate problems (MATH-930).
 */
public final class CommonsBackend implements LpBackend {
    private static final int MAX_ITERATIONS = 1_000_000;
    /** Largest dense tableau (rows × columns) attempted; beyond it the dense simplex takes minutes. */
    static final long MAX_DENSE_ENTRIES = 2_000_000;

    @Override
    public String name() {
        return "commons";
    }

    @Override
    public LpSolution solve(LinearProgram lp) {
        long t0 = System.nanoTime();
        int n = lp.columns();
        int m = lp.rows();
        if ((long) n * m > MAX_DENSE_ENTRIES) {
            return LpSolution.failed(LpSolution.Status.FAILED, name(), System.nanoTime() - t0,
                    "the dense reference simplex is limited to " + MAX_DENSE_ENTRIES + " matrix entries, this LP has " + (long) n * m);
        }
        double[][] dense = new double[m][n];
        for (int j = 0; j < n; j++) {
            for (int k = lp.colStart(j); k < lp.colStart(j + 1) && !lp.isRemoved(j); k++) {
                dense[lp.entryRow(k)][j] += lp.entryValue(k);
            }
        }
        try {
            double[] x = solvePrimal(lp, dense);
            double[] y = solveDual(lp, dense);
            double objective = 0;
            for (int j = 0; j < n; j++) {
                objective += lp.cost(j) * x[j];
            }
            return LpSolution.optimal(objective, x, y, name(), System.nanoTime() - t0);
        } catch (NoFeasibleSolutionException e) {
            return LpSolution.failed(LpSolution.Status.INFEASIBLE, name(), System.nanoTime() - t0, "Commons Math reported no feasible solution");
        } catch (UnboundedSolutionException e) {
            return LpSolution.failed(LpSolution.Status.UNBOUNDED, name(), System.nanoTime() - t0, "Commons Math reported an unbounded program");
        } catch (TooManyIterationsException | ArithmeticException e) {
            return LpSolution.failed(LpSolution.Status.FAILED, name(), System.nanoTime() - t0, "Commons Math failed: " + e.getMessage());
        }
    }

    private static double[] solvePrimal(LinearProgram lp, double[][] dense) {
        int n = lp.columns();
        int[] splitIndex = new int[n];
        int vars = 0;
        for (int j = 0; j < n; j++) {
            splitIndex[j] = vars;
            vars += lp.isFree(j) ? 2 : 1;
        }
        double[] c = new double[vars];
        for (int j = 0; j < n; j++) {
            double cj = lp.isRemoved(j) ? 0 : lp.cost(j);
            c[splitIndex[j]] = cj;
            if (lp.isFree(j)) {
                c[splitIndex[j] + 1] = -cj;
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < lp.rows(); i++) {
            double[] row = new double[vars];
            for (int j = 0; j < n; j++) {
                row[splitIndex[j]] = dense[i][j];
                if (lp.isFree(j)) {
                    row[splitIndex[j] + 1] = -dense[i][j];
                }
            }
            Relationship rel = switch (lp.relation(i)) {
                case EQ -> Relationship.EQ;
                case LE -> Relationship.LEQ;
                case GE -> Relationship.GEQ;
            };
            constraints.add(new LinearConstraint(row, rel, lp.rhs(i)));
        }
        PointValuePair p = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(c, 0),
                new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
        double[] point = p.getPoint();
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = lp.isRemoved(j) ? 0 : point[splitIndex[j]] - (lp.isFree(j) ? point[splitIndex[j] + 1] : 0);
        }
        return x;
    }

    /** max b·y over y_i = sign_i·(u_i − v_i) (v only for = rows), with Aᵀy ≤ c (= c for free columns). */
    private static double[] solveDual(LinearProgram lp, double[][] dense) {
        int m = lp.rows();
        int n = lp.columns();
        int[] splitIndex = new int[m];
        double[] sign = new double[m];
        int vars = 0;
        for (int i = 0; i < m; i++) {
            splitIndex[i] = vars;
            vars += lp.relation(i) == LinearProgram.Relation.EQ ? 2 : 1;
            sign[i] = lp.relation(i) == LinearProgram.Relation.LE ? -1 : 1;
        }
        double[] objective = new double[vars];
        for (int i = 0; i < m; i++) {
            objective[splitIndex[i]] = sign[i] * lp.rhs(i);
            if (lp.relation(i) == LinearProgram.Relation.EQ) {
                objective[splitIndex[i] + 1] = -lp.rhs(i);
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] row = new double[vars];
            for (int i = 0; i < m; i++) {
                row[splitIndex[i]] = sign[i] * dense[i][j];
                if (lp.relation(i) == LinearProgram.Relation.EQ) {
                    row[splitIndex[i] + 1] = -dense[i][j];
                }
            }
            constraints.add(new LinearConstraint(row, lp.isFree(j) ? Relationship.EQ : Relationship.LEQ, lp.isRemoved(j) ? 0 : lp.cost(j)));
        }
        PointValuePair p = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
        double[] point = p.getPoint();
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = sign[i] * point[splitIndex[i]] - (lp.relation(i) == LinearProgram.Relation.EQ ? point[splitIndex[i] + 1] : 0);
        }
        return y;
    }
}
