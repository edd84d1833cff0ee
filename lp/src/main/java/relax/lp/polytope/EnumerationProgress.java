package relax.lp.polytope;

/**
 * Receives the state of a long enumeration after each constraint (or generator) the double description
 * method has inserted: {@code done} of {@code total}, with {@code rays} extreme rays of the intermediate
 * cone. Called on the enumerating thread.
 */
@FunctionalInterface
public interface EnumerationProgress {
    /** Ignores every call. */
    EnumerationProgress NONE = (done, total, rays) -> {
    };

    void step(int done, int total, int rays);
}
