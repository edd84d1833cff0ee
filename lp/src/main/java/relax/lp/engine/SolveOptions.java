package relax.lp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;

/**
 * The settings of every solve, whatever the formulation. Immutable; {@code with…} methods return
 * changed copies.
 *
 * @param backends        LP backends, tried in order until one gives a checked answer
 * @param method          how strategy columns enter the LP (formulations that always enumerate ignore it)
 * @param tolerances      every numerical threshold
 * @param columnsPerRound columns added per pricing round at most; 0 lets the formulation choose
 * @param progress        receives progress of long solves (never null; {@link Progress#NONE} to ignore)
 * @param finalProgram    receives the last LP of the solve (e.g. to export it); may be null
 * @param threads         LPs a search may solve in parallel (≥ 1)
 * @param lpBudget        most LPs a search or a column generation may solve
 * @param resolution      a search stops once its exact bracket is narrower than this
 */
public record SolveOptions(List<LpBackend> backends, Method method, Tolerances tolerances, int columnsPerRound, Progress progress,
        Consumer<LinearProgram> finalProgram, int threads, int lpBudget, double resolution) {

    /** Default {@link #lpBudget}. */
    public static final int LP_BUDGET = 100_000;
    /** Default {@link #resolution}. */
    public static final double RESOLUTION = 1e-4;

    public SolveOptions {
        backends = List.copyOf(backends);
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("at least one LP backend is needed");
        }
        if (columnsPerRound < 0 || threads < 1 || lpBudget < 1 || !(resolution > 0)) {
            throw new IllegalArgumentException("columns per round must be ≥ 0, threads and the LP budget ≥ 1, the resolution > 0");
        }
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * {@link AutoBackend} with every shipped backend as fallback ({@link #backendsStartingWith}), AUTO
     * method, default tolerances, every core.
     */
    public static SolveOptions defaults() {
        return new SolveOptions(backendsStartingWith(AutoBackend.NAME), Method.AUTO, Tolerances.defaults(), 0, Progress.NONE, null,
                Runtime.getRuntime().availableProcessors(), LP_BUDGET, RESOLUTION);
    }

    /** Every backend name {@link #backendsStartingWith} accepts: {@code auto}, then {@link LpBackend#names()}. */
    public static List<String> backendNames() {
        List<String> names = new ArrayList<>();
        names.add(AutoBackend.NAME);
        names.addAll(LpBackend.names());
        return names;
    }

    /** The backend called {@code name}: {@code auto} or one of {@link LpBackend#names()} (case-insensitive). */
    public static LpBackend backend(String name) {
        return name.equalsIgnoreCase(AutoBackend.NAME) ? new AutoBackend() : LpBackend.named(name);
    }

    /**
     * The backend called {@code name} first, then every shipped backend not yet in the list, in the
     * order of {@link LpBackend#names()}: the fallbacks when an answer fails its check.
     */
    public static List<LpBackend> backendsStartingWith(String name) {
        List<LpBackend> backends = new ArrayList<>();
        try {
            backends.add(backend(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown backend '" + name + "': expected one of " + String.join(", ", backendNames()));
        }
        for (String other : LpBackend.names()) {
            if (!other.equalsIgnoreCase(name)) {
                backends.add(LpBackend.named(other));
            }
        }
        return backends;
    }

    public SolveOptions withBackends(List<LpBackend> b) {
        return new SolveOptions(b, method, tolerances, columnsPerRound, progress, finalProgram, threads, lpBudget, resolution);
    }

    public SolveOptions withMethod(Method m) {
        return new SolveOptions(backends, m, tolerances, columnsPerRound, progress, finalProgram, threads, lpBudget, resolution);
    }

    public SolveOptions withTolerances(Tolerances t) {
        return new SolveOptions(backends, method, t, columnsPerRound, progress, finalProgram, threads, lpBudget, resolution);
    }

    public SolveOptions withColumnsPerRound(int c) {
        return new SolveOptions(backends, method, tolerances, c, progress, finalProgram, threads, lpBudget, resolution);
    }

    public SolveOptions withProgress(Progress p) {
        return new SolveOptions(backends, method, tolerances, columnsPerRound, p, finalProgram, threads, lpBudget, resolution);
    }

    public SolveOptions withFinalProgram(Consumer<LinearProgram> receiver) {
        return new SolveOptions(backends, method, tolerances, columnsPerRound, progress, receiver, threads, lpBudget, resolution);
    }

    public SolveOptions withThreads(int t) {
        return new SolveOptions(backends, method, tolerances, columnsPerRound, progress, finalProgram, t, lpBudget, resolution);
    }

    public SolveOptions withLpBudget(int b) {
        return new SolveOptions(backends, method, tolerances, columnsPerRound, progress, finalProgram, threads, b, resolution);
    }

    public SolveOptions withResolution(double r) {
        return new SolveOptions(backends, method, tolerances, columnsPerRound, progress, finalProgram, threads, lpBudget, r);
    }

    /** {@link #columnsPerRound}, or {@code formulationDefault} when it is 0. */
    public int columnsPerRound(int formulationDefault) {
        return columnsPerRound > 0 ? columnsPerRound : formulationDefault;
    }
}
