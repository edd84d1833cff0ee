/**
 * Bell functionals F(p) = Σ c·p + constant with their known bounds (CHSH in the form of Chaves et al. 2015,
 * eq. 8, I3322, CGLMP, I_A→B of eq. 10, Mermin, the bilocality inequality of eqs. 59–60), and their printing
 * as Bell expressions.
 *
 * <p>May import {@code relax.core}.
 */
package relax.scenarios.functional;
