/**
 * The measurement-dependence claims of Chaves et al. (2015) reproduced for {@code relax reproduce}: the singlet's
 * minimum mutual information, the GHZ bracket, the CGLMP law (eq. 11) and Fig. 3. Each class is one
 * {@link relax.scenarios.report.Reproduction}.
 */
package relax.scenarios.reproduce.md;
