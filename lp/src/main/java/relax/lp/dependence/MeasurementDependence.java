package relax.lp.dependence;

import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.solver.CommonsBackend;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpBackend;
import relax.lp.solver.LpSolution;
import relax.lp.solver.OjAlgoBackend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import relax.core.locality.LhvStrategies;
import relax.core.strategy.Pricing;

/**
 * The minimum measurement dependence of Chaves et al. (2015) (Fig. 1e; eqs. 40–42 with Theorem 6): over every
 * measurement-dependent model q(x, λ) — x the input tuple, λ a deterministic local strategy, Σ_λ q(x,λ)
 * = p(x) the given input distribution — whose behaviour p(a|x) = Σ_λ q(x,λ) δ(a, λ(x)) / p(x) meets a
 * set of constraint rows (the whole observed behaviour, or a Bell value in functional mode),
 * <pre>  minimise  M = Σ_{x,λ} |q(x,λ) − p(x) q(λ)|   (eq. 41, L = 1)   or   M_Hall (L = pairs of inputs).</pre>
 *
 * <p><b>Formulation.</b> Instead of Theorem 6's auxiliary variables t ≥ ±M_i q (2·|x|·|λ| rows), the LP
 * works with ray columns (λ, ε) of {@link MeasurementDependenceMeasure}: every column already carries
 * its exact ℓ1 cost, so the master has only the constraint rows, S − 1 block normalisations and, for
 * M_Hall, one row Σ κ_i θ ≤ v per pair — a few hundred rows even for CGLMP d = 8 (4096 strategies
 * × 4 input pairs). Columns are generated: the dual of Theorem 6 restricted to one strategy has the
 * closed form {@link MeasurementDependenceMeasure#score}, maximised by enumerating the strategies; when
 * no strategy scores above zero the restricted optimum is the true optimum (the rays of a strategy
 * include the score's maximiser, and the score bounds every q(·, λ), not only rays).
 *
 * <p><b>Feasibility.</b> A measurement-dependent model reproduces any behaviour whatsoever (each input
 * tuple may use its own strategies), so the LP is feasible exactly when some behaviour meets the rows.
 * Phase 1 finds such a behaviour p* with a small LP over the entries (or proves, with an exactly checked
 * Farkas certificate, that none exists); the initial master uses one column per entry of p* with
 * positive weight.
 *
 * <p>Every master answer is checked (primal/dual feasibility, gap) and a failing backend is replaced by
 * the next; the optimum is re-verified by an exact {@link MeasurementDependenceCertificate} and by
 * recomputing the measure of the returned model from its definition.
 */
public final class MeasurementDependence {

    /**
     * Solve settings.
     *
     * @param backends        LP backends, tried in order until one gives a checked answer
     * @param columnsPerRound strategies added per pricing round at most
     * @param feasibilityTolerance phase-1 ℓ1 residual above which the constraints count as unsatisfiable
     * @param progress        called after every master solve (may be null)
     */
    public record Options(List<LpBackend> backends, int columnsPerRound, double feasibilityTolerance, Relaxation.Progress progress) {
        /** ojAlgo with Commons Math as fallback. */
        public static Options defaults() {
            return new Options(List.of(new OjAlgoBackend(), new CommonsBackend()), 150, 1e-8, null);
        }

        public Options withBackends(List<LpBackend> b) {
            return new Options(b, columnsPerRound, feasibilityTolerance, progress);
        }

        public Options withProgress(Relaxation.Progress p) {
            return new Options(backends, columnsPerRound, feasibilityTolerance, p);
        }
    }

    private static final double PRICING_TOLERANCE = 1e-9;
    private static final double SOLUTION_TOLERANCE = 1e-7;
    private static final int MAX_ROUNDS = 20_000;
    /** Master columns per row above which unattractive columns are dropped. */
    private static final int PRUNE_FACTOR = 6;
    private static final double PRUNE_REDUCED_COST = 1e-3;
    /** Masters up to this many columns are never pruned (functional mode has few rows and converges fast unpruned). */
    private static final int PRUNE_FLOOR = 2000;
    /** Largest strategy space searched by enumeration in each pricing round. */
    public static final long STRATEGY_LIMIT = 1L << 24;

    private final MeasurementDependenceCertificate.Rows rows;
    private final LhvStrategies space;
    private final BehaviourConstraints constraints;
    private final InputDistribution inputs;
    private final MeasurementDependenceMeasure measure;
    private final int blocks;
    private final int outcomes;
    /** CSR of the constraint rows touched by each behaviour entry. */
    private final int[] entryStart;
    private final int[] entryRow;
    private final double[] entryCoefficient;

    /**
     * @throws IllegalArgumentException if the scenarios differ, the space is too large to search, or the
     *                                  measure cannot handle that many input tuples
     */
    public MeasurementDependence(LhvStrategies space, BehaviourConstraints constraints, InputDistribution inputs, MeasurementDependenceMeasure measure) {
        if (!space.scenario().equals(constraints.scenario())) {
            throw new IllegalArgumentException("strategies of scenario " + space.scenario() + " cannot meet constraints on scenario " + constraints.scenario());
        }
        this.blocks = space.scenario().inputBlocks();
        if (inputs.size() != blocks) {
            throw new IllegalArgumentException("the input distribution has " + inputs.size() + " entries but the scenario has " + blocks + " input tuples");
        }
        if (space.size() > STRATEGY_LIMIT) {
            throw new IllegalArgumentException("scenario " + space.scenario() + " has " + space.size()
                    + " deterministic strategies; measurement dependence searches at most 2^24");
        }
        int limit = measure == MeasurementDependenceMeasure.HALL ? MeasurementDependenceMeasure.HALL_BLOCK_LIMIT : MeasurementDependenceMeasure.M_BLOCK_LIMIT;
        if (blocks > limit) {
            throw new IllegalArgumentException(measure.symbol() + " handles at most " + limit + " input tuples, scenario " + space.scenario() + " has " + blocks);
        }
        this.space = space;
        this.constraints = constraints;
        this.inputs = inputs;
        this.measure = measure;
        this.outcomes = space.scenario().outcomesPerBlock();
        this.rows = new MeasurementDependenceCertificate.Rows(space, constraints, inputs, measure);
        int entries = space.scenario().size();
        this.entryStart = new int[entries + 1];
        List<int[]> touchedRows = new ArrayList<>();
        List<double[]> touchedValues = new ArrayList<>();
        double[] coefficient = new double[constraints.rows()];
        int[] touched = new int[constraints.rows()];
        int[] one = new int[1];
        for (int j = 0; j < entries; j++) {
            one[0] = j;
            int n = constraints.columnCoefficients(one, coefficient, touched);
            int[] r = Arrays.copyOf(touched, n);
            double[] v = new double[n];
            for (int t = 0; t < n; t++) {
                v[t] = coefficient[r[t]];
                coefficient[r[t]] = 0;
            }
            touchedRows.add(r);
            touchedValues.add(v);
            entryStart[j + 1] = entryStart[j] + n;
        }
        this.entryRow = new int[entryStart[entries]];
        this.entryCoefficient = new double[entryStart[entries]];
        for (int j = 0; j < entries; j++) {
            System.arraycopy(touchedRows.get(j), 0, entryRow, entryStart[j], touchedRows.get(j).length);
            System.arraycopy(touchedValues.get(j), 0, entryCoefficient, entryStart[j], touchedValues.get(j).length);
        }
        requireBlockZeroNormalisation();
    }

    /** The constraints' normalisation combination must be Σ_a p(a|x_0) = 1, so that the S − 1 added rows complete it. */
    private void requireBlockZeroNormalisation() {
        double[] nu = constraints.normalisation();
        double[] z = constraints.entryWeights(nu);
        for (int j = 0; j < z.length; j++) {
            double expected = j < outcomes ? 1 : 0;
            if (Math.abs(z[j] - expected) > 1e-12) {
                throw new IllegalArgumentException("the constraint set's normalisation combination is not the normalisation of the first input tuple");
            }
        }
    }

    public LhvStrategies space() {
        return space;
    }

    public BehaviourConstraints constraints() {
        return constraints;
    }

    public InputDistribution inputs() {
        return inputs;
    }

    public MeasurementDependenceMeasure measure() {
        return measure;
    }

    /** Solves; never throws for solver trouble (status FAILED instead). */
    public MeasurementDependenceResult solve(Options options) {
        long t0 = System.nanoTime();
        Master master = new Master(options);
        double[] start = master.feasibleBehaviour();
        if (start == null) {
            return master.result(MeasurementDependenceResult.Status.FAILED, Double.NaN, null, null, t0);
        }
        if (master.infeasibility != null) {
            return master.result(MeasurementDependenceResult.Status.INFEASIBLE, Double.NaN, null, master.infeasibility, t0);
        }
        double[] p = inputs.toArray();
        for (int j = 0; j < start.length; j++) {
            if (start[j] > 1e-12) {
                master.add(space.producing(j / outcomes, j % outcomes), measure.unitRay(j / outcomes, blocks));
            }
        }
        LpSolution solution = master.run(p);
        if (solution == null) {
            return master.result(MeasurementDependenceResult.Status.FAILED, Double.NaN, null, null, t0);
        }
        int k = constraints.rows();
        double[] y = Arrays.copyOf(solution.dual(), k + blocks - 1);
        double[] u = new double[measure == MeasurementDependenceMeasure.HALL ? measure.terms(blocks) : 0];
        for (int i = 0; i < u.length; i++) {
            u[i] = -solution.dual()[k + blocks - 1 + i];
        }
        double value = solution.objective();
        MeasurementDependenceCertificate certificate = MeasurementDependenceCertificate.verify(rows, y, u, value);
        return master.result(MeasurementDependenceResult.Status.OPTIMAL, value, master.model(solution.primal(), p), certificate, t0);
    }

    /** Max over rows k of |⟨r_k, p⟩ − g_k| and over tuples of |Σ_a p(a|x) − 1| for a behaviour p. */
    double residual(double[] behaviour) {
        double[] lhs = new double[constraints.rows()];
        for (int j = 0; j < behaviour.length; j++) {
            for (int t = entryStart[j]; t < entryStart[j + 1]; t++) {
                lhs[entryRow[t]] += entryCoefficient[t] * behaviour[j];
            }
        }
        double worst = 0;
        for (int r = 0; r < lhs.length; r++) {
            worst = Math.max(worst, Math.abs(lhs[r] - constraints.rhs(r)));
        }
        for (int s = 0; s < blocks; s++) {
            double sum = 0;
            for (int a = 0; a < outcomes; a++) {
                sum += behaviour[s * outcomes + a];
            }
            worst = Math.max(worst, Math.abs(sum - 1));
        }
        return worst;
    }

    /** The restricted master: ray columns found so far; rebuilt as an LP for each solve. */
    private final class Master {
        private final Options options;
        private final List<long[]> columns = new ArrayList<>();
        private final Set<List<Long>> present = new HashSet<>();
        private final List<String> failures = new ArrayList<>();
        private MeasurementDependenceCertificate infeasibility;
        private int rounds;
        private String backend = "";
        /** Master size that triggers the next pruning; doubles at every pruning, so pruning cannot cycle. */
        private int pruneAt;
        private final double[] eps = new double[blocks];
        private final double[] cost = new double[measure.terms(blocks)];
        private final int[] o = new int[blocks];

        Master(Options options) {
            this.options = options;
        }

        boolean add(long lambda, long ray) {
            if (!present.add(List.of(lambda, ray))) {
                return false;
            }
            columns.add(new long[] {lambda, ray});
            return true;
        }

        /**
         * Phase 1: a behaviour meeting the rows (null when every backend failed). If none exists,
         * {@link #infeasibility} is set and an empty array returned.
         */
        double[] feasibleBehaviour() {
            int k = constraints.rows();
            int entries = space.scenario().size();
            LinearProgram lp = normalisedRows();
            int[] col = new int[k + 1];
            double[] val = new double[k + 1];
            for (int j = 0; j < entries; j++) {
                int n = 0;
                for (int t = entryStart[j]; t < entryStart[j + 1]; t++) {
                    col[n] = entryRow[t];
                    val[n++] = entryCoefficient[t];
                }
                int s = j / outcomes;
                if (s > 0) {
                    col[n] = k + s - 1;
                    val[n++] = 1;
                }
                lp.addColumn(0, false, col, val, n);
            }
            int[] row = new int[1];
            for (int r = 0; r < lp.rows(); r++) {
                row[0] = r;
                lp.addColumn(1, false, row, new double[] {1}, 1);
                lp.addColumn(1, false, row, new double[] {-1}, 1);
            }
            LpSolution s = solve(lp);
            if (s == null) {
                return null;
            }
            if (s.objective() > options.feasibilityTolerance()) {
                infeasibility = MeasurementDependenceCertificate.infeasibility(rows, s.dual());
                return new double[0];
            }
            return Arrays.copyOf(s.primal(), entries);
        }

        /** An LP with the constraint rows and the normalisation rows of tuples 1…S−1, no columns. */
        private LinearProgram normalisedRows() {
            LinearProgram lp = new LinearProgram();
            for (int r = 0; r < constraints.rows(); r++) {
                lp.addRow(LinearProgram.Relation.EQ, constraints.rhs(r));
            }
            for (int s = 1; s < blocks; s++) {
                lp.addRow(LinearProgram.Relation.EQ, 1);
            }
            return lp;
        }

        /** Column generation: solve, price every strategy, add the best rays, until nothing scores above zero. */
        LpSolution run(double[] p) {
            Pricing pricing = new Pricing(Math.max(1, options.columnsPerRound()));
            int k = constraints.rows();
            double[] w = new double[blocks];
            double[] scratch = new double[measure == MeasurementDependenceMeasure.HALL ? 1 << blocks : 0];
            long[] ray = new long[1];
            while (rounds < MAX_ROUNDS) {
                LinearProgram lp = build(p);
                LpSolution solution = solve(lp);
                rounds++;
                if (solution == null) {
                    return null;
                }
                double[] z = entryWeights(solution.dual());
                double[] u = new double[measure.terms(blocks)];
                for (int i = 0; measure == MeasurementDependenceMeasure.HALL && i < u.length; i++) {
                    u[i] = Math.max(0, -solution.dual()[k + blocks - 1 + i]);
                }
                MeasurementDependenceMeasure.Cuts cuts = new MeasurementDependenceMeasure.Cuts(measure, u, p);
                pricing.reset();
                for (long lambda = 0; lambda < space.size(); lambda++) {
                    space.outcomes(lambda, o);
                    for (int s = 0; s < blocks; s++) {
                        w[s] = z[s * outcomes + o[s]];
                    }
                    pricing.offer(lambda, measure.score(w, p, cuts, scratch, ray));
                }
                if (options.progress() != null) {
                    options.progress().round(2, rounds, solution.objective(), columns.size(), pricing.max());
                }
                if (pricing.max() <= PRICING_TOLERANCE) {
                    return solution;
                }
                prune(lp, solution);
                boolean added = false;
                for (int i = 0; i < pricing.count() && pricing.score(i) > PRICING_TOLERANCE; i++) {
                    long lambda = pricing.strategy(i);
                    space.outcomes(lambda, o);
                    for (int s = 0; s < blocks; s++) {
                        w[s] = z[s * outcomes + o[s]];
                    }
                    measure.score(w, p, cuts, scratch, ray);
                    added |= add(lambda, ray[0]);
                }
                if (!added) {
                    failures.add("column generation stalled: pricing found score " + pricing.max() + " for a column already in the master");
                    return solution;
                }
            }
            failures.add("column generation stopped after " + MAX_ROUNDS + " rounds");
            return null;
        }

        /**
         * Keeps the master small: once it has more than {@link #PRUNE_FACTOR} columns per row (and more than
         * {@link #PRUNE_FLOOR}), drops the columns that are unused and have a reduced cost above
         * {@link #PRUNE_REDUCED_COST} (they are priced again every round and come back if they become
         * attractive). The trigger doubles after each pruning, so pruning happens finitely often and
         * column generation keeps its finite termination.
         */
        private void prune(LinearProgram lp, LpSolution solution) {
            if (pruneAt == 0) {
                pruneAt = Math.max(PRUNE_FACTOR * lp.rows(), PRUNE_FLOOR);
            }
            if (columns.size() <= pruneAt) {
                return;
            }
            pruneAt *= 2;
            double[] aty = lp.multiplyTransposed(solution.dual());
            List<long[]> kept = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (solution.primal()[c] > 0 || lp.cost(c) - aty[c] <= PRUNE_REDUCED_COST) {
                    kept.add(columns.get(c));
                } else {
                    present.remove(List.of(columns.get(c)[0], columns.get(c)[1]));
                }
            }
            columns.clear();
            columns.addAll(kept);
        }

        /** ẑ over entries from master multipliers: Σ_k y_k r_k + ρ_x on block x. */
        private double[] entryWeights(double[] dual) {
            int k = constraints.rows();
            double[] z = constraints.entryWeights(Arrays.copyOf(dual, k));
            for (int s = 1; s < blocks; s++) {
                for (int a = 0; a < outcomes; a++) {
                    z[s * outcomes + a] += dual[k + s - 1];
                }
            }
            return z;
        }

        /**
         * Rows: constraints (=), normalisations of tuples 1…S−1 (=), for M_Hall one row per pair
         * Σ κ θ − v ≤ 0. Columns: rays (cost: M's ℓ1 cost, 0 for M_Hall), then v (M_Hall, cost 1).
         */
        private LinearProgram build(double[] p) {
            int k = constraints.rows();
            int terms = measure.terms(blocks);
            boolean hall = measure == MeasurementDependenceMeasure.HALL;
            LinearProgram lp = normalisedRows();
            for (int i = 0; hall && i < terms; i++) {
                lp.addRow(LinearProgram.Relation.LE, 0);
            }
            double[] coefficient = new double[lp.rows()];
            int[] touched = new int[lp.rows()];
            double[] val = new double[lp.rows()];
            for (long[] c : columns) {
                int n = column(c[0], c[1], p, coefficient, touched);
                for (int t = 0; t < n; t++) {
                    val[t] = coefficient[touched[t]];
                    coefficient[touched[t]] = 0;
                }
                measure.cost(eps, p, cost);
                if (hall) {
                    for (int i = 0; i < terms; i++) {
                        if (cost[i] != 0) {
                            touched[n] = k + blocks - 1 + i;
                            val[n++] = cost[i];
                        }
                    }
                }
                lp.addColumn(hall ? 0 : cost[0], false, touched, val, n);
            }
            if (hall) {
                int[] r = new int[terms];
                double[] v = new double[terms];
                for (int i = 0; i < terms; i++) {
                    r[i] = k + blocks - 1 + i;
                    v[i] = -1;
                }
                lp.addColumn(1, false, r, v, terms);
            }
            return lp;
        }

        /**
         * Accumulates the constraint and normalisation coefficients of column (λ, ray) into
         * {@code coefficient} (zero on entry at the rows touched), lists the rows in {@code touched} and
         * returns their number; leaves the ray in {@link #eps}.
         */
        private int column(long lambda, long ray, double[] p, double[] coefficient, int[] touched) {
            int k = constraints.rows();
            measure.ray(ray, p, eps);
            space.outcomes(lambda, o);
            int n = 0;
            for (int s = 0; s < blocks; s++) {
                if (eps[s] == 0) {
                    continue;
                }
                int j = s * outcomes + o[s];
                for (int t = entryStart[j]; t < entryStart[j + 1]; t++) {
                    n = touch(entryRow[t], eps[s] * entryCoefficient[t], coefficient, touched, n);
                }
                if (s > 0) {
                    n = touch(k + s - 1, eps[s], coefficient, touched, n);
                }
            }
            return n;
        }

        private int touch(int row, double v, double[] coefficient, int[] touched, int n) {
            for (int i = 0; i < n; i++) {
                if (touched[i] == row) {
                    coefficient[row] += v;
                    return n;
                }
            }
            touched[n] = row;
            coefficient[row] = v;
            return n + 1;
        }

        private LpSolution solve(LinearProgram lp) {
            for (LpBackend backend : options.backends()) {
                LpSolution s = backend.solve(lp);
                if (s.status() != LpSolution.Status.OPTIMAL) {
                    failures.add(backend.name() + " returned " + s.status() + " on a " + lp.rows() + "x" + lp.columns() + " LP that is feasible and bounded");
                    continue;
                }
                LpSolution.Quality q = s.check(lp);
                if (q.within(SOLUTION_TOLERANCE)) {
                    this.backend = backend.name();
                    return s;
                }
                failures.add(backend.name() + " returned OPTIMAL but " + q);
            }
            return null;
        }

        /** The model q(x, λ) = Σ_rays θ p(x) ε_x of the master's primal, strategies in order of first use. */
        MeasurementDependentModel model(double[] theta, double[] p) {
            Map<Long, double[]> q = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                if (theta[c] <= 1e-15) {
                    continue;
                }
                long[] col = columns.get(c);
                measure.ray(col[1], p, eps);
                double[] weights = q.computeIfAbsent(col[0], key -> new double[blocks]);
                for (int s = 0; s < blocks; s++) {
                    weights[s] += theta[c] * p[s] * eps[s];
                }
            }
            long[] strategies = new long[q.size()];
            double[] weights = new double[q.size() * blocks];
            int i = 0;
            for (Map.Entry<Long, double[]> e : q.entrySet()) {
                strategies[i] = e.getKey();
                System.arraycopy(e.getValue(), 0, weights, i++ * blocks, blocks);
            }
            return new MeasurementDependentModel(space, inputs, strategies, weights);
        }

        MeasurementDependenceResult result(MeasurementDependenceResult.Status status, double value, MeasurementDependentModel model,
                MeasurementDependenceCertificate certificate, long t0) {
            double residual = model == null ? Double.NaN : residual(model.behaviour());
            return new MeasurementDependenceResult(status, measure, value, model, certificate, residual, backend, rounds, columns.size(),
                    System.nanoTime() - t0, String.join("; ", failures));
        }
    }
}
