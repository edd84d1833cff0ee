/**
 * The application layer: each analysis takes a behaviour (or a functional value) and a causal structure,
 * runs its formulation on the engine, and returns an outcome that carries everything a report prints.
 *
 * <p>May import {@code relax.core.*}, {@code relax.lp.*}, {@code relax.scenarios.functional} and
 * {@code relax.scenarios.quantum}; never the CLI or the reports.
 */
package relax.scenarios.analysis;
