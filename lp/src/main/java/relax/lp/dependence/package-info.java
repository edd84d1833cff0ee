/**
 * Measurement dependence (Chaves et al. 2015, Fig. 1e, eqs. 5 and 40–42, Theorem 6): the minimum of M or
 * Hall's M_Hall over measurement-dependent models, its exact certificate, and the mutual information
 * I(X:Λ) with its Pinsker bound and certified minimum.
 *
 * <p>May import {@code relax.core.*}, {@code relax.lp.solver}, {@code relax.lp.exact}, {@code relax.lp.engine} and
 * {@code relax.lp.relaxation} (for the behaviour constraints).
 */
package relax.lp.dependence;
