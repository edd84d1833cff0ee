package relax.core;

/**
 * The largest dependence of one party's marginal on the other parties' inputs: the marginal
 * p(a_party = outcome | x) takes {@code first} at input tuple {@code blockFirst} and {@code second}
 * at {@code blockSecond}, which differ only in the other parties' inputs. A causal structure in which
 * nothing flows into this party's output cannot reproduce such a behaviour.
 *
 * @param party       the party whose marginal signals
 * @param outcome     the value of that party's output
 * @param blockFirst  an input block (row-major input tuple)
 * @param blockSecond another input block with the same input for {@code party}
 * @param first       the marginal at {@code blockFirst}
 * @param second      the marginal at {@code blockSecond}
 */
public record Signalling(Scenario scenario, int party, int outcome, int blockFirst, int blockSecond, double first, double second) {

    /** |first − second|: by how much the marginal moves. */
    public double amount() {
        return Math.abs(first - second);
    }

    /**
     * One line such as {@code B's marginal p(b=0|y=1) changes with x: 0.5 at x=0, 0.7 at x=1
     * (difference 0.2)}.
     */
    public String describe() {
        int n = scenario.parties();
        int[] x1 = new int[n];
        int[] x2 = new int[n];
        scenario.decodeBlock(blockFirst, x1);
        scenario.decodeBlock(blockSecond, x2);
        StringBuilder others1 = new StringBuilder();
        StringBuilder others2 = new StringBuilder();
        StringBuilder otherNames = new StringBuilder();
        for (int j = 0; j < n; j++) {
            if (j == party) {
                continue;
            }
            String sep = others1.length() > 0 ? "," : "";
            others1.append(sep).append(scenario.inputSymbol(j)).append('=').append(x1[j]);
            others2.append(sep).append(scenario.inputSymbol(j)).append('=').append(x2[j]);
            otherNames.append(otherNames.length() > 0 ? "," : "").append(scenario.inputSymbol(j));
        }
        return String.format("%s's marginal p(%s=%d|%s=%d) changes with %s: %s at %s, %s at %s (difference %.3g)",
                Scenario.partyName(party), Scenario.outputSymbol(party), outcome, scenario.inputSymbol(party), x1[party],
                otherNames, Numbers.format(first), others1, Numbers.format(second), others2, amount());
    }
}
