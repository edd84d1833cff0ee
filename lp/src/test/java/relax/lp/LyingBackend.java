package relax.lp;

import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.LpSolution;

/** A test backend named "liar" that answers OPTIMAL with value 0 and all-zero primal and dual: wrong for any LP that needs a nonzero answer. */
public final class LyingBackend implements LpBackend {

    @Override
    public String name() {
        return "liar";
    }

    @Override
    public LpSolution solve(LinearProgram lp) {
        return LpSolution.optimal(0, new double[lp.columns()], new double[lp.rows()], name(), 0);
    }
}
