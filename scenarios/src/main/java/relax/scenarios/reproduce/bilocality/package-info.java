/**
 * The bilocality claims of Chaves et al. 2015 reproduced for {@code relax reproduce}: Fig. 4 (the range of
 * the free parameter and M_BL(ν)), Fig. 5 (min M_BL against visibility) and the ternary example.
 *
 * <p>May import the analyses, {@code relax.lp.network}, the domain packages and {@code relax.scenarios.report}.
 */
package relax.scenarios.reproduce.bilocality;
