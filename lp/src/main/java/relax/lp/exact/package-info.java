/**
 * Exact arithmetic for certificates: rounding of floating-point multipliers to rationals
 * ({@link relax.lp.exact.Rationals}), rigorous dual bounds of any LP in exact decimal arithmetic
 * ({@link relax.lp.exact.DualBound}, after Neumaier &amp; Shcherbina 2004), and what every exactly checked
 * certificate states ({@link relax.lp.exact.ExactCertificate}).
 *
 * <p>May import {@code relax.lp.solver}.
 */
package relax.lp.exact;
