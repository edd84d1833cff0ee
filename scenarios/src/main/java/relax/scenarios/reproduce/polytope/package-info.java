/**
 * The dual side of Chaves et al. 2015 reproduced for {@code relax reproduce}: Table I (the 13 vertices of the dual
 * region of eq. (27) for C_X→B in the CHSH scenario), the laws the vertices imply for C_A→B (eq. 38) and one bit of
 * communication (eq. 9), and whether eq. (10) is a facet of the A→B polytope.
 *
 * <p>May import the analyses, {@code relax.lp.polytope}, {@code relax.lp.relaxation}, the domain packages and
 * {@code relax.scenarios.report}.
 */
package relax.scenarios.reproduce.polytope;
