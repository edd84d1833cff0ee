package relax.lp.engine;

/** How the columns of a formulation enter its LP. */
public enum Method {
    /** Enumerate small spaces (at most {@link #ENUMERATION_LIMIT} columns), column generation above. */
    AUTO,
    /** Every column from the start (the full T). */
    ENUMERATE,
    /** A restricted master plus an exact pricing search; the full T is never built. */
    COLGEN;

    /** Largest number of strategies {@link #AUTO} enumerates. */
    public static final long ENUMERATION_LIMIT = 20_000;

    /** Largest number of strategies {@link #ENUMERATE} accepts at all. */
    public static final long ENUMERATION_MAXIMUM = 50_000_000L;

    /** This method for a space of {@code columns} columns: AUTO resolved, the others as they are. */
    public Method resolve(long columns) {
        return this == AUTO ? (columns <= ENUMERATION_LIMIT ? ENUMERATE : COLGEN) : this;
    }

    /** The machine name: {@code auto}, {@code enumerate}, {@code colgen}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The method called {@code key} (case-insensitive). */
    public static Method fromKey(String key) {
        for (Method m : values()) {
            if (m.key().equalsIgnoreCase(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + key + "': expected auto, enumerate or colgen");
    }
}
