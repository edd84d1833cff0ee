/**
 * Fitting a behaviour estimated from finite data to the behaviours a causal structure can produce — the set
 * {T q : q a distribution over the structure's deterministic strategies} (Chaves, Kueng, Brask &amp; Gross 2015,
 * eq. 28) — when the relative frequencies signal in a way the structure forbids: {@link relax.lp.statistics.L1Projection}
 * (least ℓ1 distance, an LP on the engine with an exactly verified certificate from both sides) and
 * {@link relax.lp.statistics.MaximumLikelihood} (away-step Frank–Wolfe with the exact pricing search as linear oracle,
 * certified by its exact duality gap), both giving a {@link relax.lp.statistics.Fit} whose fitted behaviour is an exact
 * mixture of strategies; and {@link relax.lp.statistics.AffineHull}, the exact dimension of that set (the degrees of
 * freedom of the likelihood-ratio test).
 *
 * <p>May import {@code relax.core}, {@code relax.lp.engine}, {@code relax.lp.solver}, {@code relax.lp.exact} and
 * {@link relax.lp.relaxation.Certificate#maximum} / {@link relax.lp.relaxation.RelaxationResult.WeightedStrategy} from
 * {@code relax.lp.relaxation}. The statistics built on these fits (tests, intervals, resampling) live in
 * {@code relax.scenarios.statistics}. Derivations: docs/statistics.md.
 */
package relax.lp.statistics;
