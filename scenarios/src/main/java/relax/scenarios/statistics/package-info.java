/**
 * Finite statistics of an experiment given as counts N(a|x): the likelihood-ratio test of whether the data's deviation
 * from a causal structure's behaviours is more than sampling noise ({@link relax.scenarios.statistics.LikelihoodRatioTest}),
 * confidence intervals on a relaxation measure — the parametric bootstrap ({@link relax.scenarios.statistics.Bootstrap})
 * and the certificate bound by sample splitting and Hoeffding's inequality ({@link relax.scenarios.statistics.CertificateBound})
 * — the measures they apply to with their certificates ({@link relax.scenarios.statistics.Estimand}: C_X→B, C_A→B and
 * p(m=0) of Chaves et al. 2015, eqs. 29, 4, 39; M and M_Hall, eqs. 5, 41–42; the least microstate dependence after
 * Ciepielewski &amp; Okon), simulated experiments with reproducible random streams ({@link relax.scenarios.statistics.Sampling})
 * and the coverage study ({@link relax.scenarios.statistics.Coverage}). {@link relax.scenarios.statistics.ExperimentAnalysis}
 * puts fit, test and intervals around a command's usual analysis.
 *
 * <p>May import {@code relax.core}, {@code relax.lp} (the fits of {@code relax.lp.statistics}, the relaxations and their
 * certificates), {@code relax.scenarios.quantum} (the behaviours of the coverage study), Commons RNG and Commons Math.
 * Never the command line. Derivations and the coverage table: docs/statistics.md.
 */
package relax.scenarios.statistics;
