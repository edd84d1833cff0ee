/**
 * The curves of Chaves et al. 2015 (CHSH laws, Fig. 2 for I3322, the I_A→B family of eq. 10) swept by
 * {@code relax curve} and reproduced by {@code relax reproduce}.
 *
 * <p>May import the analyses, the domain packages and {@code relax.scenarios.report}.
 */
package relax.scenarios.reproduce.curves;
