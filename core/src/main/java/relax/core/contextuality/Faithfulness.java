package relax.core.contextuality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import relax.core.graph.DSeparation;

/**
 * Faithfulness (no fine-tuning, Pearl &amp; Cavalcanti, Def. 4.1) of a causal graph to the no-disturbance conditional
 * independences of a behaviour: every conditional independence that holds in the phenomenon must be a
 * d-separation in the graph. The independences examined are those of no-disturbance, Def. 2 (i):
 * <pre>  (A_γ ⊥ X_∖γ | X_γ)      for every non-empty proper set γ of slots   (their eq. 8),</pre>
 * no-signalling in a Bell scenario. Each is checked twice, independently: in the behaviour (numerically, within a
 * tolerance, by {@link NoDisturbance#slotCondition}) and in the graph (by d-separation,
 * {@link DSeparation}). An independence that holds in the behaviour but is not a d-separation holds in a model on
 * that graph only for fine-tuned parameters.
 *
 * <p>{@link #factorisation} lists the d-separations from which Pearl &amp; Cavalcanti's proof (Sec. 6, Step 4 with
 * B = ∅, C = A, Z = X) reads off factorisability, P(A | X) = Σ_Λ P(Λ) Π_i P(A_i | X_i Λ): (Λ ⊥ X), (A_i ⊥ A_∖i |
 * X Λ) and (A_i ⊥ X_∖i | X_i Λ).
 */
public final class Faithfulness {
    private Faithfulness() {
    }

    /** How an independence of the behaviour relates to the graph. */
    public enum Verdict {
        /** Holds in the behaviour and is a d-separation: the graph explains it. */
        IMPLIED("implied by the graph"),
        /** Holds in the behaviour but is not a d-separation: a model on this graph reproduces it only by fine-tuning. */
        FINE_TUNED("holds only by fine-tuning"),
        /** A d-separation that the behaviour breaks: no model on this graph reproduces the behaviour. */
        BROKEN("implied by the graph but broken by the behaviour"),
        /** Neither: the behaviour breaks it and the graph allows that. */
        OPEN("broken by the behaviour; the graph allows that");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One independence (A_γ ⊥ X_∖γ | X_γ).
     *
     * @param gamma     the slots γ as a bit mask (bit i: slot i)
     * @param statement in the graph's node names, e.g. {@code b ⊥ x | y}
     * @param holds     whether it holds in the behaviour within the tolerance
     * @param deviation the largest deviation found in the behaviour, if any is above zero
     * @param separated whether the graph d-separates it
     */
    public record Statement(int gamma, String statement, boolean holds, Optional<NoDisturbance.Disturbance> deviation, boolean separated) {
        public Verdict verdict() {
            return holds ? (separated ? Verdict.IMPLIED : Verdict.FINE_TUNED) : (separated ? Verdict.BROKEN : Verdict.OPEN);
        }
    }

    /** One d-separation of the graph: the statement and whether it holds. */
    public record Separation(String statement, boolean separated) {
    }

    /**
     * Every no-disturbance independence of the behaviour, checked in the behaviour and in the graph.
     *
     * @throws IllegalArgumentException if the graph and the scenario do not have the same number of slots
     */
    public static List<Statement> check(CausalGraph g, CompatibilityBehaviour p, double tolerance) {
        int n = g.slots();
        if (p.scenario().slots() != n) {
            throw new IllegalArgumentException("the graph " + g.name() + " has " + n + " slots (settings) but the behaviour's scenario has "
                    + p.scenario().slots());
        }
        List<Statement> out = new ArrayList<>();
        for (int gamma : NoDisturbance.gammas(n)) {
            List<String> a = pick(g.outcomes(), gamma, true);
            List<String> rest = pick(g.settings(), gamma, false);
            List<String> given = pick(g.settings(), gamma, true);
            boolean separated = DSeparation.separated(g.dag(), a, rest, given);
            Optional<NoDisturbance.Disturbance> d = NoDisturbance.slotCondition(p, gamma);
            boolean holds = d.map(x -> x.value() <= tolerance).orElse(true);
            out.add(new Statement(gamma, statement(a, rest, given), holds, d, separated));
        }
        return out;
    }

    /** The d-separations behind factorisability (see the class comment), each with its truth in the graph. */
    public static List<Separation> factorisation(CausalGraph g) {
        if (g.latent() == null) {
            throw new IllegalArgumentException("the graph " + g.name() + " has no latent common cause of the outcomes");
        }
        List<Separation> out = new ArrayList<>();
        List<String> lambda = List.of(g.latent());
        out.add(new Separation(statement(lambda, g.settings(), List.of()), DSeparation.separated(g.dag(), lambda, g.settings(), List.of())));
        int n = g.slots();
        for (int i = 0; i < n; i++) {
            List<String> ai = List.of(g.outcomes().get(i));
            List<String> otherA = without(g.outcomes(), i);
            List<String> xl = new ArrayList<>(g.settings());
            xl.add(g.latent());
            if (!otherA.isEmpty()) {
                out.add(new Separation(statement(ai, otherA, xl), DSeparation.separated(g.dag(), ai, otherA, xl)));
            }
            List<String> otherX = without(g.settings(), i);
            List<String> xil = List.of(g.settings().get(i), g.latent());
            if (!otherX.isEmpty()) {
                out.add(new Separation(statement(ai, otherX, xil), DSeparation.separated(g.dag(), ai, otherX, xil)));
            }
        }
        return out;
    }

    private static List<String> pick(List<String> nodes, int mask, boolean in) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (((mask >> i & 1) != 0) == in) {
                r.add(nodes.get(i));
            }
        }
        return r;
    }

    private static List<String> without(List<String> nodes, int i) {
        List<String> r = new ArrayList<>(nodes);
        r.remove(i);
        return r;
    }

    /** E.g. {@code A1,A2 ⊥ X3 | X1, X2}. */
    static String statement(List<String> a, List<String> b, List<String> given) {
        return String.join(",", a) + " ⊥ " + String.join(",", b) + (given.isEmpty() ? "" : " | " + String.join(", ", given));
    }
}
