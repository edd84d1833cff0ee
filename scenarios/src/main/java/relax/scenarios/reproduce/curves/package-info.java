/**
 * The curves of Chaves et al. 2015 swept by {@code relax curve} (the registry {@link relax.scenarios.reproduce.curves.Curve#all()}):
 * the CHSH laws (eqs. 7, 9, 38), Fig. 2 for I3322, the I_A→B family of eq. (10), Fig. 3 (mutual information against
 * visibility, CGLMP), Fig. 4 (M_BL(ν)) and Fig. 5 (min M_BL against visibility); their data and plots
 * ({@link relax.scenarios.reproduce.curves.CurveData}: one CSV layout {@code series,x,y,certified}); the CHSH, I3322 and
 * eq. (10) reproductions of {@code relax reproduce}, and the markdown the reproduction packages share.
 *
 * <p>May import the analyses, the domain packages, {@code relax.lp.dependence}, {@code relax.lp.network} and
 * {@code relax.scenarios.report}; the md and bilocality reproductions import it (not the other way round).
 */
package relax.scenarios.reproduce.curves;
