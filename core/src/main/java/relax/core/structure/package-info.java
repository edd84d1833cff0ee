/**
 * Causal structures as data (Chaves, Kueng, Brask &amp; Gross 2015, Fig. 1 and eqs. 1, 28–33, 39): a
 * {@link relax.core.structure.CausalStructure} is any DAG over settings, outcomes and hidden intermediates with
 * one shared latent λ parent of every non-setting node, its relaxed edges (measure C_U→V) or a hidden node's
 * probability to minimise (p(m=0)); its deterministic strategies as response tables
 * ({@link relax.core.structure.ResponseTables}); and the conditional independences it implies among observed
 * variables by d-separation ({@link relax.core.structure.ImpliedIndependences}), in particular the
 * no-signalling conditions it enforces; and its strategy space for the LP of eqs. (32)–(33)
 * ({@link relax.core.structure.StructureStrategies}: T columns, the do-intervention rows of every relaxed edge, exact
 * pricing without materialising T), with setting distributions as exact fractions
 * ({@link relax.core.structure.ExactDistribution}). See docs/causal-structures.md.
 *
 * <p>May import {@code relax.core}, {@code relax.core.graph} and {@code relax.core.strategy}; no solver.
 */
package relax.core.structure;
