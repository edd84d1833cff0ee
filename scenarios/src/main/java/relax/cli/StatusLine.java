package relax.cli;

import java.io.PrintWriter;
import relax.lp.engine.Progress;
import relax.scenarios.reproduce.curves.SweepProgress;

/**
 * One overwritten status line on standard error: the column-generation state of long LPs (after a
 * second), a progress bar for sweeps of LPs, or a status message. Silent when no terminal is attached or
 * with --quiet.
 */
final class StatusLine {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private boolean shown;

    private StatusLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Progress on {@code err} if a terminal is attached and not {@code quiet}. */
    static StatusLine forTerminal(PrintWriter err, boolean quiet) {
        return new StatusLine(err, !quiet && System.console() != null);
    }

    /** Whether the line is shown at all (a terminal, and not --quiet). */
    boolean enabled() {
        return enabled;
    }

    /** The engine's progress on {@code what} as a status line (after a second), or {@link Progress#NONE} when disabled. */
    Progress listener(String what) {
        if (!enabled) {
            return Progress.NONE;
        }
        long start = System.nanoTime();
        return new Progress() {
            @Override
            public void round(String stage, int round, double objective, int columns, double bestScore) {
                if (System.nanoTime() - start >= QUIET_NANOS) {
                    show(String.format(java.util.Locale.ROOT, "%s: %s, LP %d, objective %.9f, %d strategies, best reduced score %.2e", what, stage,
                            round, objective, columns, bestScore));
                }
            }

            @Override
            public void note(String line) {
                if (System.nanoTime() - start >= QUIET_NANOS) {
                    show(what + ": " + line);
                }
            }
        };
    }

    private void show(String line) {
        err.print("\r\033[K" + line);
        err.flush();
        shown = true;
    }

    /** A bar {@code what [#########.........] 12/41} for a sweep, redrawn after every step; does nothing when disabled. */
    SweepProgress bar(String what) {
        if (!enabled) {
            return SweepProgress.NONE;
        }
        return (done, total) -> {
            int filled = total == 0 ? BAR : done * BAR / total;
            err.printf("\r%s [%s%s] %d/%d ", what, "#".repeat(filled), ".".repeat(BAR - filled), done, total);
            err.flush();
            shown = true;
        };
    }

    /** Shows {@code line} as the status line (replacing the previous one); does nothing when disabled. */
    void status(String line) {
        if (enabled) {
            err.print("\r\033[K" + line);
            err.flush();
            shown = true;
        }
    }

    /** Clears the status line if one was shown. */
    void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    /** A listener for long polyhedral enumerations labelled {@code what} (silent for a second), or NONE when disabled. */
    relax.lp.polytope.EnumerationProgress enumeration(String what) {
        if (!enabled) {
            return relax.lp.polytope.EnumerationProgress.NONE;
        }
        long start = System.nanoTime();
        return (done, total, rays) -> {
            if (System.nanoTime() - start < QUIET_NANOS) {
                return;
            }
            err.printf("\r%s: double description step %d of %d, %d intermediate rays   ", what, done, total, rays);
            err.flush();
            shown = true;
        };
    }

    /** A listener for the minimum mutual information iterations labelled {@code what}, or null when disabled. */
    relax.lp.dependence.MutualInformation.Progress miListener(String what) {
        if (!enabled) {
            return null;
        }
        long start = System.nanoTime();
        return (iteration, lower, upper) -> {
            if (System.nanoTime() - start < QUIET_NANOS) {
                return;
            }
            err.printf("\r%s: min I(X:Lambda) iteration %d, bracket [%.6f, %.6f] bits   ", what, iteration, lower, upper);
            err.flush();
            shown = true;
        };
    }
}
