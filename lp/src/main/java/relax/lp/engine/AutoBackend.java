package relax.lp.engine;

import java.util.function.Supplier;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.LpSolution;
import relax.lp.solver.OjAlgoBackend;
import relax.lp.solver.OrToolsBackend;

/**
 * The default backend, {@code auto}: for every LP the backend that measured fastest for its kind and
 * size on this project's LPs (docs/performance.md, "Backend choice by measurement"). It only chooses;
 * every answer still goes through the engine's checks and the formulation's exact certificate, and the
 * diagnostics name the backend that was actually used ({@link LpSolution#backend()}).
 * <ul>
 *   <li><b>Column generation</b> ({@link #open}: a master solved again after every round of new
 *       columns): GLOP, whose session keeps the model and restarts its primal simplex from the previous
 *       basis, for masters of more than {@value #SMALL_MASTER_ROWS} rows or {@value #ONE_SHOT_NONZEROS}
 *       nonzeros (an enumerated 3322 master); ojAlgo rebuilds the master every round and was 2–40× slower
 *       from X→B m = 5 on. Smaller masters (every two-input, two-output bipartite scenario) stay on
 *       ojAlgo: solved in milliseconds either way,
 *       and their certificates and models — one vertex of a degenerate optimal face, which backends pick
 *       differently — stay those of the earlier ojAlgo default.</li>
 *   <li><b>One LP solved once</b> ({@link #solve}): ojAlgo up to {@value #ONE_SHOT_NONZEROS} nonzeros (no
 *       native library to load, and as fast as the natives on LPs that small), GLOP above.</li>
 * </ul>
 * OR-Tools ships its natives for Linux x86-64 only. Where they cannot be loaded, auto uses ojAlgo, the
 * pure-Java simplex that works everywhere, for every LP, and {@link #fallbackNote()} says why (the engine
 * puts it in the diagnostics once).
 */
public final class AutoBackend implements LpBackend {

    /** The name of this backend on the command line. */
    public static final String NAME = "auto";
    /** One-shot LPs with at most this many nonzeros go to ojAlgo, larger ones to GLOP. */
    static final long ONE_SHOT_NONZEROS = 20_000;
    /** Column-generation masters with at most this many rows stay on ojAlgo, larger ones go to GLOP. */
    static final int SMALL_MASTER_ROWS = 48;

    private final LpBackend pureJava = new OjAlgoBackend();
    private final LpBackend glop = new OrToolsBackend(OrToolsBackend.Engine.GLOP);
    private final LpBackend clp = new OrToolsBackend(OrToolsBackend.Engine.CLP);
    private final Supplier<String> unavailable;

    /** Auto over the backends of this build (the natives are loaded when first needed). */
    public AutoBackend() {
        this(OrToolsBackend::unavailable);
    }

    /** Auto with {@code unavailable} saying whether (null) or why not the natives can be used: for tests. */
    AutoBackend(Supplier<String> unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Solves {@code lp} once with the backend {@link #forSolve} picks. */
    @Override
    public LpSolution solve(LinearProgram lp) {
        return forSolve(lp).solve(lp);
    }

    /** Opens a column-generation session with the backend {@link #forSession} picks. */
    @Override
    public Session open(LinearProgram lp) {
        return forSession(lp).open(lp);
    }

    /** The backend auto uses for {@code lp} solved once. */
    public LpBackend forSolve(LinearProgram lp) {
        return lp.nonzeros() <= ONE_SHOT_NONZEROS || !nativesLoad() ? pureJava : clp;
    }

    /** The backend auto uses for a column-generation master that starts as {@code lp}. */
    public LpBackend forSession(LinearProgram lp) {
        return (lp.rows() > SMALL_MASTER_ROWS || lp.nonzeros() > ONE_SHOT_NONZEROS) && nativesLoad() ? glop : pureJava;
    }

    /** Null when the native simplex codes can be used, else one line saying why auto uses ojAlgo only. */
    public String fallbackNote() {
        String why = unavailable.get();
        return why == null ? null : "auto uses ojalgo for every LP: " + why;
    }

    private boolean nativesLoad() {
        return unavailable.get() == null;
    }
}
