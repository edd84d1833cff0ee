package relax.core.contextuality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import relax.core.graph.Dag;
import relax.core.structure.CausalStructure;
import relax.core.structure.Node;

/**
 * A causal graph over the observed variables of a compatibility scenario — the settings X_1 … X_n (which
 * measurement fills each slot) and the outcomes A_1 … A_n — plus latent nodes: the DAG G of a classical causal
 * model (Pearl &amp; Cavalcanti, Def. 1). Slot i is {@code settings.get(i)} and {@code outcomes.get(i)}.
 *
 * @param name        short name, e.g. {@code canonical}
 * @param description what the graph is, in a few words
 * @param dag         the graph, latent nodes included
 * @param settings    the node of X_i for each slot i
 * @param outcomes    the node of A_i for each slot i
 * @param latent      the latent common cause of the outcomes (Λ), or null if the graph has none
 */
public record CausalGraph(String name, String description, Dag dag, List<String> settings, List<String> outcomes, String latent) {

    /** The latent common cause of the outcomes. */
    public static final String LAMBDA = "Λ";
    /** The latent common cause of the settings (Pearl &amp; Cavalcanti, Fig. 1). */
    public static final String OMEGA = "Ω";

    public CausalGraph {
        settings = List.copyOf(settings);
        outcomes = List.copyOf(outcomes);
        if (settings.size() != outcomes.size()) {
            throw new IllegalArgumentException("the graph " + name + " needs one setting per outcome (one per slot), got " + settings.size()
                    + " settings and " + outcomes.size() + " outcomes");
        }
    }

    /** Number of slots n. */
    public int slots() {
        return settings.size();
    }

    /**
     * The canonical graph of Pearl &amp; Cavalcanti, Fig. 1: Ω → X_i (Ω a common cause of the choices, e.g. the choice
     * of context), X_i → A_i, and Λ → A_i (Λ a common cause of the outcomes), for n slots.
     */
    public static CausalGraph canonical(int n) {
        return build("canonical", "Pearl & Cavalcanti, Fig. 1: Ω -> X_i, X_i -> A_i, Λ -> A_i", n, true, false, false);
    }

    /**
     * The context-influence graph: Fig. 1 with every X_j a parent of every A_i — the outcome of each slot may depend
     * on the whole context (the structure whose influence {@link ContextualStrategies} minimises).
     */
    public static CausalGraph contextInfluence(int n) {
        return build("context", "Fig. 1 plus X_j -> A_i for all i, j: the context influences every outcome", n, true, true, false);
    }

    /** Measurement dependence (Chaves et al. 2015, Fig. 1 with λ → X): Λ → X_i, X_i → A_i, Λ → A_i. */
    public static CausalGraph measurementDependence(int n) {
        return build("md", "measurement dependence: Λ -> X_i, X_i -> A_i, Λ -> A_i", n, false, false, true);
    }

    private static CausalGraph build(String name, String description, int n, boolean omega, boolean allSettings, boolean lambdaToSettings) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        parents.put(LAMBDA, List.of());
        if (omega) {
            parents.put(OMEGA, List.of());
        }
        List<String> xs = new ArrayList<>();
        List<String> as = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            xs.add("X" + i);
            as.add("A" + i);
        }
        for (String x : xs) {
            parents.put(x, omega ? List.of(OMEGA) : lambdaToSettings ? List.of(LAMBDA) : List.of());
        }
        for (int i = 0; i < n; i++) {
            List<String> ps = new ArrayList<>(allSettings ? xs : List.of(xs.get(i)));
            ps.add(LAMBDA);
            parents.put(as.get(i), ps);
        }
        return new CausalGraph(name, description, Dag.of(parents), xs, as, LAMBDA);
    }

    /**
     * The graph of a causal structure (with its shared λ): its i-th setting and i-th outcome form slot i.
     *
     * @throws IllegalArgumentException if the structure does not have as many settings as outcomes
     */
    public static CausalGraph of(String name, CausalStructure s) {
        return new CausalGraph(name, s.description().isEmpty() ? s.name() : s.description(), s.graph(), s.settings().stream().map(Node::name).toList(),
                s.outcomes().stream().map(Node::name).toList(), CausalStructure.LATENT);
    }
}
