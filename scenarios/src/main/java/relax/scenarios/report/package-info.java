/**
 * What {@code relax reproduce} writes: the {@link relax.scenarios.report.Reproduction} contract (one claim of a
 * paper, recomputed, with its verdict and section) and the charts.
 *
 * <p>Imports no physics package.
 */
package relax.scenarios.report;
