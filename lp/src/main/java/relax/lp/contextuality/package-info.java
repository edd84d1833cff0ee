/**
 * Contextuality formulations on the engine: the contextual fraction of Abramsky, Barbosa &amp; Mansfield, PRL 119,
 * 050504 (2017) as a column-generation LP over noncontextual strategies with its own exactly verified dual
 * certificate ({@link relax.lp.contextuality.ContextualFraction}), and exact rational models on the support of a
 * floating-point one ({@link relax.lp.contextuality.ExactModel}). The context→outcome influence and the
 * noncontextual and slot-dependent feasibility questions need nothing new: they are
 * {@link relax.lp.relaxation.Relaxation}s over the spaces of {@link relax.core.contextuality.ContextualStrategies}.
 * See docs/contextuality.md.
 *
 * <p>May import {@code relax.core.*}, {@code relax.lp.solver}, {@code relax.lp.exact}, {@code relax.lp.engine} and
 * {@code relax.lp.relaxation} (for its model record).
 */
package relax.lp.contextuality;
