/**
 * The bilocality claims of Chaves et al. 2015 reproduced for {@code relax reproduce}: Fig. 4 (the range of
 * the free parameter and M_BL(ν)), Fig. 5 (min M_BL against visibility) and the ternary example.
 *
 * The sweeps and plots of Figs. 4 and 5 live in {@code relax.scenarios.reproduce.curves} (also {@code relax curve}).
 *
 * <p>May import the analyses, {@code relax.lp.network}, the domain packages, {@code relax.scenarios.report} and
 * {@code relax.scenarios.reproduce.curves}.
 */
package relax.scenarios.reproduce.bilocality;
