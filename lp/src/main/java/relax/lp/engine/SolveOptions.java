package relax.lp.engine;

import java.util.List;
import java.util.function.Consumer;
import relax.lp.solver.CommonsBackend;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.OjAlgoBackend;

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

    /** ojAlgo with Commons Math as fallback, AUTO method, default tolerances, every core. */
    public static SolveOptions defaults() {
        return new SolveOptions(List.of(new OjAlgoBackend(), new CommonsBackend()), Method.AUTO, Tolerances.defaults(), 0, Progress.NONE, null,
                Runtime.getRuntime().availableProcessors(), LP_BUDGET, RESOLUTION);
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
