/**
 * Exact polyhedral computation: vertex and ray enumeration of {x : A x ≤ b} and facet enumeration of
 * conv(V) + cone(R) (the pure-Java {@link relax.lp.polytope.DoubleDescription} method in integer arithmetic,
 * or {@link relax.lp.polytope.Lrs} when installed), lineality spaces and their gauges, relabelling symmetries,
 * and the two polytopes of Chaves et al. 2015 this serves: the dual feasible region of the minimal-relaxation
 * LP (Theorem 1, Proposition 9, Corollary 8 eq. (27), Table I) and the polytope of behaviours a relaxed
 * causal structure can produce (the PORTA remarks around eq. (10)).
 *
 * <p>May import {@code relax.core.*} and {@code relax.lp.exact}. All access to strategy spaces goes through
 * {@link relax.lp.polytope.StrategyTable}.
 */
package relax.lp.polytope;
