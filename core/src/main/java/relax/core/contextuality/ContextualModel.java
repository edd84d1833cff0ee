package relax.core.contextuality;

import java.util.Locale;

/**
 * How a deterministic hidden variable λ may answer a measurement m in a compatibility scenario: on what, besides
 * λ and m, the outcome may depend. Each is a {@link ContextualStrategies} space.
 */
public enum ContextualModel {
    /**
     * KS-noncontextual (factorisable, Pearl &amp; Cavalcanti, Def. 3 with its requirement for KS scenarios): one
     * predetermined outcome per measurement, whatever the context and slot. By the FAB theorem (their Prop. 1)
     * a behaviour is KS-noncontextual exactly when a distribution over these strategies reproduces it.
     */
    NONCONTEXTUAL("noncontextual", "one outcome per measurement, whatever the context (KS-noncontextual, Def. 3)"),
    /**
     * Slot-dependent: the outcome may depend on the slot X_i the measurement fills, but not on the rest of the
     * context. This is what the canonical graph of Pearl &amp; Cavalcanti's Fig. 1 allows (A_i = f_i(X_i, Λ)) when
     * the symmetry clause of their Def. 4.2 is dropped.
     */
    SLOT_DEPENDENT("slot", "the outcome may depend on the slot the measurement fills (Fig. 1 without Def. 4.2)"),
    /**
     * Context-influence: the outcome may depend on the whole context (every X_j is a parent of every A_i). The
     * measure is the context→outcome influence {@link ContextualStrategies} defines, the analogue of C_X→B of
     * Chaves, Kueng, Brask &amp; Gross 2015, eq. (29).
     */
    CONTEXT_INFLUENCE("context", "the outcome may depend on the whole context; minimises the context->outcome influence");

    private final String key;
    private final String title;

    ContextualModel(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The name on the command line and in JSON. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** The strategies of this model on {@code scenario}. */
    public ContextualStrategies strategies(CompatibilityScenario scenario) {
        return new ContextualStrategies(this, scenario);
    }

    /** The model called {@code key}. */
    public static ContextualModel fromKey(String key) {
        for (ContextualModel m : values()) {
            if (m.key.equals(key.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown contextuality model '" + key + "': expected noncontextual, slot or context");
    }
}
