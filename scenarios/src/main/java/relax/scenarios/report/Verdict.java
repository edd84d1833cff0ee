package relax.scenarios.report;

import java.util.Locale;

/**
 * The one scale on which {@code relax reproduce} and README's "Paper vs engine" table judge a paper's claim. Every
 * verdict other than {@link #AGREES} comes with its proof or a reference to it ({@link Reproduction#proof()}).
 *
 * <ul>
 * <li>{@link #AGREES}: the claim holds as printed (numbers to their printed precision), and the engine's
 * certified numbers reproduce it; extra digits, an exact value for a printed decimal or a proof of a numerical
 * finding do not change the verdict.</li>
 * <li>{@link #REFINES}: what the claim is about holds, but as printed it is imprecise, too weak or needs a
 * qualification (a truncated bound, a conclusion the certified numbers sharpen, a statement true only for one
 * of several optimal models); the engine gives the sharper statement, with its proof.</li>
 * <li>{@link #CONTRADICTS}: the claim as printed is false; the engine gives the counterexample or the
 * correct statement, with its proof.</li>
 * <li>{@link #NOT_ESTABLISHED}: this run did not establish the verdict its proof predicts (a computation
 * failed, was not certified, or came out differently); the section shows the numbers.</li>
 * </ul>
 */
public enum Verdict {
    AGREES("agrees"), REFINES("refines"), CONTRADICTS("contradicts"), NOT_ESTABLISHED("not established");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** The word used in the report and in README, e.g. {@code refines}. */
    public String word() {
        return word;
    }

    /** The verdict written as {@code word}, case-insensitively (e.g. a cell of README's table). */
    public static Verdict parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (Verdict v : values()) {
            if (v.word.equals(w)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a verdict: expected agrees, refines, contradicts or not established");
    }

    /** What the verdict means, one sentence, for the report's legend. */
    public String meaning() {
        return switch (this) {
            case AGREES -> "the claim holds as printed and the engine's certified numbers reproduce it";
            case REFINES -> "the claim's substance holds, but as printed it is imprecise, too weak or needs a qualification; "
                    + "the engine gives the sharper statement, with its proof";
            case CONTRADICTS -> "the claim as printed is false; the engine gives the counterexample or the correct statement, with its proof";
            case NOT_ESTABLISHED -> "this run did not establish what the proof predicts (a computation failed or was not certified)";
        };
    }
}
