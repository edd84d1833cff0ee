package relax.lp.relaxation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.Engine;
import relax.lp.engine.Master;
import relax.lp.engine.Method;
import relax.lp.engine.Pricer;
import relax.lp.engine.Pruning;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.engine.StrategyPool;
import relax.lp.engine.Tolerances;
import relax.lp.engine.Verdict;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpSolution;

/**
 * The minimum of a relaxation measure over every model of a causal structure that meets a set of
 * behaviour constraints (Chaves, Kueng, Brask &amp; Gross 2015, eqs. 32–33 with Corollary 8):
 * <pre>
 *   minimise   t = max_i (C q)_i
 *   subject to ⟨r_k, T q⟩ = g_k  for every constraint row k,     q ≥ 0,
 * </pre>
 * with dual  max Σ_k y_k g_k  s.t.  ⟨z, T_λ⟩ ≤ Σ_i w_i C_{i,λ} for every strategy λ, z = Σ_k y_k r_k,
 * w ≥ 0, Σ_i w_i ≤ 1 (eq. 27). C is {@code counts / scale} of the {@link StrategySpace}; the LP keeps
 * the integers: rows count_i·q − scale·t ≤ 0.
 *
 * <p>A formulation on the {@link Engine}: it holds the LP (a {@link Master} over strategy columns, in two
 * phases) and its {@link Certificate}, and nothing else. Phase 1 minimises the ℓ1 residual of the
 * constraints (slack columns s⁺, s⁻); a positive optimum means no model exists and its multipliers are a
 * Farkas certificate. Phase 2 minimises t, on the same live LP: the slacks are removed and t's cost set
 * ({@link StrategyColumns#nextPhase}), so the backend continues from the phase-1 basis. Strategies enter
 * by column generation — the exact pricing search {@link StrategySpace#price}, dual-smoothed (see
 * {@link StrategyPricer}), with {@link #PRUNING} — or, for small spaces, all at once ({@link Method}). The
 * verdict follows the engine's one policy ({@link Verdict}).
 */
public final class Relaxation {

    /**
     * Strategies added per pricing round unless the options say otherwise. 20 rather than 30: the GLOP
     * master's time per solve grows with its columns, and fewer columns per round measured as fast or
     * faster (X→B chained box m = 5–7, docs/performance.md).
     */
    static final int COLUMNS_PER_ROUND = 20;
    /**
     * Pruning of the column-generation master: beyond 4 generated columns per row (and 400), unused
     * columns with reduced cost above 1e-2 are dropped and priced again later. The master is then rebuilt
     * (GLOP's time per solve grows with every column it holds, used or not); measured 23–29 % faster on
     * X→B chained box and quantum correlations at m = 6, neutral on CGLMP d = 8 (docs/performance.md).
     */
    static final Pruning PRUNING = new Pruning(4, 400, 1e-2);
    /** Weight α of the stability centre in Wentges smoothing (measured at m = 5: 0.3–0.7 alike, 0.85 slower). */
    static final double SMOOTHING = 0.5;

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
    public RelaxationResult solve(SolveOptions options) {
        Method method = options.method().resolve(space.size());
        StrategyPool pool = new StrategyPool(space, method == Method.COLGEN);
        StrategyColumns columns = new StrategyColumns(pool);
        Engine engine = new Engine(options.finalProgram() == null ? options : options.withFinalProgram(lp -> {
            columns.name(lp);
            options.finalProgram().accept(lp);
        }));
        engine.method(method);
        if (method == Method.ENUMERATE) {
            pool.addEvery();
        }
        int perRound = options.columnsPerRound(COLUMNS_PER_ROUND);
        Tolerances tol = engine.tolerances();

        StrategyPricer pricer = method == Method.ENUMERATE ? null : new StrategyPricer(pool, perRound, tol.pricing());
        columns.phaseOne = true;
        columns.pricer = pricer;
        columns.feasibilityTolerance = tol.feasibility();
        Engine.MasterSolution optimum = engine.generate(columns, pricer, method == Method.ENUMERATE ? Pruning.NONE : PRUNING, "feasibility");
        if (optimum == null) {
            return failed(engine, "every LP backend failed");
        }
        Engine.MasterSolution feasibility = columns.feasibility;
        double residual = feasibility.solution().objective();
        if (residual > tol.feasibility()) {
            return infeasible(engine, feasibility, residual);
        }
        boolean measured = space.measureRows() > 0;
        LpSolution s = optimum.solution();
        double value = measured ? s.objective() : 0;
        double[] y = measured ? rowDuals(s) : new double[constraints.rows()];
        double[] w = new double[space.measureRows()];
        for (int i = 0; i < w.length; i++) {
            w[i] = -s.dual()[constraints.rows() + i];
        }
        Certificate certificate = engine.certify(() -> Certificate.verify(space, constraints, y, w, value));
        List<RelaxationResult.WeightedStrategy> model = columns.model(optimum, tol.negligibleWeight());
        double modelResidual = residual(model);
        Verdict v = Verdict.optimum(certificate, value, measure(model), modelResidual, tol);
        if (v.status() != Status.OPTIMAL) {
            // the constraints were met only to within the feasibility tolerance and no verified model exists: perhaps none exists at all
            RelaxationResult proof = residual > 0 ? infeasible(engine, feasibility, residual) : null;
            return proof != null && proof.status() == Status.INFEASIBLE ? proof : failed(engine, v.reason());
        }
        return new RelaxationResult(Status.OPTIMAL, v.value(), model, certificate, modelResidual, "", engine.diagnostics());
    }

    /** INFEASIBLE with the exactly verified Farkas certificate from the phase-1 multipliers, or FAILED if it does not verify. */
    private RelaxationResult infeasible(Engine engine, Engine.MasterSolution feasibility, double residual) {
        Certificate farkas = engine.certify(() -> Certificate.verify(space, constraints, rowDuals(feasibility.solution()),
                new double[space.measureRows()], residual));
        Verdict v = Verdict.infeasibility(farkas, residual);
        return v.status() == Status.INFEASIBLE ? new RelaxationResult(Status.INFEASIBLE, Double.NaN, List.of(), farkas, Double.NaN, "", engine.diagnostics())
                : failed(engine, v.reason());
    }

    private double[] rowDuals(LpSolution s) {
        return Arrays.copyOf(s.dual(), constraints.rows());
    }

    private static RelaxationResult failed(Engine engine, String reason) {
        return new RelaxationResult(Status.FAILED, Double.NaN, List.of(), null, Double.NaN, reason, engine.diagnostics());
    }

    /** The measure max_i Σ_λ q_λ counts_i(λ) / scale of a model, recomputed from its strategies (0 without measure rows). */
    double measure(List<RelaxationResult.WeightedStrategy> model) {
        double[] rows = new double[space.measureRows()];
        int[] counts = new int[space.measureRows()];
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
        int[] entries = new int[space.scenario().inputBlocks()];
        double[] coefficient = new double[constraints.rows()];
        int[] touched = new int[constraints.rows()];
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

    /**
     * The strategy columns of the master, one per strategy of its {@link StrategyPool}. Rows of the frame:
     * constraints (=), then measure rows count_i·q − scale·t ≤ 0. Columns: t (if there are measure rows;
     * cost 1 in phase 2, 0 in phase 1), in phase 1 the slacks s⁺_k, s⁻_k with cost 1; strategy columns
     * follow.
     */
    final class StrategyColumns implements Master {
        private final StrategyPool pool;
        boolean phaseOne;
        /** Whether the master's LP has the slack columns: built in phase 1, kept (removed, fixed at 0) into phase 2 until a prune rebuilds it. */
        private boolean slackColumns;
        /** The phase-1 optimum, once phase 1 is done. */
        Engine.MasterSolution feasibility;
        StrategyPricer pricer;
        double feasibilityTolerance;
        private final int[] entries = new int[space.scenario().inputBlocks()];
        private final int[] counts = new int[space.measureRows()];
        private final double[] coefficient = new double[constraints.rows()];
        private final int[] touched = new int[constraints.rows()];
        private final int[] columnRows = new int[constraints.rows() + space.measureRows()];
        private final double[] columnValues = new double[constraints.rows() + space.measureRows()];
        private final int[] scratch;

        StrategyColumns(StrategyPool pool) {
            this.pool = pool;
            this.scratch = new int[pool.width()];
        }

        @Override
        public int generated() {
            return pool.count();
        }

        @Override
        public LinearProgram frame() {
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
            slackColumns = phaseOne;
            if (phaseOne) {
                int[] row = new int[1];
                for (int r = 0; r < k; r++) {
                    row[0] = r;
                    lp.addColumn(1, false, row, new double[] {1}, 1);
                    lp.addColumn(1, false, row, new double[] {-1}, 1);
                }
            }
            return lp;
        }

        /** Appends strategy k's column: its constraint coefficients ⟨r_k, T_λ⟩ and its measure counts. */
        @Override
        public void append(LinearProgram lp, int k) {
            pool.strategy(k, scratch);
            space.column(scratch, entries);
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
            space.measureCounts(scratch, counts);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    columnRows[nnz] = constraints.rows() + i;
                    columnValues[nnz++] = counts[i];
                }
            }
            lp.addColumn(0, false, columnRows, columnValues, nnz);
        }

        /**
         * After phase 1: records its optimum; if the constraints can be met and there is a measure, turns
         * the live LP into phase 2 in place (slacks removed, t costs 1), so the backend continues from
         * the phase-1 basis. Rows and strategy columns are the same in both phases.
         */
        @Override
        public String nextPhase(Engine.MasterSolution done) {
            if (!phaseOne) {
                return null;
            }
            feasibility = done;
            int l = space.measureRows();
            if (l == 0 || done.solution().objective() > feasibilityTolerance) {
                return null;
            }
            phaseOne = false;
            LinearProgram lp = done.lp();
            lp.setCost(0, 1);
            for (int j = 1; j <= 2 * constraints.rows(); j++) {
                lp.removeColumn(j);
            }
            if (pricer != null) {
                pricer.restart();
            }
            return "minimum";
        }

        @Override
        public void retain(IntPredicate keep) {
            pool.retain(keep);
        }

        /**
         * Names the columns of {@code lp}, this master's LP, for export: {@code t} (the measure), the phase-1 slacks by
         * their constraint, and each strategy in words ({@code q a(x)=(0,1) b(y)=(1,1)}); rows by their constraint
         * label (an entry of p, a functional, a no-signalling condition) and measure row.
         */
        void name(LinearProgram lp) {
            String[] rows = new String[lp.rows()];
            int k = constraints.rows();
            for (int r = 0; r < k; r++) {
                rows[r] = constraints.row(r).label();
            }
            for (int i = 0; i < space.measureRows() && k + i < rows.length; i++) {
                rows[k + i] = "measure " + space.measureRowLabel(i);
            }
            String[] cols = new String[lp.columns()];
            int j = 0;
            if (space.measureRows() > 0) {
                cols[j++] = "t";
            }
            if (slackColumns) {
                for (int r = 0; r < k; r++) {
                    cols[j++] = "slack+ " + rows[r];
                    cols[j++] = "slack- " + rows[r];
                }
            }
            for (int c = 0; c < pool.count() && j < cols.length; c++) {
                pool.strategy(c, scratch);
                cols[j++] = "q " + space.describe(scratch);
            }
            lp.setNames(cols, rows);
        }

        /** The strategies with weight above {@code negligible} in the master's solution, heaviest first. */
        List<RelaxationResult.WeightedStrategy> model(Engine.MasterSolution m, double negligible) {
            List<RelaxationResult.WeightedStrategy> model = new ArrayList<>();
            int[] d = new int[pool.width()];
            for (int k = 0; k < pool.count(); k++) {
                double q = m.generated(k);
                if (q > negligible) {
                    pool.strategy(k, d);
                    model.add(new RelaxationResult.WeightedStrategy(d, q, space.responses(d)));
                }
            }
            model.sort(Comparator.comparingDouble(RelaxationResult.WeightedStrategy::weight).reversed());
            return model;
        }
    }

    /**
     * Pricing with Wentges dual smoothing, which damps the oscillation of the master's multipliers on
     * these degenerate LPs. Every multiplier vector π = (y, w) with w ≥ 0 and scale·Σw ≤ 1 (true of every
     * master dual) proves the Lagrangian bound g·y − max(δ(π), 0) on the phase's optimum, where δ(π) is the
     * largest pricing score; the <em>centre</em> is the π with the best bound so far. Each round prices
     * first at α·centre + (1−α)·π_master and keeps the strategies whose score at π_master is positive (each
     * is an improving column); only if there is none does it price at π_master itself, so termination is
     * still decided by exact pricing at the master's multipliers.
     */
    final class StrategyPricer implements Pricer {
        private final StrategyPool pool;
        private final Pricing pricing;
        private final double tolerance;
        private double[] centre;
        private double centreBound = Double.NEGATIVE_INFINITY;
        private final double[] smoothed = new double[constraints.rows() + space.measureRows()];
        private final double[] w = new double[space.measureRows()];
        private final int[] entries = new int[space.scenario().inputBlocks()];
        private final int[] counts = new int[space.measureRows()];
        private final int[] strategy;

        StrategyPricer(StrategyPool pool, int capacity, double tolerance) {
            this.pool = pool;
            this.pricing = new Pricing(Math.max(1, capacity), space.digits().length());
            this.tolerance = tolerance;
            this.strategy = space.digits().first();
        }

        /** Forgets the stability centre (the objective changed: a new phase). */
        void restart() {
            centre = null;
            centreBound = Double.NEGATIVE_INFINITY;
        }

        @Override
        public double price(double[] dual) {
            double best = Double.NEGATIVE_INFINITY;
            int added = 0;
            if (centre != null) {
                for (int i = 0; i < smoothed.length; i++) {
                    smoothed[i] = SMOOTHING * centre[i] + (1 - SMOOTHING) * dual[i];
                }
                priceAt(smoothed);
                double[] z = constraints.entryWeights(Arrays.copyOf(dual, constraints.rows()));
                for (int i = 0; i < pricing.count(); i++) {
                    pricing.strategy(i, strategy);
                    double score = score(z, dual, strategy);
                    best = Math.max(best, score);
                    if (score > tolerance && pool.add(strategy)) {
                        added++;
                    }
                }
            }
            if (added == 0) {
                priceAt(dual);
                best = pricing.max();
                for (int i = 0; i < pricing.count(); i++) {
                    pricing.strategy(i, strategy);
                    if (pricing.score(i) > tolerance) {
                        pool.add(strategy);
                    }
                }
            }
            return best;
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
        private double score(double[] z, double[] dual, int[] lambda) {
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
}
