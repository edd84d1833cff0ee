package relax.scenarios.reproduce.curves;

/** Progress of a sweep of LPs: told after each step how many of how many are done. */
@FunctionalInterface
public interface SweepProgress {

    /** Reports nothing. */
    SweepProgress NONE = (done, total) -> {
    };

    /** Called after step {@code done} of {@code total}. */
    void step(int done, int total);
}
