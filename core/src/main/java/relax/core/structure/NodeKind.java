package relax.core.structure;

import java.util.Locale;

/** The three kinds of node of a {@link CausalStructure}, named as in a structure file. */
public enum NodeKind {
    /** An observed root chosen by the experimenter (x, y of Chaves et al. 2015, Fig. 1), independent of λ. */
    SETTING,
    /** An observed variable, a function of its parents and λ (a, b of Fig. 1). */
    OUTCOME,
    /** An unobserved intermediate, a function of its parents and λ (the message m of Fig. 1d). */
    HIDDEN;

    /** The name used in structure files: setting, outcome or hidden. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code key} (setting, outcome or hidden), or empty if there is none. */
    public static java.util.Optional<NodeKind> fromKey(String key) {
        for (NodeKind k : values()) {
            if (k.key().equals(key)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
