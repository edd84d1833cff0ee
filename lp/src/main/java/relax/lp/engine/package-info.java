/**
 * The one solve engine under every formulation: checked LP solves with warm retry, cold retry and backend
 * failover ({@link relax.lp.engine.Engine}); column generation over a {@link relax.lp.engine.Master} with a
 * {@link relax.lp.engine.Pricer} and a {@link relax.lp.engine.Pruning} policy, the strategies a master holds as columns
 * in one {@link relax.lp.engine.StrategyPool}; one options type
 * ({@link relax.lp.engine.SolveOptions}), one tolerance policy ({@link relax.lp.engine.Tolerances}), one
 * status ({@link relax.lp.engine.Status}), one verdict policy ({@link relax.lp.engine.Verdict}) and one
 * diagnostics record ({@link relax.lp.engine.Diagnostics}).
 *
 * <p>A relaxation (Chaves, Kueng, Brask &amp; Gross 2015, eqs. 32–33 and Corollary 8; Theorem 6 for
 * measurement dependence; eq. 53 for bilocality) is a formulation on this engine: it builds its LP, prices
 * its columns and checks its certificate, and leaves solving, failover, budgets and verdicts here.
 *
 * <p>May import {@code relax.core}, {@code relax.lp.solver} and {@code relax.lp.exact}; knows no physics.
 */
package relax.lp.engine;
