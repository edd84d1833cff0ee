/**
 * Directed acyclic graphs over named nodes and d-separation: {@link relax.core.graph.Dag} (construction with
 * one-line errors naming an unknown parent or the cycle, ancestors, descendants, topological order) and
 * {@link relax.core.graph.DSeparation} (Pearl's d-separation criterion by the Bayes-ball reachability search).
 * Generic: any DAG with named nodes, not only the causal structures of Bell scenarios, so that e.g. the
 * faithfulness analysis of Pearl &amp; Cavalcanti (Kochen–Specker contextuality) can reuse it.
 *
 * <p>Imports nothing from the rest of the project; every package may import it.
 */
package relax.core.graph;
