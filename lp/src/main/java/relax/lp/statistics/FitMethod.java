package relax.lp.statistics;

import java.util.Locale;

/** How a behaviour estimated from counts is fitted to the behaviours a causal structure can produce. */
public enum FitMethod {
    /** The closest behaviour in ℓ1 distance Σ_x Σ_a |p̂(a|x) − p(a|x)| ({@link L1Projection}, an LP). */
    L1("l1", "least l1 distance"),
    /** The behaviour of largest likelihood Π_x Π_a p(a|x)^N(a|x) ({@link MaximumLikelihood}, a convex program). */
    MAXIMUM_LIKELIHOOD("ml", "maximum likelihood");

    private final String key;
    private final String title;

    FitMethod(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The command-line and JSON name: {@code l1} or {@code ml}. */
    public String key() {
        return key;
    }

    /** In words, e.g. "maximum likelihood". */
    public String title() {
        return title;
    }

    /** The method named {@code key} ({@code l1} or {@code ml}, any case). */
    public static FitMethod fromKey(String key) {
        for (FitMethod m : values()) {
            if (m.key.equals(key.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown fit '" + key + "': expected l1 (least l1 distance) or ml (maximum likelihood)");
    }
}
