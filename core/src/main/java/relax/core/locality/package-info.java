/**
 * The causal structures of Chaves et al. 2015, Fig. 1a–d, and their strategy spaces: local hidden variables
 * for any number of parties ({@link relax.core.locality.LhvStrategies}, eq. 2), and the bipartite relaxations
 * X→B, A→B and one bit of communication with their direct-causal-influence rows
 * ({@link relax.core.locality.LocalityStrategies}, eqs. 4, 29–31, 39).
 *
 * <p>May import {@code relax.core} and {@code relax.core.strategy}; no solver.
 */
package relax.core.locality;
