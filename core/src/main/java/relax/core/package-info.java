/**
 * The observed side of a Bell experiment: a {@link relax.core.Scenario} (parties, inputs, outputs and the
 * flat index of p(a|x)), a {@link relax.core.Behaviour} p(a|x) with its validation, marginals and
 * signalling checks, the no-signalling rows, and small numeric helpers (binary entropy, formatting).
 *
 * <p>Notation follows Chaves, Kueng, Brask &amp; Gross, PRL 114, 140403 (2015): p(a,b|x,y), eq. (1).
 *
 * <p>Imports nothing from the rest of the project; every other package may import it.
 */
package relax.core;
