/**
 * The entanglement-swapping network of Chaves et al. 2015, Fig. 1f (appendix "Bilocality scenario"):
 * its deterministic strategies (eq. 47), the strategy marginals and the non-bilocality M_BL of a strategy
 * distribution (eqs. 44–46), and explicit bilocal models.
 *
 * <p>May import {@code relax.core} and {@code relax.core.strategy}; no solver.
 */
package relax.core.network;
