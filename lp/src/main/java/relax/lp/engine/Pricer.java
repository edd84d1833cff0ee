package relax.lp.engine;

/**
 * The pricing step of a column generation: given the master's multipliers, find columns of positive
 * reduced score and add them to the {@link Master} (as new generated columns). The search must be exact
 * in this sense: when it adds nothing, no column of the formulation has a reduced score above the
 * pricing tolerance, so the master's optimum is the formulation's optimum.
 */
@FunctionalInterface
public interface Pricer {

    /**
     * Prices at the master multipliers {@code dual} (the convention of
     * {@link relax.lp.solver.LinearProgram}; not modified) and adds improving columns to the master.
     *
     * @return the largest reduced score found at {@code dual}
     */
    double price(double[] dual);
}
