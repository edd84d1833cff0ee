/**
 * Deterministic strategies as the engine sees them: a {@link relax.core.strategy.StrategySpace} answers, for a
 * strategy λ, which behaviour entry it produces in each input block (a column of T, Chaves et al. 2015,
 * eq. 28) and its measure counts (a column of C, eq. 31), and finds the strategy of largest reduced score
 * exactly ({@link relax.core.strategy.Pricing}) without enumerating the space.
 *
 * <p>May import {@code relax.core}; no solver.
 */
package relax.core.strategy;
