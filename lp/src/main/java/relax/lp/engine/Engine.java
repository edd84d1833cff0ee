package relax.lp.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.LpSolution;

/**
 * The one engine under every formulation: checked LP solves with warm retry, cold retry and backend
 * failover; column generation over a {@link Master} with a {@link Pricer} and a {@link Pruning} policy;
 * and the bookkeeping every result reports ({@link Diagnostics}).
 *
 * <p><b>Checked solve.</b> A backend's status alone is never trusted (these LPs are highly degenerate):
 * an OPTIMAL answer is accepted only if {@link LpSolution#check} finds primal infeasibility, dual
 * infeasibility and duality gap within {@link Tolerances#acceptedResidual()}. A warm-started answer
 * that fails is recomputed from scratch by the same backend; a backend whose answer from scratch fails is
 * replaced by the next one in {@link SolveOptions#backends()}, for the rest of this engine's life (and a
 * later entry naming a backend that already failed is skipped). Every rejected answer is recorded with its
 * reason. The first entry is usually {@link AutoBackend}, which picks a backend per LP.
 *
 * <p><b>Column generation.</b> The master is one growing {@link LinearProgram} with a backend
 * {@link LpBackend.Session} attached, so backends that can warm-start see only the new columns; each
 * round solves it, asks the pricer for improving columns, and stops when the pricer finds none.
 *
 * <p>An engine serves one solve of one formulation (it accumulates that solve's diagnostics); it is not
 * thread-safe. Formulations that solve LPs in parallel give each task its own engine and add up the
 * {@link Diagnostics}.
 */
public final class Engine {
    private final SolveOptions options;
    private final List<String> fallbacks = new ArrayList<>();
    /** Backends (by name) that failed from scratch: later entries of the fallback list with these names are skipped. */
    private final Set<String> failed = new HashSet<>();
    private boolean autoNoted;
    private final long start = System.nanoTime();
    private int backend;
    private String accepted = "";
    /** The backend of the latest answer (the concrete one when the list's entry is {@link AutoBackend}). */
    private String last;
    private int lpSolves;
    private int columns;
    private Method method;
    private long masterNanos;
    private long pricingNanos;
    private long certificateNanos;

    /** Wall-clock time (ms since the epoch) when the first engine of this JVM was created; 0 before. */
    private static final AtomicLong FIRST_ENGINE = new AtomicLong();

    public Engine(SolveOptions options) {
        FIRST_ENGINE.compareAndSet(0, System.currentTimeMillis());
        this.options = options;
        this.method = options.method();
    }

    public SolveOptions options() {
        return options;
    }

    public Tolerances tolerances() {
        return options.tolerances();
    }

    /**
     * When the first engine of this JVM was created (ms since the epoch, {@link System#currentTimeMillis}),
     * i.e. when the process's first solve began; 0 if none has been created yet. The time from JVM start to
     * this is the run's start-up.
     */
    public static long firstSolveMillis() {
        return FIRST_ENGINE.get();
    }

    /** Records how columns entered the LP (for the diagnostics). */
    public void method(Method m) {
        this.method = m;
    }

    /** A checked optimum of {@code lp} from the first backend that gives one, or null when every remaining backend failed. */
    public LpSolution solve(LinearProgram lp) {
        LpSolution s = solveOrInfeasible(lp);
        while (s != null && s.status() == LpSolution.Status.INFEASIBLE) {
            reject(s.backend() + " reported INFEASIBLE on a " + size(lp) + " LP that is feasible by construction");
            s = solveOrInfeasible(lp);
        }
        return s;
    }

    /**
     * Like {@link #solve}, but a backend's INFEASIBLE report is returned as it is (unchecked, status
     * INFEASIBLE) instead of moving on: for formulations that can prove or refute infeasibility
     * themselves. If they refute it they call {@link #reject} and solve again.
     */
    public LpSolution solveOrInfeasible(LinearProgram lp) {
        for (long t0 = System.nanoTime(); current() != null; t0 = System.nanoTime()) {
            LpSolution s = current().solve(lp);
            masterNanos += System.nanoTime() - t0;
            lpSolves++;
            last = s.backend();
            if (s.status() == LpSolution.Status.INFEASIBLE) {
                return s;
            }
            if (accept(s, lp)) {
                return s;
            }
            giveUp(s.backend());
        }
        return null;
    }

    /** Gives up on the current backend for the rest of this engine's life, recording why. */
    public void reject(String why) {
        fallbacks.add(why);
        giveUp(last);
    }

    /**
     * The backend to use now, skipping those that already failed under another entry of the list (e.g.
     * GLOP chosen by {@link AutoBackend}); null when none is left. Records once why auto cannot use the
     * native codes, if it cannot.
     */
    private LpBackend current() {
        while (backend < options.backends().size() && failed.contains(options.backends().get(backend).name())) {
            backend++;
        }
        if (backend == options.backends().size()) {
            return null;
        }
        LpBackend b = options.backends().get(backend);
        if (b instanceof AutoBackend auto && !autoNoted) {
            autoNoted = true;
            String why = auto.fallbackNote();
            if (why != null) {
                note(why);
            }
        }
        return b;
    }

    /** Moves past the current backend; {@code concrete} (the backend that actually answered) is not tried again. */
    private void giveUp(String concrete) {
        failed.add(options.backends().get(backend).name());
        if (concrete != null) {
            failed.add(concrete);
        }
        backend++;
    }

    /** Records a problem that is not a backend failure (e.g. a stalled column generation), for the diagnostics. */
    public void note(String why) {
        fallbacks.add(why);
    }

    /** The master's LP and its last checked solution; generated column k is primal column {@code firstGenerated + k}. */
    public record MasterSolution(LpSolution solution, LinearProgram lp, int firstGenerated) {
        /** The master's value of generated column k. */
        public double generated(int k) {
            return solution.primal()[firstGenerated + k];
        }
    }

    /**
     * Column generation: solves the master, prices, appends what the pricer added, until the pricer adds
     * nothing; then the master may start another phase on the same live LP ({@link Master#nextPhase}),
     * and when it does not, the master's optimum is the formulation's. With a null pricer every phase is
     * solved once, as it is (every column enumerated). Returns null when every backend failed or the LP
     * budget ran out (the diagnostics say which).
     *
     * @param stage what the first phase computes, for progress reports
     */
    public MasterSolution generate(Master master, Pricer pricer, Pruning pruning, String stage) {
        long t0 = System.nanoTime();
        LinearProgram lp = master.frame();
        int first = lp.columns();
        for (int k = 0; k < master.generated(); k++) {
            master.append(lp, k);
        }
        int appended = master.generated();
        masterNanos += System.nanoTime() - t0;
        int pruneAt = 0;
        Session session = new Session(lp);
        try {
            while (lpSolves < options.lpBudget()) {
                LpSolution s = session.solve();
                if (s == null) {
                    return null;
                }
                columns = master.generated();
                double best = Double.NaN;
                if (pricer != null) {
                    long t1 = System.nanoTime();
                    best = pricer.price(s.dual());
                    pricingNanos += System.nanoTime() - t1;
                }
                options.progress().round(stage, lpSolves, s.objective(), master.generated(), best);
                if (pricer == null || master.generated() == appended) {
                    if (best > tolerances().pricing()) {
                        note("column generation stalled: pricing found score " + best + " for a column already in the master");
                    }
                    MasterSolution done = new MasterSolution(s, session.lp, first);
                    stage = master.nextPhase(done);
                    if (stage == null) {
                        return finish(done);
                    }
                    continue;
                }
                long t2 = System.nanoTime();
                if (pruning.enabled()) {
                    pruneAt = pruneAt == 0 ? Math.max(pruning.factor() * session.lp.rows(), pruning.floor()) : pruneAt;
                }
                if (pruning.enabled() && master.generated() > pruneAt) {
                    pruneAt *= 2;
                    double[] reducedCost = reducedCosts(session.lp, s);
                    int kept = appended;
                    int offset = first;
                    int before = master.generated();
                    master.retain(k -> k >= kept || s.primal()[offset + k] > 0 || reducedCost[offset + k] <= pruning.reducedCost());
                    options.progress().note("pruned the master: kept " + master.generated() + " of " + before + " generated columns");
                    LinearProgram rebuilt = master.frame();
                    first = rebuilt.columns();
                    for (int k = 0; k < master.generated(); k++) {
                        master.append(rebuilt, k);
                    }
                    session.close();
                    session = new Session(rebuilt);
                } else {
                    for (int k = appended; k < master.generated(); k++) {
                        master.append(session.lp, k);
                    }
                }
                appended = master.generated();
                masterNanos += System.nanoTime() - t2;
            }
            note("column generation stopped after " + lpSolves + " LP solves (the LP budget)");
            return null;
        } finally {
            session.close();
        }
    }

    private MasterSolution finish(MasterSolution m) {
        if (options.finalProgram() != null) {
            options.finalProgram().accept(m.lp());
        }
        return m;
    }

    private static double[] reducedCosts(LinearProgram lp, LpSolution s) {
        double[] aty = lp.multiplyTransposed(s.dual());
        for (int j = 0; j < aty.length; j++) {
            aty[j] = lp.cost(j) - aty[j];
        }
        return aty;
    }

    /**
     * A backend attached to one growing LP. An answer that fails the check after a warm start is
     * recomputed from scratch by the same backend; an answer from scratch that fails moves on to the next
     * backend.
     */
    private final class Session {
        private final LinearProgram lp;
        private LpBackend.Session attached;
        private boolean warm;

        Session(LinearProgram lp) {
            this.lp = lp;
        }

        LpSolution solve() {
            for (long t0 = System.nanoTime(); current() != null; t0 = System.nanoTime()) {
                if (attached == null) {
                    attached = current().open(lp);
                    warm = false;
                }
                LpSolution s = attached.solve();
                masterNanos += System.nanoTime() - t0;
                lpSolves++;
                last = s.backend();
                if (s.status() != LpSolution.Status.INFEASIBLE && accept(s, lp)) {
                    warm = true;
                    return s;
                }
                if (s.status() == LpSolution.Status.INFEASIBLE) {
                    fallbacks.add(s.backend() + " returned INFEASIBLE on a " + size(lp) + " master that is feasible and bounded by construction");
                }
                boolean wasWarm = warm;
                close();
                if (!wasWarm) {
                    giveUp(s.backend());
                }
            }
            return null;
        }

        void close() {
            if (attached != null) {
                attached.close();
                attached = null;
            }
        }
    }

    /** Whether {@code s} is an OPTIMAL answer that passes the check on {@code lp}; records why not. */
    private boolean accept(LpSolution s, LinearProgram lp) {
        if (s.status() != LpSolution.Status.OPTIMAL) {
            if (s.status() != LpSolution.Status.INFEASIBLE) {
                fallbacks.add(s.backend() + " returned " + s.status() + " on a " + size(lp) + " LP" + (s.note().isEmpty() ? "" : " (" + s.note() + ")"));
            }
            return false;
        }
        LpSolution.Quality q = s.check(lp);
        if (!q.within(tolerances().acceptedResidual())) {
            fallbacks.add(s.backend() + " returned OPTIMAL on a " + size(lp) + " LP but " + q);
            return false;
        }
        accepted = s.backend();
        return true;
    }

    private static String size(LinearProgram lp) {
        return lp.rows() + "x" + lp.columns();
    }

    /** Runs exact certificate work and counts its time. */
    public <T> T certify(Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            certificateNanos += System.nanoTime() - t0;
        }
    }

    /** Everything recorded so far. */
    public Diagnostics diagnostics() {
        return new Diagnostics(accepted, fallbacks, lpSolves, columns, method,
                new Diagnostics.Timing(System.nanoTime() - start, masterNanos, pricingNanos, certificateNanos));
    }
}
