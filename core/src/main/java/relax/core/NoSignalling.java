package relax.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The no-signalling conditions of a scenario as linear functionals of the behaviour: for every party i,
 * the joint marginal of the other parties does not depend on i's input,
 * <pre>  Σ_{a_i} p(a | x) − Σ_{a_i} p(a | x with x_i = 0) = 0   for every x with x_i ≥ 1 and every a_{−i}.</pre>
 * For two parties, party 0's conditions say that Bob's marginal p_B(b|x,y) does not depend on x
 * (no signalling from Alice to Bob, e.g. Chaves et al. 2015, Table I, points 10–13) and party 1's that Alice's
 * marginal does not depend on y.
 *
 * <p>On normalised behaviours the conditions of one (i, x) sum to zero over a_{−i}, so the one with
 * every other party at its last output is left out. For two parties the remaining conditions are
 * linearly independent; for three or more parties they still span every no-signalling condition but are
 * linearly dependent (e.g. both parties' sets imply that the third party's marginal is constant).
 */
public final class NoSignalling {
    private NoSignalling() {
    }

    /**
     * One condition ⟨coefficients, p⟩ = 0.
     *
     * @param party        the party whose input must not influence the others' marginal
     * @param coefficients one coefficient per behaviour entry (scenario order); owned by the caller
     * @param label        e.g. {@code pB(0|x=1,y=0) = pB(0|x=0,y=0)}
     */
    public record Condition(int party, double[] coefficients, String label) {
    }

    /** The conditions of {@code party} (see the class comment), in the order of input blocks and outcomes. */
    public static List<Condition> conditions(Scenario s, int party) {
        int n = s.parties();
        int[] x = new int[n];
        int[] a = new int[n];
        int k = s.outcomesPerBlock();
        List<Condition> out = new ArrayList<>();
        for (int block = 0; block < s.inputBlocks(); block++) {
            s.decodeBlock(block, x);
            if (x[party] == 0) {
                continue;
            }
            x[party] = 0;
            int reference = s.block(x);
            for (int o = 0; o < k; o++) {
                s.decodeOutcome(o, a);
                if (a[party] != 0 || allOthersLast(s, a, party)) {
                    continue;
                }
                double[] c = new double[s.size()];
                for (int ai = 0; ai < s.outputs(party); ai++) {
                    a[party] = ai;
                    int outcome = s.outcome(a);
                    c[s.index(block, outcome)] += 1;
                    c[s.index(reference, outcome)] -= 1;
                }
                a[party] = 0;
                out.add(new Condition(party, c, label(s, party, block, reference, a)));
            }
        }
        return out;
    }

    private static boolean allOthersLast(Scenario s, int[] a, int party) {
        for (int j = 0; j < a.length; j++) {
            if (j != party && a[j] != s.outputs(j) - 1) {
                return false;
            }
        }
        return true;
    }

    /** e.g. {@code pB(0|x=1,y=0) = pB(0|x=0,y=0)}. */
    private static String label(Scenario s, int party, int block, int reference, int[] a) {
        StringBuilder who = new StringBuilder("p");
        StringBuilder what = new StringBuilder();
        for (int j = 0; j < s.parties(); j++) {
            if (j != party) {
                who.append(Scenario.partyName(j));
                what.append(what.length() > 0 ? "," : "").append(a[j]);
            }
        }
        return who + "(" + what + "|" + inputs(s, block) + ") = " + who + "(" + what + "|" + inputs(s, reference) + ")";
    }

    private static String inputs(Scenario s, int block) {
        int[] x = new int[s.parties()];
        s.decodeBlock(block, x);
        StringBuilder t = new StringBuilder();
        for (int j = 0; j < x.length; j++) {
            t.append(j > 0 ? "," : "").append(s.inputSymbol(j)).append('=').append(x[j]);
        }
        return t.toString();
    }
}
