/**
 * The claims of Ciepielewski &amp; Okon, <i>From locality to factorizability</i>, reproduced for {@code relax reproduce}:
 * the escape model (exact audit), the printed microstate independence (the one-time-pad counterexample) and the least
 * microstate dependence the escape needs (the law of docs/microstate-independence.md, Theorem 4). Each class is one
 * {@link relax.scenarios.report.Reproduction}.
 */
package relax.scenarios.reproduce.microstate;
