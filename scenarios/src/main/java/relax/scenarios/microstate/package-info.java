/**
 * Explicit finite hidden-variable models of a Bell experiment with apparatus microstates, and their exact
 * audit, after Ciepielewski &amp; Okon, <i>From locality to factorizability: a novel escape from Bell's
 * theorem</i>: the model ({@link relax.scenarios.microstate.HiddenVariableModel}) and its file format
 * ({@link relax.scenarios.microstate.ModelFile}), its exact joint distribution
 * ({@link relax.scenarios.microstate.JointDistribution}), and the auditor
 * ({@link relax.scenarios.microstate.Auditor}) that checks settings independence (eq. 2), parameter and
 * outcome independence (eqs. 21–22), factorizability (eq. 1), local causality (eq. 7) and microstate
 * independence (eq. 25, as printed and in conditional form) and computes the behaviour and its CHSH value.
 *
 * <p>All arithmetic is exact, in a real quadratic field ({@link relax.scenarios.microstate.Surd}), so models
 * may reproduce Tsirelson's box exactly. No LP. May import {@code relax.core} and
 * {@code relax.scenarios.functional} (the CHSH functionals of Chaves et al. 2015, eq. (8)).
 */
package relax.scenarios.microstate;
