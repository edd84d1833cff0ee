/**
 * Minimal microstate dependence (docs/microstate-independence.md, §6; after Ciepielewski &amp; Okon, eq. (25)):
 * the four measures of how strongly Bob's apparatus microstate must depend on Alice's setting or result in a
 * locally causal, settings-independent model ({@link relax.core.microstate.MicrostateMeasure}) and the strategy
 * space whose LP minimises them ({@link relax.core.microstate.MicrostateStrategies}). No solver.
 *
 * <p>May import {@code relax.core}, {@code relax.core.strategy} and {@code relax.core.locality} (it reuses the
 * X→B and A→B strategies of Chaves et al. 2015, Fig. 1b–c, eq. 28).
 */
package relax.core.microstate;
