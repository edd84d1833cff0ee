/**
 * The minimal-relaxation LP of Chaves et al. 2015 (eqs. 32–33, Theorem 1, Corollary 8) for any strategy
 * space: minimise max_i (C q)_i over strategy distributions q whose behaviour T q meets
 * {@link relax.lp.relaxation.BehaviourConstraints}, with its dual certificate re-verified in exact arithmetic
 * ({@link relax.lp.relaxation.Certificate}, eq. 27).
 *
 * <p>May import {@code relax.core.*}, {@code relax.lp.solver}, {@code relax.lp.exact} and {@code relax.lp.engine}.
 */
package relax.lp.relaxation;
