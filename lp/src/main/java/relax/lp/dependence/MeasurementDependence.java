package relax.lp.dependence;

import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpSolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import relax.core.locality.LhvStrategies;
import relax.core.strategy.Pricing;
import relax.lp.engine.Engine;
import relax.lp.engine.Master;
import relax.lp.engine.Method;
import relax.lp.engine.Pricer;
import relax.lp.engine.Pruning;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.engine.Verdict;

/**
 * The minimum measurement dependence of Chaves et al. (2015) (Fig. 1e; eqs. 40–42 with Theorem 6): over every
 * measurement-dependent model q(x, λ) — x the input tuple, λ a deterministic local strategy, Σ_λ q(x,λ)
 * = p(x) the given input distribution — whose behaviour p(a|x) = Σ_λ q(x,λ) δ(a, λ(x)) / p(x) meets a
 * set of constraint rows (the whole observed behaviour, or a Bell value in functional mode),
 * <pre>  minimise  M = Σ_{x,λ} |q(x,λ) − p(x) q(λ)|   (eq. 41, L = 1)   or   M_Hall (L = pairs of inputs).</pre>
 *
 * <p><b>Formulations.</b> Two, chosen by {@link #method} (both with the same coupling rows, so their
 * multipliers go to the same certificate):
 * <ul>
 *   <li>{@link Method#ENUMERATE} (M only): Theorem 6 written over every pair (x, λ) with one deviation
 *       variable per pair and one auxiliary r(λ) per strategy ({@link #compactProgram}), about four
 *       nonzeros per pair, solved once. For many input tuples and few strategies (N-party GHZ) this is
 *       far faster than generating columns: four-party GHZ took 0.8 s in-process with CLP against 20–30 s
 *       for the ray master below with GLOP (docs/performance.md).</li>
 *   <li>{@link Method#COLGEN}: instead of Theorem 6's auxiliary variables t ≥ ±M_i q (2·|x|·|λ| rows),
 *       ray columns (λ, ε) of {@link MeasurementDependenceMeasure}: every column already carries its
 *       exact ℓ1 cost, so the master has only the constraint rows, S − 1 block normalisations and, for
 *       M_Hall, one row Σ κ_i θ ≤ v per pair — a few hundred rows even for CGLMP d = 8 (4096 strategies ×
 *       4 input pairs). Columns are generated: the dual of Theorem 6 restricted to one strategy has the
 *       closed form {@link MeasurementDependenceMeasure#score}, maximised by enumerating the strategies;
 *       when no strategy scores above zero the restricted optimum is the true optimum (the rays of a
 *       strategy include the score's maximiser, and the score bounds every q(·, λ), not only rays).</li>
 * </ul>
 *
 * <p><b>Feasibility.</b> A measurement-dependent model reproduces any behaviour whatsoever (each input
 * tuple may use its own strategies), so the LP is feasible exactly when some behaviour meets the rows.
 * Phase 1 finds such a behaviour p* with a small LP over the entries (or proves, with an exactly checked
 * Farkas certificate, that none exists); the initial master uses one column per entry of p* with
 * positive weight.
 *
 * <p>A formulation on the {@link Engine} (checked solves, failover, column generation with pruning); the
 * optimum is re-verified by an exact {@link MeasurementDependenceCertificate} and by recomputing the
 * measure of the returned model from its definition, under the engine's one verdict policy
 * ({@link Verdict}).
 */
public final class MeasurementDependence {

    /** Ray columns added per pricing round unless the options say otherwise. */
    static final int COLUMNS_PER_ROUND = 150;
    /**
     * Pruning of the master: beyond 6 columns per row (and 2000 columns; functional mode has few rows and
     * converges fast unpruned) unused columns with reduced cost above 1e-3 are dropped.
     */
    static final Pruning PRUNING = new Pruning(6, 2000, 1e-3);
    /** Largest number of pairs (x, λ) that {@link Method#AUTO} writes out in full ({@link Method#ENUMERATE}) for M. */
    static final long ENUMERATION_LIMIT = 1L << 16;
    /**
     * Fewest input tuples for which {@link Method#AUTO} writes M's program out in full. Measured
     * (docs/performance.md, "Measurement dependence: which formulation"): with 16 input tuples (four-party
     * GHZ) the compact program took 1.5 s against 8.4 s for the ray master; with 4 or 8 (CGLMP d = 5, 7,
     * three-party GHZ) the ray master was 4–75× faster.
     */
    static final int ENUMERATION_MIN_BLOCKS = 16;
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
    public MeasurementDependenceResult solve(SolveOptions options) {
        Engine engine = new Engine(options);
        Method method = method(options.method());
        engine.method(method);
        LpSolution feasible = engine.solve(phaseOneProgram());
        if (feasible == null) {
            return failed(engine, "every LP backend failed");
        }
        double residual = feasible.objective();
        if (residual > engine.tolerances().feasibility()) {
            return infeasible(engine, feasible, residual);
        }
        double[] p = inputs.toArray();
        LpSolution solution;
        MeasurementDependentModel model;
        if (method == Method.ENUMERATE) {
            options.progress().note("writing the LP over every (input tuple, strategy) pair: " + space.size() + " strategies, " + blocks + " input tuples");
            LinearProgram lp = compactProgram(p);
            options.progress().note("solving one LP over every (input tuple, strategy) pair, " + lp.rows() + " rows by " + lp.columns()
                    + " columns (no progress within it)");
            solution = engine.solve(lp);
            if (solution == null) {
                return failed(engine, "every LP backend failed");
            }
            if (options.finalProgram() != null) {
                options.finalProgram().accept(lp);
            }
            model = compactModel(solution, p, engine.tolerances().negligibleWeight());
        } else {
            RayColumns columns = new RayColumns(p);
            for (int j = 0; j < space.scenario().size(); j++) {
                if (feasible.primal()[j] > engine.tolerances().negligibleWeight()) {
                    columns.add(space.producing(j / outcomes, j % outcomes), measure.unitRay(j / outcomes, blocks));
                }
            }
            RayPricer pricer = new RayPricer(columns, p, options.columnsPerRound(COLUMNS_PER_ROUND), engine.tolerances().pricing());
            if (measure == MeasurementDependenceMeasure.HALL) {
                pricer.seed(feasible.primal(), engine.tolerances().negligibleWeight());
            }
            Engine.MasterSolution m = engine.generate(columns, pricer, PRUNING, "minimum");
            if (m == null) {
                return failed(engine, "every LP backend failed");
            }
            solution = m.solution();
            model = columns.model(m, p, engine.tolerances().negligibleWeight());
        }
        int k = constraints.rows();
        double[] y = Arrays.copyOf(solution.dual(), k + blocks - 1);
        double[] u = new double[measure == MeasurementDependenceMeasure.HALL ? measure.terms(blocks) : 0];
        for (int i = 0; i < u.length; i++) {
            u[i] = -solution.dual()[k + blocks - 1 + i];
        }
        double value = solution.objective();
        MeasurementDependenceCertificate certificate = engine.certify(() -> MeasurementDependenceCertificate.verify(rows, y, u, value));
        double modelResidual = residual(model.behaviour());
        double modelMeasure = measure == MeasurementDependenceMeasure.M ? model.measure() : model.hall();
        Verdict v = Verdict.optimum(certificate, value, modelMeasure, modelResidual, engine.tolerances());
        if (v.status() != Status.OPTIMAL) {
            // the rows were met only to within the feasibility tolerance and no verified model exists: perhaps no behaviour meets them
            MeasurementDependenceResult proof = residual > 0 ? infeasible(engine, feasible, residual) : null;
            return proof != null && proof.status() == Status.INFEASIBLE ? proof : failed(engine, v.reason());
        }
        return new MeasurementDependenceResult(Status.OPTIMAL, measure, v.value(), model, certificate, modelResidual, "", engine.diagnostics());
    }

    /**
     * How the LP is written: {@link Method#ENUMERATE} is the compact program over every pair (x, λ)
     * ({@link #compactProgram}, measure M only), {@link Method#COLGEN} the ray columns generated by
     * pricing. AUTO enumerates M when there are at least {@value #ENUMERATION_MIN_BLOCKS} input tuples
     * and at most {@value #ENUMERATION_LIMIT} pairs.
     */
    Method method(Method requested) {
        long pairs = space.size() * blocks;
        Method m = requested == Method.AUTO ? (measure == MeasurementDependenceMeasure.M && blocks >= ENUMERATION_MIN_BLOCKS && pairs <= ENUMERATION_LIMIT
                ? Method.ENUMERATE : Method.COLGEN)
                : requested;
        if (m == Method.ENUMERATE && measure != MeasurementDependenceMeasure.M) {
            throw new IllegalArgumentException("the enumerated program is written for M only; " + measure.symbol() + " generates ray columns");
        }
        if (m == Method.ENUMERATE && pairs > Method.ENUMERATION_MAXIMUM / 8) {
            throw new IllegalArgumentException("cannot enumerate " + pairs + " pairs of input tuple and strategy (at most " + Method.ENUMERATION_MAXIMUM / 8
                    + "); use column generation");
        }
        return m;
    }

    /**
     * Theorem 6 for M written over every pair (x, λ), with u(x, λ) = q(λ|x) = q(x, λ)/p(x):
     * <pre>
     *   minimise   Σ_{x,λ} 2 p(x) e(x,λ)
     *   subject to the constraint and normalisation rows on p(a|x) = Σ_λ u(x,λ) δ(a, λ(x)),
     *              r(λ) − Σ_x p(x) u(x,λ) = 0,   r(λ) − u(x,λ) − e(x,λ) ≤ 0,   u, e ≥ 0, r free,
     * </pre>
     * which is M, since M = Σ_{x,λ} p(x)|u(x,λ) − r(λ)| = 2 Σ_{x,λ} p(x)(r(λ) − u(x,λ))⁺ (the deviations
     * from r(λ) = Σ_x p(x) u(x,λ) sum to 0 with weights p(x)). Its rows: the same coupling rows as the ray
     * master (so the multipliers y mean the same and go to the same exact certificate), then for every λ
     * its row of r and its S rows of e: about 4 nonzeros per pair. Columns per λ: r, then u and e per x.
     */
    private LinearProgram compactProgram(double[] p) {
        int k = constraints.rows();
        int base = k + blocks - 1;
        LinearProgram lp = normalisedRows();
        for (long lambda = 0; lambda < space.size(); lambda++) {
            lp.addRow(LinearProgram.Relation.EQ, 0);
            for (int s = 0; s < blocks; s++) {
                lp.addRow(LinearProgram.Relation.LE, 0);
            }
        }
        int[] col = new int[Math.max(blocks + 1, k + 4)];
        double[] val = new double[col.length];
        int[] o = new int[blocks];
        for (long lambda = 0; lambda < space.size(); lambda++) {
            int rRow = base + (int) lambda * (blocks + 1);
            col[0] = rRow;
            val[0] = 1;
            for (int s = 0; s < blocks; s++) {
                col[s + 1] = rRow + 1 + s;
                val[s + 1] = 1;
            }
            lp.addColumn(0, true, col, val, blocks + 1);
            space.outcomes(lambda, o);
            for (int s = 0; s < blocks; s++) {
                int j = s * outcomes + o[s];
                int n = 0;
                for (int t = entryStart[j]; t < entryStart[j + 1]; t++) {
                    col[n] = entryRow[t];
                    val[n++] = entryCoefficient[t];
                }
                if (s > 0) {
                    col[n] = k + s - 1;
                    val[n++] = 1;
                }
                col[n] = rRow;
                val[n++] = -p[s];
                col[n] = rRow + 1 + s;
                val[n++] = -1;
                lp.addColumn(0, false, col, val, n);
                col[0] = rRow + 1 + s;
                val[0] = -1;
                lp.addColumn(2 * p[s], false, col, val, 1);
            }
        }
        return lp;
    }

    /** The model q(x, λ) = p(x) u(x, λ) of a solution of {@link #compactProgram}, strategies in index order. */
    private MeasurementDependentModel compactModel(LpSolution solution, double[] p, double negligible) {
        int perStrategy = 1 + 2 * blocks;
        List<Long> used = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (long lambda = 0; lambda < space.size(); lambda++) {
            int c = (int) lambda * perStrategy;
            double[] q = new double[blocks];
            boolean any = false;
            for (int s = 0; s < blocks; s++) {
                double u = solution.primal()[c + 1 + 2 * s];
                if (u > negligible) {
                    q[s] = p[s] * u;
                    any = true;
                }
            }
            if (any) {
                used.add(lambda);
                weights.add(q);
            }
        }
        long[] strategies = new long[used.size()];
        double[] flat = new double[used.size() * blocks];
        for (int i = 0; i < strategies.length; i++) {
            strategies[i] = used.get(i);
            System.arraycopy(weights.get(i), 0, flat, i * blocks, blocks);
        }
        return new MeasurementDependentModel(space, inputs, strategies, flat);
    }

    /** INFEASIBLE with the exactly verified Farkas certificate from the phase-1 multipliers, or FAILED if it does not verify. */
    private MeasurementDependenceResult infeasible(Engine engine, LpSolution feasible, double residual) {
        MeasurementDependenceCertificate farkas = engine.certify(() -> MeasurementDependenceCertificate.infeasibility(rows, feasible.dual()));
        Verdict v = Verdict.infeasibility(farkas, residual);
        return v.status() == Status.INFEASIBLE
                ? new MeasurementDependenceResult(Status.INFEASIBLE, measure, Double.NaN, null, farkas, Double.NaN, "", engine.diagnostics())
                : failed(engine, v.reason());
    }

    private MeasurementDependenceResult failed(Engine engine, String reason) {
        return new MeasurementDependenceResult(Status.FAILED, measure, Double.NaN, null, null, Double.NaN, reason, engine.diagnostics());
    }

    /**
     * Phase 1: min ℓ1 residual of the rows (and of the normalisations of tuples 1…S−1) over behaviours,
     * one column per entry then the slacks. A positive optimum means no behaviour meets the rows.
     */
    private LinearProgram phaseOneProgram() {
        int k = constraints.rows();
        LinearProgram lp = normalisedRows();
        int[] col = new int[k + 1];
        double[] val = new double[k + 1];
        for (int j = 0; j < space.scenario().size(); j++) {
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
        return lp;
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

    /**
     * The master's generated columns: rays (λ, ε) of {@link MeasurementDependenceMeasure}. Rows of the
     * frame: constraints (=), normalisations of tuples 1…S−1 (=), for M_Hall one row per pair
     * Σ κ θ − v ≤ 0; columns: for M_Hall v (cost 1), then the rays (cost: M's ℓ1 cost, 0 for M_Hall).
     */
    private final class RayColumns implements Master {
        private final double[] p;
        private final RayColumnPool columns = new RayColumnPool();
        private final double[] eps = new double[blocks];
        private final double[] cost = new double[measure.terms(blocks)];
        private final int[] o = new int[blocks];
        private final int rowCount = constraints.rows() + blocks - 1 + (measure == MeasurementDependenceMeasure.HALL ? measure.terms(blocks) : 0);
        private final double[] coefficient = new double[rowCount];
        private final int[] touched = new int[rowCount];
        private final double[] val = new double[rowCount];

        RayColumns(double[] p) {
            this.p = p;
        }

        boolean add(long lambda, long ray) {
            return columns.add(lambda, ray);
        }

        @Override
        public int generated() {
            return columns.count();
        }

        @Override
        public LinearProgram frame() {
            LinearProgram lp = normalisedRows();
            if (measure == MeasurementDependenceMeasure.HALL) {
                int terms = measure.terms(blocks);
                int first = constraints.rows() + blocks - 1;
                int[] r = new int[terms];
                double[] v = new double[terms];
                for (int i = 0; i < terms; i++) {
                    lp.addRow(LinearProgram.Relation.LE, 0);
                    r[i] = first + i;
                    v[i] = -1;
                }
                lp.addColumn(1, false, r, v, terms);
            }
            return lp;
        }

        @Override
        public void append(LinearProgram lp, int c) {
            int n = column(columns.lambda(c), columns.ray(c));
            for (int t = 0; t < n; t++) {
                val[t] = coefficient[touched[t]];
                coefficient[touched[t]] = 0;
            }
            measure.cost(eps, p, cost);
            boolean hall = measure == MeasurementDependenceMeasure.HALL;
            for (int i = 0; hall && i < cost.length; i++) {
                if (cost[i] != 0) {
                    touched[n] = constraints.rows() + blocks - 1 + i;
                    val[n++] = cost[i];
                }
            }
            lp.addColumn(hall ? 0 : cost[0], false, touched, val, n);
        }

        @Override
        public void retain(IntPredicate keep) {
            columns.retain(keep);
        }

        /**
         * Accumulates the constraint and normalisation coefficients of column (λ, ray) into
         * {@link #coefficient} (zero on entry at the rows touched), lists the rows in {@link #touched} and
         * returns their number; leaves the ray in {@link #eps}.
         */
        private int column(long lambda, long ray) {
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
                    n = touch(entryRow[t], eps[s] * entryCoefficient[t], n);
                }
                if (s > 0) {
                    n = touch(k + s - 1, eps[s], n);
                }
            }
            return n;
        }

        private int touch(int row, double v, int n) {
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

        /** The model q(x, λ) = Σ_rays θ p(x) ε_x of the master's primal, strategies in order of first use. */
        MeasurementDependentModel model(Engine.MasterSolution m, double[] p, double negligible) {
            Map<Long, double[]> q = new LinkedHashMap<>();
            for (int c = 0; c < columns.count(); c++) {
                double theta = m.generated(c);
                if (theta <= negligible) {
                    continue;
                }
                measure.ray(columns.ray(c), p, eps);
                double[] weights = q.computeIfAbsent(columns.lambda(c), key -> new double[blocks]);
                for (int s = 0; s < blocks; s++) {
                    weights[s] += theta * p[s] * eps[s];
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
    }

    /**
     * Exact pricing by enumeration: the dual of Theorem 6 restricted to one strategy has the closed form
     * {@link MeasurementDependenceMeasure#score}; every strategy is scored and the best rays added.
     */
    private final class RayPricer implements Pricer {
        private final RayColumns columns;
        private final double[] p;
        private final Pricing pricing;
        private final double tolerance;
        private final double[] w = new double[blocks];
        private final double[] scratch = new double[measure == MeasurementDependenceMeasure.HALL ? 1 << blocks : 0];
        private final long[] ray = new long[1];
        private final int[] o = new int[blocks];
        private final int[] digits = space.digits().first();

        RayPricer(RayColumns columns, double[] p, int capacity, double tolerance) {
            this.columns = columns;
            this.p = p;
            this.pricing = new Pricing(Math.max(1, capacity), space.digits().length());
            this.tolerance = tolerance;
        }

        /**
         * Adds, for the strategies compatible with the most input tuples under the behaviour {@code support}
         * (λ is compatible with x when the entry λ(x) of x has weight above {@code negligible}), the ray
         * 1_T of the set T of all tuples it is compatible with — the columns a local model would use. M_Hall
         * is a maximum over pairs of input tuples; a master holding only the unit rays of phase 1 has every
         * pair at distance 2, and the pricer, whose multipliers then sit on a single pair, would otherwise
         * bring the pairs down one by one (four-party GHZ: 120 rounds at value 2).
         */
        void seed(double[] support, double negligible) {
            pricing.reset();
            for (long lambda = 0; lambda < space.size(); lambda++) {
                space.outcomes(lambda, o);
                double mass = 0;
                for (int s = 0; s < blocks; s++) {
                    mass += support[s * outcomes + o[s]] > negligible ? p[s] : 0;
                }
                if (pricing.accepts(mass)) {
                    space.digits().digits(lambda, digits);
                    pricing.offer(digits, mass);
                }
            }
            for (int i = 0; i < pricing.count(); i++) {
                pricing.strategy(i, digits);
                long lambda = space.digits().index(digits);
                space.outcomes(lambda, o);
                long set = 0;
                for (int s = 0; s < blocks; s++) {
                    set |= support[s * outcomes + o[s]] > negligible ? 1L << s : 0;
                }
                if (set != 0) {
                    columns.add(lambda, set);
                }
            }
        }

        @Override
        public double price(double[] dual) {
            int k = constraints.rows();
            double[] z = entryWeights(dual);
            double[] u = new double[measure.terms(blocks)];
            for (int i = 0; measure == MeasurementDependenceMeasure.HALL && i < u.length; i++) {
                u[i] = Math.max(0, -dual[k + blocks - 1 + i]);
            }
            MeasurementDependenceMeasure.Cuts cuts = new MeasurementDependenceMeasure.Cuts(measure, u, p);
            pricing.reset();
            for (long lambda = 0; lambda < space.size(); lambda++) {
                double score = score(lambda, z, cuts);
                if (pricing.accepts(score)) {
                    space.digits().digits(lambda, digits);
                    pricing.offer(digits, score);
                }
            }
            for (int i = 0; i < pricing.count() && pricing.score(i) > tolerance; i++) {
                pricing.strategy(i, digits);
                long lambda = space.digits().index(digits);
                score(lambda, z, cuts);
                columns.add(lambda, ray[0]);
            }
            return pricing.max();
        }

        /** The closed-form score of strategy λ; leaves its best ray in {@link #ray}. */
        private double score(long lambda, double[] z, MeasurementDependenceMeasure.Cuts cuts) {
            space.outcomes(lambda, o);
            for (int s = 0; s < blocks; s++) {
                w[s] = z[s * outcomes + o[s]];
            }
            return measure.score(w, p, cuts, scratch, ray);
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
    }
}
