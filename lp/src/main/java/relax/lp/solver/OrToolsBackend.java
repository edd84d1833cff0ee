package relax.lp.solver;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.modelbuilder.ModelBuilderHelper;
import com.google.ortools.modelbuilder.ModelSolverHelper;
import com.google.ortools.modelbuilder.SolveStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The native simplex solvers shipped inside Google OR-Tools' Maven Central jars
 * ({@code com.google.ortools:ortools-java} with the {@code ortools-linux-x86-64} natives, which load
 * from the jar without a network): GLOP (Google's primal/dual simplex) and CLP (COIN-OR) through
 * OR-Tools' {@link MPSolver}, HiGHS through its model builder (see {@link BuilderSession} for why it
 * also solves the dual).
 *
 * <p>MPSolver keeps the model between solves: a {@link Session} adds only the columns appended since
 * the previous solve, and with presolve off GLOP and CLP restart from the previous optimal basis, which
 * stays primal feasible when columns are added (new columns enter at zero). The model builder keeps the
 * model too, but HiGHS solves it from scratch each time. PDLP, OR-Tools' first-order method, is not
 * offered: its answers are accurate to about 1e-7 only.
 *
 * <p>Both APIs report multipliers in {@link LinearProgram}'s convention (reduced costs c − Aᵀy for a
 * minimisation); no translation is needed. If the natives cannot be loaded (another platform, a
 * broken jar), every solve returns FAILED with a note saying so, and callers fall back to the next
 * backend.
 */
public final class OrToolsBackend implements LpBackend {

    /** The simplex codes MPSolver can run on these LPs. */
    public enum Engine {
        GLOP("glop", "GLOP"),
        CLP("clp", "CLP"),
        HIGHS("highs", "HIGHS");

        private final String key;
        private final String solverId;

        Engine(String key, String solverId) {
            this.key = key;
            this.solverId = solverId;
        }
    }

    private final Engine engine;

    public OrToolsBackend(Engine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return engine.key;
    }

    @Override
    public LpSolution solve(LinearProgram lp) {
        try (Session s = open(lp)) {
            return s.solve();
        }
    }

    @Override
    public Session open(LinearProgram lp) {
        long t0 = System.nanoTime();
        String error = Natives.ERROR;
        if (error != null) {
            return () -> LpSolution.failed(LpSolution.Status.FAILED, name(), System.nanoTime() - t0, error);
        }
        if (engine == Engine.HIGHS) {
            return new BuilderSession(lp);
        }
        MPSolver solver = MPSolver.createSolver(engine.solverId);
        if (solver == null) {
            return () -> LpSolution.failed(LpSolution.Status.FAILED, name(), System.nanoTime() - t0,
                    "this OR-Tools build has no " + engine.solverId + " solver");
        }
        return new MpSession(solver, lp);
    }

    /**
     * Loads the OR-Tools natives once, on the first session of an OR-Tools backend (a run that never
     * opens one loads neither the natives nor OR-Tools' classes); ERROR is null on success, otherwise one
     * line saying what failed.
     *
     * <p>On linux-x86-64 the natives folder of the jar (every library in it is needed: libortools.so
     * links SCIP, CBC, CLP and HiGHS, and the JNI library links them all, so none can be left out) is
     * extracted once per OR-Tools version into {@link NativeLibraryCache#defaultRoot()}{@code /natives}
     * and loaded from there. If that cache cannot be used (a read-only or full home, a damaged copy), or
     * on another platform, OR-Tools' own loader extracts into a temporary directory as before.
     */
    private static final class Natives {
        private static final String FOLDER = "ortools-linux-x86-64/";
        private static final String JNI_LIBRARY = "libjniortools.so";
        private static final String VERSION_FILE = "META-INF/maven/com.google.ortools/ortools-linux-x86-64/pom.properties";

        static final String ERROR = load();

        private static String load() {
            try {
                if (loadFromCache()) {
                    return null;
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // fall back to OR-Tools' loader below
            }
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (RuntimeException | LinkageError e) {
                return "the OR-Tools native libraries could not be loaded on " + System.getProperty("os.name") + "/"
                        + System.getProperty("os.arch") + " (only linux-x86-64 is shipped): " + e;
            }
        }

        /** Loads the JNI library from the cache; false where the cache does not apply (another platform, no version). */
        private static boolean loadFromCache() throws IOException {
            String arch = System.getProperty("os.arch");
            if (!"Linux".equals(System.getProperty("os.name")) || !("amd64".equals(arch) || "x86_64".equals(arch))) {
                return false;
            }
            ClassLoader loader = OrToolsBackend.class.getClassLoader();
            Properties pom = new Properties();
            try (InputStream in = loader.getResourceAsStream(VERSION_FILE)) {
                if (in == null) {
                    return false;
                }
                pom.load(in);
            }
            String version = pom.getProperty("version");
            if (version == null || !version.matches("[0-9A-Za-z.\\-]+")) {
                return false;
            }
            Path dir = new NativeLibraryCache(NativeLibraryCache.defaultRoot().resolve("natives"))
                    .install("ortools-" + version + "-linux-x86-64", JNI_LIBRARY, NativeLibraryCache.resourceFolder(loader, FOLDER));
            // System.load binds the library to the caller's class loader, which must be OR-Tools' (it is: one class path)
            System.load(dir.resolve(JNI_LIBRARY).toAbsolutePath().toString());
            return true;
        }
    }

    /** One live MPSolver model kept in step with a growing {@link LinearProgram}. */
    private final class MpSession implements Session {
        private final MPSolver solver;
        private final LinearProgram lp;
        private final MPConstraint[] rows;
        private final MPObjective objective;
        private final MPSolverParameters parameters = new MPSolverParameters();
        private MPVariable[] columns = new MPVariable[64];
        private int synced;

        MpSession(MPSolver solver, LinearProgram lp) {
            this.solver = solver;
            this.lp = lp;
            solver.suppressOutput();
            rows = new MPConstraint[lp.rows()];
            double inf = MPSolver.infinity();
            for (int i = 0; i < rows.length; i++) {
                double b = lp.rhs(i);
                rows[i] = switch (lp.relation(i)) {
                    case EQ -> solver.makeConstraint(b, b);
                    case LE -> solver.makeConstraint(-inf, b);
                    case GE -> solver.makeConstraint(b, inf);
                };
            }
            objective = solver.objective();
            objective.setMinimization();
            parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE, MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
            parameters.setIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY,
                    MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON.swigValue());
        }

        @Override
        public LpSolution solve() {
            long t0 = System.nanoTime();
            if (lp.rows() != rows.length) {
                throw new IllegalStateException("rows were added to a program after a backend was attached to it");
            }
            try {
                sync();
                MPSolver.ResultStatus status = solver.solve(parameters);
                long nanos = System.nanoTime() - t0;
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    LpSolution.Status s = switch (status) {
                        case INFEASIBLE -> LpSolution.Status.INFEASIBLE;
                        case UNBOUNDED -> LpSolution.Status.UNBOUNDED;
                        default -> LpSolution.Status.FAILED;
                    };
                    return LpSolution.failed(s, name(), nanos, engine.solverId + " returned " + status.name().toLowerCase(Locale.ROOT));
                }
                int n = lp.columns();
                double[] x = new double[n];
                double value = 0;
                for (int j = 0; j < n; j++) {
                    x[j] = columns[j].solutionValue();
                    value += lp.cost(j) * x[j];
                }
                double[] y = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    y[i] = rows[i].dualValue();
                }
                return LpSolution.optimal(value, x, y, name(), System.nanoTime() - t0);
            } catch (RuntimeException e) {
                return LpSolution.failed(LpSolution.Status.FAILED, name(), System.nanoTime() - t0, engine.solverId + " threw " + e);
            }
        }

        /** Adds the columns appended to the program since the last solve. */
        private void sync() {
            int n = lp.columns();
            if (n > columns.length) {
                columns = Arrays.copyOf(columns, Math.max(n, columns.length * 2));
            }
            double inf = MPSolver.infinity();
            for (int j = synced; j < n; j++) {
                MPVariable v = solver.makeNumVar(lp.isFree(j) ? -inf : 0, inf, "");
                objective.setCoefficient(v, lp.cost(j));
                for (int k = lp.colStart(j); k < lp.colStart(j + 1); k++) {
                    rows[lp.entryRow(k)].setCoefficient(v, lp.entryValue(k));
                }
                columns[j] = v;
            }
            synced = n;
        }

        @Override
        public void close() {
            solver.delete();
        }
    }

    /**
     * HiGHS through OR-Tools' model builder, kept in step with a growing {@link LinearProgram}. OR-Tools
     * 9.15 hands back HiGHS's row activities where the row duals belong, so the multipliers are obtained
     * by solving the explicitly written dual program as well: max b·y s.t. Aᵀy ≤ c (= c for free
     * columns), y free on = rows, ≤ 0 on ≤ rows, ≥ 0 on ≥ rows. Its optimum is y.
     */
    private final class BuilderSession implements Session {
        private final ModelBuilderHelper primal = new ModelBuilderHelper();
        private final ModelBuilderHelper dual = new ModelBuilderHelper();
        private final LinearProgram lp;
        private int synced;

        BuilderSession(LinearProgram lp) {
            this.lp = lp;
            double inf = Double.POSITIVE_INFINITY;
            dual.setMaximize(true);
            for (int i = 0; i < lp.rows(); i++) {
                LinearProgram.Relation rel = lp.relation(i);
                int row = primal.addLinearConstraint();
                primal.setConstraintLowerBound(row, rel == LinearProgram.Relation.LE ? -inf : lp.rhs(i));
                primal.setConstraintUpperBound(row, rel == LinearProgram.Relation.GE ? inf : lp.rhs(i));
                int y = dual.addVar();
                dual.setVarLowerBound(y, rel == LinearProgram.Relation.GE ? 0 : -inf);
                dual.setVarUpperBound(y, rel == LinearProgram.Relation.LE ? 0 : inf);
                dual.setVarObjectiveCoefficient(y, lp.rhs(i));
            }
        }

        @Override
        public LpSolution solve() {
            long t0 = System.nanoTime();
            try {
                sync();
                double[] x = new double[lp.columns()];
                String primalFailure = solveInto(primal, x);
                double[] y = new double[lp.rows()];
                String dualFailure = primalFailure == null ? solveInto(dual, y) : null;
                long nanos = System.nanoTime() - t0;
                if (primalFailure != null || dualFailure != null) {
                    return LpSolution.failed(LpSolution.Status.FAILED, name(), nanos,
                            primalFailure != null ? "HiGHS returned " + primalFailure : "HiGHS returned " + dualFailure + " on the dual");
                }
                double value = 0;
                for (int j = 0; j < x.length; j++) {
                    value += lp.cost(j) * x[j];
                }
                return LpSolution.optimal(value, x, y, name(), nanos);
            } catch (RuntimeException e) {
                return LpSolution.failed(LpSolution.Status.FAILED, name(), System.nanoTime() - t0, "HiGHS threw " + e);
            }
        }

        /** Solves {@code model} with HiGHS and writes its variable values into {@code values}; returns null or the status if not optimal. */
        private String solveInto(ModelBuilderHelper model, double[] values) {
            ModelSolverHelper solver = new ModelSolverHelper("highs");
            try {
                solver.enableOutput(false);
                // set before HiGHS sees the model; otherwise it prints its banner on standard output
                solver.setSolverSpecificParameters("output_flag=false");
                solver.solve(model);
                SolveStatus status = solver.getStatus();
                if (status != SolveStatus.OPTIMAL || !solver.hasSolution()) {
                    return status.name().toLowerCase(Locale.ROOT);
                }
                for (int j = 0; j < values.length; j++) {
                    values[j] = solver.getVariableValue(j);
                }
                return null;
            } finally {
                solver.delete();
            }
        }

        /** Adds each new column j to the primal, and its row (Aᵀy)_j ≤ c_j (= c_j if free) to the dual. */
        private void sync() {
            int n = lp.columns();
            for (int j = synced; j < n; j++) {
                int v = primal.addVar();
                primal.setVarLowerBound(v, lp.isFree(j) ? Double.NEGATIVE_INFINITY : 0);
                primal.setVarUpperBound(v, Double.POSITIVE_INFINITY);
                primal.setVarObjectiveCoefficient(v, lp.cost(j));
                int row = dual.addLinearConstraint();
                dual.setConstraintLowerBound(row, lp.isFree(j) ? lp.cost(j) : Double.NEGATIVE_INFINITY);
                dual.setConstraintUpperBound(row, lp.cost(j));
                for (int k = lp.colStart(j); k < lp.colStart(j + 1); k++) {
                    primal.addConstraintTerm(lp.entryRow(k), v, lp.entryValue(k));
                    dual.addConstraintTerm(row, lp.entryRow(k), lp.entryValue(k));
                }
            }
            synced = n;
        }

        @Override
        public void close() {
            primal.delete();
            dual.delete();
        }
    }
}
