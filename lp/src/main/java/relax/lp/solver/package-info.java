/**
 * The generic linear-programming layer, with no physics in it: a {@link relax.lp.solver.LinearProgram} in one
 * sparse column-major form, the {@link relax.lp.solver.LpSolution} every backend returns (with its
 * primal/dual/gap check), and the backends behind {@link relax.lp.solver.LpBackend}: ojAlgo (pure Java),
 * OR-Tools GLOP, CLP and HiGHS (natives), Apache Commons Math (dense reference).
 *
 * <p>Imports no other {@code relax} package.
 */
package relax.lp.solver;
