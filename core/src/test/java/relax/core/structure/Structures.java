package relax.core.structure;

import java.util.ArrayList;
import java.util.List;

/** The structures of Chaves et al. 2015, Fig. 1a–d, and the instrumental scenario, built in code for the tests. */
final class Structures {
    private Structures() {
    }

    static Node setting(String name, int values) {
        return new Node(name, NodeKind.SETTING, values, List.of());
    }

    static Node outcome(String name, int values, String... parents) {
        return new Node(name, NodeKind.OUTCOME, values, List.of(parents));
    }

    static Node hidden(String name, int values, String... parents) {
        return new Node(name, NodeKind.HIDDEN, values, List.of(parents));
    }

    static List<Edge> edges(String... e) {
        return java.util.Arrays.stream(e).map(Edge::parse).toList();
    }

    /** Fig. 1a–d for mx, my, oa, ob: model lhv, x2b, a2b or comm. */
    static CausalStructure bipartite(String model, int mx, int my, int oa, int ob) {
        List<Node> n = new ArrayList<>(List.of(setting("x", mx), setting("y", my), outcome("a", oa, "x")));
        return switch (model) {
            case "lhv" -> new CausalStructure(model, "", add(n, outcome("b", ob, "y")), List.of(), null);
            case "x2b" -> new CausalStructure(model, "", add(n, outcome("b", ob, "x", "y")), edges("x->b"), null);
            case "a2b" -> new CausalStructure(model, "", add(n, outcome("b", ob, "a", "y")), edges("a->b"), null);
            case "comm" -> new CausalStructure(model, "", add(add(n, outcome("b", ob, "m", "y")), hidden("m", 2, "x", "a")), List.of(),
                    new ValueProbability("m", 0));
            default -> throw new IllegalArgumentException(model);
        };
    }

    /** X → A → B with λ → A, B, and X → B relaxed when {@code relaxed}. */
    static CausalStructure instrumental(int mx, boolean relaxed) {
        List<Node> n = List.of(setting("x", mx), outcome("a", 2, "x"), outcome("b", 2, relaxed ? new String[] {"x", "a"} : new String[] {"a"}));
        return new CausalStructure("instrumental", "", n, relaxed ? edges("x->b") : List.of(), null);
    }

    /** Fig. 1d with mx inputs of Alice drawn with {@code px}, two each for Bob and two outputs: minimise p(m=0). */
    static CausalStructure comm(int mx, double[] px) {
        List<Node> n = List.of(new Node("x", NodeKind.SETTING, mx, List.of(), px), setting("y", 2), outcome("a", 2, "x"), hidden("m", 2, "x", "a"),
                outcome("b", 2, "m", "y"));
        return new CausalStructure("comm", "", n, List.of(), new ValueProbability("m", 0));
    }

    /** A Bell scenario with b = g(x, a, y): x → b and a → b relaxed (scenarios/structures/bell-x-and-a-to-b.json). */
    static CausalStructure bellXandA() {
        List<Node> n = List.of(setting("x", 2), setting("y", 2), outcome("a", 2, "x"), outcome("b", 2, "x", "a", "y"));
        return new CausalStructure("bell-x-and-a-to-b", "", n, edges("x->b", "a->b"), null);
    }

    /** Three labs, bits m = h(x, a) to Bob and n = h'(y, b) to Carol, m → b and n → c relaxed (scenarios/structures/chain.json). */
    static CausalStructure chain() {
        List<Node> n = List.of(setting("x", 2), setting("y", 2), setting("z", 2), outcome("a", 2, "x"), hidden("m", 2, "x", "a"),
                outcome("b", 2, "y", "m"), hidden("n", 2, "y", "b"), outcome("c", 2, "z", "n"));
        return new CausalStructure("chain", "", n, edges("m->b", "n->c"), null);
    }

    private static List<Node> add(List<Node> l, Node n) {
        List<Node> c = new ArrayList<>(l);
        c.add(n);
        return c;
    }
}
