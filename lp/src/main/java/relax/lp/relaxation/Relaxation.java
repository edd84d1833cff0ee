package relax.lp.relaxation;

import relax.lp.solver.CommonsBackend;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.LpSolution;
import relax.lp.solver.OjAlgoBackend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;

/**
 * The minimum of a relaxation measure over every model of a causal structure that meets a set of
 * behaviour constraints (Chaves et al. 2015, eqs. 32–33 with Corollary 8):
 * <pre>
 *   minimise   t = max_i (C q)_i
 *   subject to ⟨r_k, T q⟩ = g_k  for every constraint row k,     q ≥ 0,
 * </pre>
 * with dual  max Σ_k y_k g_k  s.t.  ⟨z, T_λ⟩ ≤ Σ_i w_i C_{i,λ} for every strategy λ, z = Σ_k y_k r_k,
 * w ≥ 0, Σ_i w_i ≤ 1 (eq. 27). C is {@code counts / scale} of the {@link StrategySpace}; the LP keeps
 * the integers: rows count_i·q − scale·t ≤ 0.
 *
 * <p>Solved in two phases over a restricted set of strategy columns. Phase 1 minimises the ℓ1 residual
 * of the constraints (slack columns s⁺, s⁻); a positive optimum means no model exists and its multipliers
 * are a Farkas certificate. Phase 2 minimises t. In each phase, column generation adds the strategies
 * of largest score ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ found by the exact pricing search {@link StrategySpace#price}
 * until none is positive — at which point the restricted optimum is the true optimum. The master of a
 * phase is one growing {@link LinearProgram} with a backend {@link LpBackend.Session} attached, so
 * backends that can warm-start only see the new columns; pricing is dual-smoothed (see
 * {@code SmoothedPricer}). With {@link Method#ENUMERATE} every strategy is a column from the start
 * (small spaces only); with column generation T is never materialised.
 *
 * <p>Every LP answer is checked for primal and dual feasibility and gap; a warm-started answer that
 * fails the check is recomputed cold, and a backend whose cold answer fails is replaced by the next one
 * in {@link Options#backends()}. The final multipliers are re-verified exactly ({@link Certificate}).
 */
public final class Relaxation {

    /** How strategies enter the LP. */
    public enum Method {
        /** Enumerate below {@link #ENUMERATION_LIMIT} strategies, column generation above. */
        AUTO,
        /** Every strategy is a column (the full T). */
        ENUMERATE,
        /** Restricted master plus exact pricing; the full T is never built. */
        COLGEN
    }

    /** Largest strategy space {@link Method#AUTO} enumerates. */
    public static final long ENUMERATION_LIMIT = 20_000;

    /** Receives one call per master solve of column generation. */
    @FunctionalInterface
    public interface Progress {
        void round(int phase, int round, double objective, int columns, double bestScore);
    }

    /**
     * Solve settings.
     *
     * @param backends            LP backends, tried in order until one gives a checked answer
     * @param method              how strategies enter the LP
     * @param feasibilityTolerance phase-1 ℓ1 residual above which the constraints count as unsatisfiable
     * @param columnsPerRound     strategies added per pricing round at most
     * @param progress            called after every master solve (may be null)
     * @param finalProgram        receives the last master LP solved (phase 2, or phase 1 when the constraints
     *                            cannot be met or there is no measure), e.g. to export it; may be null
     */
    public record Options(List<LpBackend> backends, Method method, double feasibilityTolerance, int columnsPerRound, Progress progress,
            java.util.function.Consumer<LinearProgram> finalProgram) {
        /** ojAlgo with Commons Math as fallback, AUTO method. */
        public static Options defaults() {
            return new Options(List.of(new OjAlgoBackend(), new CommonsBackend()), Method.AUTO, RelaxationResult.VERIFICATION_TOLERANCE, 30, null,
                    null);
        }

        public Options withBackends(List<LpBackend> b) {
            return new Options(b, method, feasibilityTolerance, columnsPerRound, progress, finalProgram);
        }

        public Options withMethod(Method m) {
            return new Options(backends, m, feasibilityTolerance, columnsPerRound, progress, finalProgram);
        }

        public Options withProgress(Progress p) {
            return new Options(backends, method, feasibilityTolerance, columnsPerRound, p, finalProgram);
        }

        public Options withFinalProgram(java.util.function.Consumer<LinearProgram> receiver) {
            return new Options(backends, method, feasibilityTolerance, columnsPerRound, progress, receiver);
        }
    }

    /** A column is worth adding when its score exceeds this. */
    private static final double PRICING_TOLERANCE = 1e-9;
    private static final int MAX_ROUNDS = 100_000;
    /** Weight α of the stability centre in Wentges smoothing (measured at m = 5: 0.3–0.7 alike, 0.85 slower). */
    private static final double SMOOTHING = 0.5;

    private final StrategySpace space;
    private final BehaviourConstraints constraints;

    public Relaxation(StrategySpace space, BehaviourConstraints constraints) {
        if (!space.scenario().equals(constraints.scenario())) {
            throw new IllegalArgumentException("strategies of scenario " + space.scenario() + " cannot meet constraints on scenario "
                    + constraints.scenario());
        }
        this.space = space;
        this.constraints = constraints;
    }

    public StrategySpace space() {
        return space;
    }

    public BehaviourConstraints constraints() {
        return constraints;
    }

    /** Solves the relaxation; never throws for solver trouble (status FAILED instead). */
    public RelaxationResult solve(Options options) {
        Master master = new Master(options, resolve(options.method()));
        RelaxationResult r = solve(options, master);
        if (options.finalProgram() != null && master.last != null) {
            options.finalProgram().accept(master.last);
        }
        return r;
    }

    private Method resolve(Method method) {
        return method == Method.AUTO ? (space.size() <= ENUMERATION_LIMIT ? Method.ENUMERATE : Method.COLGEN) : method;
    }

    private RelaxationResult solve(Options options, Master master) {
        long t0 = System.nanoTime();
        Method method = master.method;
        if (method == Method.ENUMERATE && space.size() > 50_000_000L) {
            throw new IllegalArgumentException("cannot enumerate " + space.size() + " strategies; use column generation");
        }
        if (method == Method.ENUMERATE) {
            for (long lambda = 0; lambda < space.size(); lambda++) {
                master.add(lambda);
            }
        }
        LpSolution feasibility = master.run(true);
        if (feasibility == null) {
            return failed(master, t0);
        }
        if (feasibility.objective() > options.feasibilityTolerance()) {
            double[] y = Arrays.copyOf(feasibility.dual(), constraints.rows());
            long c0 = System.nanoTime();
            Certificate farkas = Certificate.verify(space, constraints, y, new double[space.measureRows()], feasibility.objective());
            master.certificateNanos += System.nanoTime() - c0;
            if (!farkas.isChecked() || !farkas.provesInfeasible()) {
                master.failures.add("feasibility undecided: the LP leaves a residual of " + feasibility.objective()
                        + " but its Farkas certificate does not verify (" + farkas.note() + ")");
                return failed(master, t0);
            }
            return new RelaxationResult(RelaxationResult.Status.INFEASIBLE, Double.NaN, List.of(), farkas, Double.NaN, true,
                    feasibility.backend(), method, master.rounds, master.size(), System.nanoTime() - t0, master.diagnostics(), master.timing());
        }
        boolean measured = space.measureRows() > 0;
        LpSolution optimum = measured ? master.run(false) : feasibility;
        if (optimum == null) {
            return failed(master, t0);
        }
        double value = measured ? optimum.objective() : 0;
        double[] y = measured ? Arrays.copyOf(optimum.dual(), constraints.rows()) : new double[constraints.rows()];
        double[] w = new double[space.measureRows()];
        for (int i = 0; i < w.length; i++) {
            w[i] = -optimum.dual()[constraints.rows() + i];
        }
        long c0 = System.nanoTime();
        Certificate certificate = Certificate.verify(space, constraints, y, w, value);
        master.certificateNanos += System.nanoTime() - c0;
        List<RelaxationResult.WeightedStrategy> model = master.model(optimum.primal());
        double residual = master.residual(model);
        if (!measured && residual > RelaxationResult.VERIFICATION_TOLERANCE) {
            master.failures.add("the LP's local model does not reproduce p (residual " + residual + ")");
            return failed(master, t0);
        }
        double tolerance = RelaxationResult.VERIFICATION_TOLERANCE;
        boolean verified = certificate.isChecked() && Math.abs(certificate.boundValue() - value) <= tolerance && residual <= tolerance
                && Math.abs(master.measure(model) - value) <= tolerance;
        return new RelaxationResult(RelaxationResult.Status.OPTIMAL, value, model, certificate, residual, verified, optimum.backend(),
                method, master.rounds, master.size(), System.nanoTime() - t0, master.diagnostics(), master.timing());
    }

    private RelaxationResult failed(Master master, long t0) {
        return new RelaxationResult(RelaxationResult.Status.FAILED, Double.NaN, List.of(), null, Double.NaN, false, "", master.method,
                master.rounds, master.size(), System.nanoTime() - t0, master.diagnostics(), master.timing());
    }

    /**
     * The restricted master problem: the strategy columns found so far. Each phase builds one
     * {@link LinearProgram} and attaches a backend {@link LpBackend.Session} to it; new strategies are
     * appended as columns, so backends that can warm-start re-solve from their previous basis. A backend
     * whose warm-started answer fails the check is reopened once to solve from scratch; if that answer
     * fails too, the next backend takes over, for the rest of the solve.
     */
    private final class Master {
        private final Options options;
        private final Method method;
        private long[] strategies = new long[64];
        private int count;
        private final LongSet present = new LongSet();
        private final List<String> failures = new ArrayList<>();
        private int backend;
        private int rounds;
        private long masterNanos;
        private long pricingNanos;
        private long certificateNanos;
        /** The program of the latest phase, kept only when {@link Options#finalProgram()} asks for it. */
        private LinearProgram last;
        /** Number of columns before the first strategy column in the current phase's program. */
        private int firstStrategyColumn;
        private final int[] entries = new int[space.scenario().inputBlocks()];
        private final int[] counts = new int[space.measureRows()];
        private final double[] coefficient = new double[constraints.rows()];
        private final int[] touched = new int[constraints.rows()];
        private final int[] columnRows = new int[constraints.rows() + space.measureRows()];
        private final double[] columnValues = new double[constraints.rows() + space.measureRows()];

        Master(Options options, Method method) {
            this.options = options;
            this.method = method;
        }

        int size() {
            return count;
        }

        RelaxationResult.Timing timing() {
            return new RelaxationResult.Timing(masterNanos, pricingNanos, certificateNanos);
        }

        /** Adds strategy λ unless it is already a column (column generation checks; enumeration adds each once). */
        boolean add(long lambda) {
            if (method == Method.COLGEN && !present.add(lambda)) {
                return false;
            }
            if (count == strategies.length) {
                strategies = Arrays.copyOf(strategies, count * 2);
            }
            strategies[count++] = lambda;
            return true;
        }

        /**
         * One phase: solve, price, append, until pricing finds no positive score. Returns the last checked
         * master solution, or null when every backend failed; its primal lists the strategy columns from
         * {@link #firstStrategyColumn} on, in the order of {@link #strategies}.
         */
        LpSolution run(boolean phaseOne) {
            long t0 = System.nanoTime();
            LinearProgram lp = frame(phaseOne);
            if (options.finalProgram() != null) {
                last = lp;
            }
            for (int c = 0; c < count; c++) {
                appendColumn(lp, strategies[c]);
            }
            masterNanos += System.nanoTime() - t0;
            SmoothedPricer pricer = new SmoothedPricer(Math.max(1, options.columnsPerRound()));
            LpBackend.Session session = null;
            try {
                while (rounds < MAX_ROUNDS) {
                    long t1 = System.nanoTime();
                    LpSolution solution = null;
                    while (solution == null && backend < options.backends().size()) {
                        boolean warm = session != null;
                        if (session == null) {
                            session = options.backends().get(backend).open(lp);
                        }
                        solution = checked(session.solve(), lp);
                        if (solution == null) {
                            session.close();
                            session = null;
                            if (!warm) {
                                backend++;
                            }
                        }
                    }
                    rounds++;
                    long t2 = System.nanoTime();
                    masterNanos += t2 - t1;
                    if (solution == null || method == Method.ENUMERATE) {
                        report(phaseOne, solution, Double.NaN);
                        return solution;
                    }
                    int added = pricer.addImproving(solution.dual(), lp);
                    long t3 = System.nanoTime();
                    pricingNanos += t3 - t2;
                    report(phaseOne, solution, pricer.bestScore);
                    if (added == 0) {
                        if (pricer.bestScore > PRICING_TOLERANCE) {
                            failures.add("column generation stalled: pricing found score " + pricer.bestScore
                                    + " for a strategy already in the master");
                        }
                        return solution;
                    }
                }
                failures.add("column generation stopped after " + MAX_ROUNDS + " rounds");
                return null;
            } finally {
                if (session != null) {
                    session.close();
                }
            }
        }

        /**
         * Pricing with Wentges dual smoothing, which damps the oscillation of the master's multipliers on
         * these degenerate LPs. Every multiplier vector π = (y, w) with w ≥ 0 and scale·Σw ≤ 1 (true of
         * every master dual) proves the Lagrangian bound g·y − max(δ(π), 0) on the phase's optimum, where
         * δ(π) is the largest pricing score; the <em>centre</em> is the π with the best bound so far.
         * Each round prices first at α·centre + (1−α)·π_master and keeps the strategies whose score at
         * π_master is positive (each is an improving column); only if there is none does it price at
         * π_master itself, so termination is still decided by exact pricing at the master's multipliers.
         */
        private final class SmoothedPricer {
            private final Pricing pricing;
            private double[] centre;
            private double centreBound = Double.NEGATIVE_INFINITY;
            private final double[] smoothed = new double[constraints.rows() + space.measureRows()];
            private final double[] w = new double[space.measureRows()];
            /** Largest score at the master's multipliers among the strategies examined in the last round. */
            double bestScore;

            SmoothedPricer(int capacity) {
                pricing = new Pricing(capacity);
            }

            /** Appends to {@code lp} the improving strategies found at the master multipliers {@code dual}; returns how many. */
            int addImproving(double[] dual, LinearProgram lp) {
                bestScore = Double.NEGATIVE_INFINITY;
                int added = 0;
                if (centre != null) {
                    for (int i = 0; i < smoothed.length; i++) {
                        smoothed[i] = SMOOTHING * centre[i] + (1 - SMOOTHING) * dual[i];
                    }
                    priceAt(smoothed);
                    double[] z = constraints.entryWeights(Arrays.copyOf(dual, constraints.rows()));
                    for (int i = 0; i < pricing.count(); i++) {
                        long lambda = pricing.strategy(i);
                        double score = score(z, dual, lambda);
                        bestScore = Math.max(bestScore, score);
                        if (score > PRICING_TOLERANCE && add(lambda)) {
                            appendColumn(lp, lambda);
                            added++;
                        }
                    }
                }
                if (added == 0) {
                    priceAt(dual);
                    bestScore = pricing.max();
                    for (int i = 0; i < pricing.count(); i++) {
                        if (pricing.score(i) > PRICING_TOLERANCE && add(pricing.strategy(i))) {
                            appendColumn(lp, pricing.strategy(i));
                            added++;
                        }
                    }
                }
                return added;
            }

            /** Runs the exact pricing search at π and moves the centre there if its Lagrangian bound is the best yet. */
            private void priceAt(double[] pi) {
                double[] y = Arrays.copyOf(pi, constraints.rows());
                for (int i = 0; i < w.length; i++) {
                    w[i] = Math.max(0, -pi[constraints.rows() + i]);
                }
                space.price(constraints.entryWeights(y), w, pricing);
                double bound = -Math.max(0, pricing.max());
                for (int k = 0; k < y.length; k++) {
                    bound += y[k] * constraints.rhs(k);
                }
                if (bound > centreBound) {
                    centreBound = bound;
                    centre = pi.clone();
                }
            }

            /** ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ at the multipliers {@code dual} (z already formed from them). */
            private double score(double[] z, double[] dual, long lambda) {
                space.column(lambda, entries);
                double s = 0;
                for (int e : entries) {
                    s += z[e];
                }
                space.measureCounts(lambda, counts);
                for (int i = 0; i < counts.length; i++) {
                    s -= Math.max(0, -dual[constraints.rows() + i]) * counts[i];
                }
                return s;
            }
        }

        /** The solution if its status is OPTIMAL and it passes the check on {@code lp}; otherwise notes why and returns null. */
        private LpSolution checked(LpSolution s, LinearProgram lp) {
            String where = " on a " + lp.rows() + "x" + lp.columns() + " master";
            if (s.status() != LpSolution.Status.OPTIMAL) {
                failures.add(s.backend() + " returned " + s.status() + where + " that is feasible and bounded by construction"
                        + (s.note().isEmpty() ? "" : " (" + s.note() + ")"));
                return null;
            }
            LpSolution.Quality q = s.check(lp);
            if (!q.within(LpSolution.ACCEPTED_RESIDUAL)) {
                failures.add(s.backend() + " returned OPTIMAL" + where + " but " + q);
                return null;
            }
            return s;
        }

        private void report(boolean phaseOne, LpSolution solution, double bestScore) {
            if (options.progress() != null && solution != null) {
                options.progress().round(phaseOne ? 1 : 2, rounds, solution.objective(), count, bestScore);
            }
        }

        /**
         * The program without strategy columns. Rows: constraints (=), then measure rows
         * count_i·q − scale·t ≤ 0. Columns: t (if there are measure rows; cost 1 in phase 2, 0 in phase 1),
         * then in phase 1 the slacks s⁺_k, s⁻_k with cost 1; strategy columns follow.
         */
        private LinearProgram frame(boolean phaseOne) {
            LinearProgram lp = new LinearProgram();
            int k = constraints.rows();
            int l = space.measureRows();
            for (int r = 0; r < k; r++) {
                lp.addRow(LinearProgram.Relation.EQ, constraints.rhs(r));
            }
            for (int i = 0; i < l; i++) {
                lp.addRow(LinearProgram.Relation.LE, 0);
            }
            if (l > 0) {
                for (int i = 0; i < l; i++) {
                    columnRows[i] = k + i;
                    columnValues[i] = -space.measureScale();
                }
                lp.addColumn(phaseOne ? 0 : 1, false, columnRows, columnValues, l);
            }
            if (phaseOne) {
                int[] row = new int[1];
                for (int r = 0; r < k; r++) {
                    row[0] = r;
                    lp.addColumn(1, false, row, new double[] {1}, 1);
                    lp.addColumn(1, false, row, new double[] {-1}, 1);
                }
            }
            firstStrategyColumn = lp.columns();
            return lp;
        }

        /** Appends strategy λ's column: its constraint coefficients ⟨r_k, T_λ⟩ and its measure counts. */
        private void appendColumn(LinearProgram lp, long lambda) {
            space.column(lambda, entries);
            int n = constraints.columnCoefficients(entries, coefficient, touched);
            int nnz = 0;
            for (int t = 0; t < n; t++) {
                int r = touched[t];
                if (coefficient[r] != 0) {
                    columnRows[nnz] = r;
                    columnValues[nnz++] = coefficient[r];
                }
                coefficient[r] = 0;
            }
            space.measureCounts(lambda, counts);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    columnRows[nnz] = constraints.rows() + i;
                    columnValues[nnz++] = counts[i];
                }
            }
            lp.addColumn(0, false, columnRows, columnValues, nnz);
        }

        List<RelaxationResult.WeightedStrategy> model(double[] primal) {
            List<RelaxationResult.WeightedStrategy> model = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                double q = primal[firstStrategyColumn + c];
                if (q > 1e-12) {
                    model.add(new RelaxationResult.WeightedStrategy(strategies[c], q, space.describe(strategies[c])));
                }
            }
            model.sort(Comparator.comparingDouble(RelaxationResult.WeightedStrategy::weight).reversed());
            return List.copyOf(model);
        }

        /** The measure max_i Σ_λ q_λ counts_i(λ) / scale of a model, recomputed from its strategies (0 without measure rows). */
        double measure(List<RelaxationResult.WeightedStrategy> model) {
            double[] rows = new double[space.measureRows()];
            for (RelaxationResult.WeightedStrategy s : model) {
                space.measureCounts(s.strategy(), counts);
                for (int i = 0; i < rows.length; i++) {
                    rows[i] += s.weight() * counts[i];
                }
            }
            double max = 0;
            for (double r : rows) {
                max = Math.max(max, r / space.measureScale());
            }
            return max;
        }

        /** max_k |⟨r_k, T q⟩ − g_k| of a model. */
        double residual(List<RelaxationResult.WeightedStrategy> model) {
            double[] lhs = new double[constraints.rows()];
            for (RelaxationResult.WeightedStrategy s : model) {
                space.column(s.strategy(), entries);
                int n = constraints.columnCoefficients(entries, coefficient, touched);
                for (int t = 0; t < n; t++) {
                    lhs[touched[t]] += s.weight() * coefficient[touched[t]];
                    coefficient[touched[t]] = 0;
                }
            }
            double worst = 0;
            for (int r = 0; r < lhs.length; r++) {
                worst = Math.max(worst, Math.abs(lhs[r] - constraints.rhs(r)));
            }
            return worst;
        }

        String diagnostics() {
            return String.join("; ", failures);
        }
    }

    /** A set of strategy indices (open addressing, no boxing): which strategies are master columns. */
    private static final class LongSet {
        private static final long EMPTY = -1;
        private long[] slots = filled(64);
        private int size;

        private static long[] filled(int n) {
            long[] a = new long[n];
            Arrays.fill(a, EMPTY);
            return a;
        }

        /** Adds {@code v ≥ 0}; false if it was present. */
        boolean add(long v) {
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = filled(old.length * 2);
                size = 0;
                for (long o : old) {
                    if (o != EMPTY) {
                        add(o);
                    }
                }
            }
            int mask = slots.length - 1;
            int i = (int) (Long.hashCode(v * 0x9E3779B97F4A7C15L)) & mask;
            while (slots[i] != EMPTY) {
                if (slots[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = v;
            size++;
            return true;
        }
    }
}
