package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import relax.core.Behaviour;
import relax.core.contextuality.CausalGraph;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;
import relax.core.contextuality.Faithfulness;
import relax.core.contextuality.NoDisturbance;
import relax.core.structure.CausalStructure;

/**
 * Is a causal graph faithful (Pearl &amp; Cavalcanti, Def. 4.1) to the no-disturbance — in a Bell scenario, no-signalling —
 * independences of a behaviour? Lists every independence (A_γ ⊥ X_∖γ | X_γ) of eq. (8), whether it holds in the
 * behaviour within the tolerance, whether the graph d-separates it, and which hold only by fine-tuning
 * ({@link Faithfulness}). For KS scenarios it also reports the operational symmetry of Def. 2 (ii), which Def. 4.2
 * asks the model to reflect: a model on the graph reflects it only if its responses do not depend on the slot.
 *
 * <p>The outcome is a plain record, so that any command can print it as a section of its own result.
 */
public final class FaithfulnessAnalysis {
    private FaithfulnessAnalysis() {
    }

    /**
     * One analysis.
     *
     * @param behaviour  the behaviour
     * @param graph      the causal graph
     * @param tolerance  an independence holds in the behaviour when its largest deviation is at most this
     * @param statements every no-disturbance independence, checked in the behaviour and in the graph
     * @param symmetry   the largest deviation from Def. 2 (ii) in the behaviour, if any is above zero
     * @param ksScenario whether some measurement fills two different slots (then Def. 2 (ii) and Def. 4.2 matter)
     */
    public record Outcome(CompatibilityBehaviour behaviour, CausalGraph graph, double tolerance, List<Faithfulness.Statement> statements,
            Optional<NoDisturbance.Disturbance> symmetry, boolean ksScenario) {

        public Outcome {
            statements = List.copyOf(statements);
        }

        /** The independences that hold in the behaviour only by fine-tuning of a model on this graph. */
        public List<Faithfulness.Statement> fineTuned() {
            return of(Faithfulness.Verdict.FINE_TUNED);
        }

        /** The d-separations the behaviour breaks: no model on this graph reproduces it. */
        public List<Faithfulness.Statement> broken() {
            return of(Faithfulness.Verdict.BROKEN);
        }

        /** Whether every independence that holds in the behaviour is a d-separation of the graph. */
        public boolean faithful() {
            return fineTuned().isEmpty();
        }

        /** One line: faithful, fine-tuned (how many, which), and whether the graph can produce the behaviour at all. */
        public String summary() {
            List<Faithfulness.Statement> f = fineTuned();
            List<Faithfulness.Statement> b = broken();
            StringBuilder s = new StringBuilder();
            if (f.isEmpty()) {
                s.append("faithful: every no-disturbance independence of p is a d-separation of ").append(graph.name());
            } else {
                s.append("fine-tuned: ").append(f.size()).append(f.size() == 1 ? " independence" : " independences")
                        .append(f.size() == 1 ? " of p holds" : " of p hold").append(" only by fine-tuning in ").append(graph.name()).append(" (");
                for (int i = 0; i < f.size(); i++) {
                    s.append(i > 0 ? "; " : "").append(f.get(i).statement());
                }
                s.append(')');
            }
            if (!b.isEmpty()) {
                s.append("; p breaks ").append(b.size()).append(" independence").append(b.size() == 1 ? "" : "s")
                        .append(" the graph implies, so no model on it reproduces p");
            }
            return s.toString();
        }

        private List<Faithfulness.Statement> of(Faithfulness.Verdict v) {
            List<Faithfulness.Statement> r = new ArrayList<>();
            for (Faithfulness.Statement s : statements) {
                if (s.verdict() == v) {
                    r.add(s);
                }
            }
            return r;
        }
    }

    /** The analysis of {@code p} under the graph {@code g}. */
    public static Outcome run(CompatibilityBehaviour p, CausalGraph g, double tolerance) {
        CompatibilityScenario s = p.scenario();
        boolean ks = false;
        for (int m = 0; m < s.measurements(); m++) {
            int first = -1;
            for (int c : s.contextsContaining(m)) {
                int slot = s.slotOf(c, m);
                ks |= first >= 0 && slot != first;
                first = first < 0 ? slot : first;
            }
        }
        // Def. 2 (ii) compares a measurement across slots: with every measurement in one slot (a Bell scenario) it holds
        // vacuously, and skipping the check keeps this section cheap for every influence result
        Optional<NoDisturbance.Disturbance> symmetry = ks ? NoDisturbance.check(p, tolerance).of(NoDisturbance.Condition.SYMMETRY) : Optional.empty();
        return new Outcome(p, g, tolerance, Faithfulness.check(g, p, tolerance), symmetry, ks);
    }

    /** A Bell behaviour under a causal structure (e.g. the shipped lhv, x2b, a2b, comm): slot i is its i-th setting and outcome. */
    public static Outcome run(Behaviour p, String name, CausalStructure structure, double tolerance) {
        return run(CompatibilityBehaviour.fromBell(p), CausalGraph.of(name, structure), tolerance);
    }
}
