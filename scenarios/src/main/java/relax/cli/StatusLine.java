package relax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import relax.lp.engine.Progress;
import relax.scenarios.analysis.Problem;
import relax.scenarios.reproduce.curves.SweepProgress;

/**
 * One overwritten status line on standard error saying what is being computed and how far it got: the current bound of
 * a long LP (after a second), a progress bar for sweeps, or a status message, with the elapsed seconds redrawn every
 * second (since the last {@link #done}) so that a long step never looks stuck.
 *
 * <p>Shown only when standard error is a terminal and not {@code --quiet}. Whether it is a terminal: the environment
 * variable {@value #TTY} if set ({@code 1} yes, anything else no; the {@code relax} launcher sets it from
 * {@code [ -t 2 ]}), else whether {@code /proc/self/fd/2} is a terminal device (Linux), else whether the JVM has a console.
 */
final class StatusLine {
    /** The environment variable that says whether standard error is a terminal. */
    static final String TTY = "RELAX_STDERR_TTY";
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private boolean shown;
    private String current = "";
    private long since = System.nanoTime();
    private ScheduledExecutorService ticker;

    StatusLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Progress on {@code err} if standard error is a terminal and not {@code quiet}. */
    static StatusLine forTerminal(PrintWriter err, boolean quiet) {
        return new StatusLine(err, !quiet && stderrIsTerminal());
    }

    /** Whether the line is shown at all (standard error is a terminal, and not --quiet). */
    boolean enabled() {
        return enabled;
    }

    /** Whether standard error is a terminal (see the class comment). */
    static boolean stderrIsTerminal() {
        String env = System.getenv(TTY);
        if (env != null) {
            return env.trim().equals("1");
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /**
     * The engine's progress on {@code subject} in words (after a second), or {@link Progress#NONE} when disabled, e.g.
     * {@code tsirelson.json: min C_X→B ≤ 0.2071067812 after 41 LPs (column generation: 312 columns in the master, 2^42
     * strategies in all)}.
     * A column is a strategy or, for measurement dependence, a (strategy, ray) pair; pruning drops columns, so the count
     * can fall.
     */
    Progress listener(String subject, Problem problem) {
        if (!enabled) {
            return Progress.NONE;
        }
        long start = System.nanoTime();
        return new Progress() {
            @Override
            public void round(String stage, int round, double objective, int columns, double bestScore) {
                update(start, subject + ": " + words(problem, stage, round, objective, columns, bestScore));
            }

            @Override
            public void note(String line) {
                update(start, subject + ": " + line);
            }
        };
    }

    /** One master LP of a column generation in words (see {@link #listener}). */
    static String words(Problem problem, String stage, int round, double objective, int columns, double bestScore) {
        String effort = String.format(Locale.ROOT, " after %d LP%s (%s)", round, round == 1 ? "" : "s", Double.isNaN(bestScore)
                ? "all " + count(problem.strategies()) + " strategies enumerated"
                : "column generation: " + columns + " column" + (columns == 1 ? "" : "s") + " in the master, " + count(problem.strategies())
                        + " strategies in all");
        if (stage.equals("feasibility") || problem.measure() == null) {
            return String.format(Locale.ROOT, "looking for a model that meets the constraints: the closest so far is off by %.3g in total%s", objective,
                    effort);
        }
        return String.format(Locale.ROOT, "min %s ≤ %.10g%s", problem.measure().label(), objective, effort);
    }

    /** A strategy count for people: the digits up to a million, a power of two as 2^k, else 4.4e12. */
    static String count(BigInteger n) {
        if (n.compareTo(BigInteger.valueOf(1_000_000)) <= 0) {
            return n.toString();
        }
        if (n.bitCount() == 1) {
            return "2^" + (n.bitLength() - 1);
        }
        return String.format(Locale.ROOT, "%.2g", n.doubleValue()).replace("e+", "e");
    }

    /**
     * {@code line} as the status: drawn now once a second has passed since {@code start}, else kept and drawn by the
     * ticker after that second unless {@link #done} comes first (so a step that starts early and runs long, such as one
     * big LP, is still named, and a short solve shows nothing).
     */
    private synchronized void update(long start, String line) {
        if (System.nanoTime() - start >= QUIET_NANOS) {
            show(line);
        } else {
            current = line;
            startTicker();
        }
    }

    private synchronized void show(String line) {
        current = line;
        draw();
        startTicker();
    }

    private synchronized void draw() {
        long seconds = (System.nanoTime() - since) / 1_000_000_000L;
        err.print("\r\033[K" + current + (seconds >= 2 ? String.format(Locale.ROOT, " [%d s]", seconds) : ""));
        err.flush();
        shown = true;
    }

    /** Redraws the line every second with the seconds spent on it, until {@link #done}. */
    private void startTicker() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "relax-status");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(() -> {
                synchronized (this) {
                    if (shown || !current.isEmpty()) {
                        draw();
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** A bar {@code what [#########.........] 12/41} for a sweep, redrawn after every step; does nothing when disabled. */
    SweepProgress bar(String what) {
        if (!enabled) {
            return SweepProgress.NONE;
        }
        return (done, total) -> {
            int filled = total == 0 ? BAR : done * BAR / total;
            synchronized (this) {
                current = String.format(Locale.ROOT, "%s [%s%s] %d/%d LPs", what, "#".repeat(filled), ".".repeat(BAR - filled), done, total);
                draw();
            }
            startTicker();
        };
    }

    /** Shows {@code line} as the status line (replacing the previous one); does nothing when disabled. */
    void status(String line) {
        if (enabled) {
            show(line);
        }
    }

    /** Clears the status line if one was shown, and stops redrawing it. */
    synchronized void done() {
        since = System.nanoTime();
        current = "";
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
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
            if (System.nanoTime() - start >= QUIET_NANOS) {
                show(String.format(Locale.ROOT, "%s: min I(X:Lambda) in [%.6f, %.6f] bits after %d iterations", what, lower, upper, iteration));
            }
        };
    }
}
