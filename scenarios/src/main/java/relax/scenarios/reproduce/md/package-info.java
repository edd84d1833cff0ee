/**
 * The measurement-dependence claims of Chaves et al. (2015) reproduced for {@code relax reproduce}: the singlet's
 * minimum mutual information, the GHZ bracket, the CGLMP law (eq. 11) and Fig. 3. Each class is one
 * {@link relax.scenarios.report.Reproduction}. The sweep and plot of Fig. 3 are {@code relax.scenarios.reproduce.curves.CglmpMutualInformationCurve}
 * (also {@code relax curve md-fig3}).
 */
package relax.scenarios.reproduce.md;
