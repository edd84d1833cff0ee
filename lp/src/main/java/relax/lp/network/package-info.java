/**
 * Non-bilocality in the entanglement-swapping network (Chaves et al. 2015, appendix, eqs. 44–58): the free
 * parameters of the source marginal (eq. 48), the fixed-parameter LP (53) with the link rows it needs, its
 * McCormick relaxation over boxes, and the branch and bound that brackets min M_BL exactly.
 *
 * <p>May import {@code relax.core.*}, {@code relax.lp.solver}, {@code relax.lp.exact}, {@code relax.lp.engine} and
 * {@code relax.lp.relaxation}.
 */
package relax.lp.network;
