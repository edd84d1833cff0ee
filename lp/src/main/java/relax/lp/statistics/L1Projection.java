package relax.lp.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.NoSignalling;
import relax.core.Scenario;
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
import relax.lp.solver.LinearProgram;

/**
 * The behaviour of a causal structure closest to a given behaviour p̂ in ℓ1 distance, with its exactly verified
 * certificate: a formulation on the {@link Engine}.
 * <pre>
 *   minimise   Σ_e (s⁺_e + s⁻_e)
 *   subject to (T q)_e − s⁺_e + s⁻_e = p̂_e   for every entry e = (a|x),
 *              Σ_λ q_λ = 1,   q, s⁺, s⁻ ≥ 0,
 * </pre>
 * whose optimum is min over the structure's behaviours p = T q of ‖p̂ − p‖₁ = Σ_x Σ_a |p̂(a|x) − p(a|x)|. Its dual is
 * max ⟨z, p̂⟩ − max_λ ⟨z, T_λ⟩ over |z_e| ≤ 1: an inequality ⟨z, p⟩ ≤ β valid for every behaviour of the structure that
 * p̂ violates by the distance ({@link ProjectionCertificate}). This is the phase-1 problem of
 * {@link relax.lp.relaxation.Relaxation} with every entry as a row and the total weight fixed to 1 (phase 1 leaves Σ q
 * free and drops one entry per block, so its residual is not a distance).
 *
 * <p>Strategies enter by column generation — the reduced score of λ is ⟨z, T_λ⟩ + μ (μ the multiplier of Σ q = 1),
 * maximised by the structure's exact pricing search — or, for small spaces, all at once. The answer is OPTIMAL only
 * when the exact distance of the exact fitted model ({@link Mixture}) and the exactly verified certificate agree
 * within {@link relax.lp.engine.Tolerances#verification()}.
 */
public final class L1Projection {
    private static final int COLUMNS_PER_ROUND = 30;

    /** Denominators tried to make a no-signalling fit exact (see {@link #solve}). */
    private static final int[] DENOMINATORS = {10_000, 1_000_000, 100_000_000, 2_000_000_000};

    private final StrategySpace space;
    private final Behaviour data;
    /** The no-signalling conditions imposed on T q besides the structure (empty unless asked), dense over entries. */
    private final List<double[]> conditions = new ArrayList<>();
    /** CSR map from an entry to the conditions it appears in and its coefficient there. */
    private final int[] conditionStart;
    private final int[] conditionRow;
    private final double[] conditionCoefficient;

    /**
     * @param space the strategies of the structure whose behaviours p = T q are the candidates
     * @param data  the behaviour to project (its exact entries are used for the certificate and the distance)
     */
    public L1Projection(StrategySpace space, Behaviour data) {
        this(space, data, false);
    }

    /**
     * @param noSignalling whether the fit must also be no-signalling ({@link NoSignalling}: no party's input changes the
     *                     others' marginal) — the behaviours of the structure that space-like separated parties can
     *                     produce. The conditions are linear in p = T q, so they become rows of the LP; with multipliers ν
     *                     the pricing and the certificate use z + Σ_k ν_k r_k, and the certificate's inequality holds for
     *                     every no-signalling behaviour of the structure.
     */
    public L1Projection(StrategySpace space, Behaviour data, boolean noSignalling) {
        if (!space.scenario().equals(data.scenario())) {
            throw new IllegalArgumentException("strategies of scenario " + space.scenario() + " cannot fit a behaviour of scenario " + data.scenario());
        }
        this.space = space;
        this.data = data;
        Scenario s = space.scenario();
        if (noSignalling) {
            for (int party = 0; party < s.parties(); party++) {
                for (NoSignalling.Condition c : NoSignalling.conditions(s, party)) {
                    conditions.add(c.coefficients());
                }
            }
        }
        int n = s.size();
        conditionStart = new int[n + 1];
        for (double[] c : conditions) {
            for (int e = 0; e < n; e++) {
                conditionStart[e + 1] += c[e] != 0 ? 1 : 0;
            }
        }
        for (int e = 0; e < n; e++) {
            conditionStart[e + 1] += conditionStart[e];
        }
        conditionRow = new int[conditionStart[n]];
        conditionCoefficient = new double[conditionStart[n]];
        int[] fill = Arrays.copyOf(conditionStart, n);
        for (int k = 0; k < conditions.size(); k++) {
            for (int e = 0; e < n; e++) {
                if (conditions.get(k)[e] != 0) {
                    conditionRow[fill[e]] = k;
                    conditionCoefficient[fill[e]++] = conditions.get(k)[e];
                }
            }
        }
    }

    /** z + Σ_k ν_k r_k over entries, from the master's multipliers (entry rows, normalisation, conditions). */
    private double[] effectiveWeights(double[] dual) {
        int n = space.scenario().size();
        double[] z = Arrays.copyOf(dual, n);
        for (int e = 0; e < n; e++) {
            for (int t = conditionStart[e]; t < conditionStart[e + 1]; t++) {
                z[e] += dual[n + 1 + conditionRow[t]] * conditionCoefficient[t];
            }
        }
        return z;
    }

    /** Solves the projection; never throws for solver trouble (status FAILED instead). */
    public Fit solve(SolveOptions options) {
        Engine engine = new Engine(options);
        Method method = options.method().resolve(space.size());
        engine.method(method);
        StrategyPool pool = new StrategyPool(space, method == Method.COLGEN);
        Columns columns = new Columns(pool);
        if (method == Method.ENUMERATE) {
            pool.addEvery();
        } else {
            pool.add(space.digits().first()); // Σ q = 1 needs a column from the start
        }
        Pricer pricer = method == Method.ENUMERATE ? null : new ProjectionPricer(pool, options.columnsPerRound(COLUMNS_PER_ROUND),
                engine.tolerances().pricing());
        Engine.MasterSolution m = engine.generate(columns, pricer, Pruning.NONE, "l1 projection");
        if (m == null) {
            return Fit.failed(FitMethod.L1, data, "every LP backend failed (" + engine.diagnostics().fallbackText() + ")", engine.diagnostics());
        }
        Mixture mixture = new Mixture(space);
        int[] strategy = new int[space.digits().length()];
        for (int k = 0; k < pool.count(); k++) {
            pool.strategy(k, strategy);
            mixture.add(strategy, m.generated(k));
        }
        if (mixture.isEmpty()) {
            return Fit.failed(FitMethod.L1, data, "the projection LP returned no model", engine.diagnostics());
        }
        double objective = m.solution().objective();
        int n = space.scenario().size();
        double[] y = Arrays.copyOf(m.solution().dual(), n);
        double[] nu = Arrays.copyOfRange(m.solution().dual(), n + 1, n + 1 + conditions.size());
        ProjectionCertificate certificate = engine.certify(() -> ProjectionCertificate.verify(space, data, y, nu, conditions, objective));
        String description = "the behaviour of the structure" + (conditions.isEmpty() ? "" : " without signalling") + " closest in l1 distance to "
                + describe(data);
        // the model's weights as their exact binary values, or (needed when the fit must meet the no-signalling conditions,
        // which T q̂ meets only to rounding with binary weights) rounded to simple fractions: the LP's vertex is rational
        Behaviour fitted = null;
        BigFraction distance = null;
        String why = "";
        for (int d = 0; d <= DENOMINATORS.length && fitted == null; d++) {
            Behaviour candidate = mixture.behaviour(data.name(), description, d == 0 ? 0 : DENOMINATORS[d - 1]);
            BigFraction l1 = Mixture.l1(data, candidate);
            double gap = l1.subtract(certificate.bound()).doubleValue();
            if (!noSignalling(candidate)) {
                why = "the no-signalling fit could not be made exact: its weights as fractions of denominator up to 2e9 leave a marginal that signals";
            } else if (!certificate.checked() || !(gap <= engine.tolerances().verification())) {
                why = "could not verify the projection: the fitted model is at distance " + l1.doubleValue() + ", the exactly verified lower bound is "
                        + certificate.boundValue();
            } else {
                fitted = candidate;
                distance = l1;
            }
            if (conditions.isEmpty() && fitted == null) {
                break;
            }
        }
        if (fitted == null) {
            return Fit.failed(FitMethod.L1, data, why, engine.diagnostics());
        }
        return new Fit(FitMethod.L1, Status.OPTIMAL, data, fitted, mixture.model(engine.tolerances().negligibleWeight()), distance, certificate,
                Double.NaN, 0, "", engine.diagnostics());
    }

    /** Whether p meets every imposed condition exactly. */
    private boolean noSignalling(Behaviour p) {
        for (double[] c : conditions) {
            BigFraction v = BigFraction.ZERO;
            for (int e = 0; e < c.length; e++) {
                if (c[e] != 0) {
                    v = v.add(p.exact(e).multiply(new BigFraction(c[e])));
                }
            }
            if (v.getNumerator().signum() != 0) {
                return false;
            }
        }
        return true;
    }

    static String describe(Behaviour data) {
        return data.counts().isPresent() ? "the relative frequencies" : "the behaviour as given";
    }

    /**
     * Rows: one per entry e (=, p̂_e), then Σ q = 1. Always present: s⁺_e (−1 in row e), s⁻_e (+1), cost 1 each.
     * Generated: strategy columns, one per strategy of the {@link StrategyPool}, 1 in the row of each entry λ produces
     * and in the normalisation row, cost 0.
     */
    private final class Columns implements Master {
        private final StrategyPool pool;
        private final int[] entries = new int[space.scenario().inputBlocks()];
        private final int[] rows = new int[space.scenario().inputBlocks() + 1 + conditions.size()];
        private final double[] values = new double[space.scenario().inputBlocks() + 1 + conditions.size()];
        private final double[] conditionSum = new double[conditions.size()];
        private final int[] scratch;

        Columns(StrategyPool pool) {
            this.pool = pool;
            this.scratch = new int[pool.width()];
        }

        @Override
        public LinearProgram frame() {
            LinearProgram lp = new LinearProgram();
            int n = space.scenario().size();
            for (int e = 0; e < n; e++) {
                lp.addRow(LinearProgram.Relation.EQ, data.get(e));
            }
            lp.addRow(LinearProgram.Relation.EQ, 1);
            for (int k = 0; k < conditions.size(); k++) {
                lp.addRow(LinearProgram.Relation.EQ, 0);
            }
            int[] row = new int[1];
            for (int e = 0; e < n; e++) {
                row[0] = e;
                lp.addColumn(1, false, row, new double[] {-1}, 1);
                lp.addColumn(1, false, row, new double[] {1}, 1);
            }
            return lp;
        }

        @Override
        public int generated() {
            return pool.count();
        }

        @Override
        public void append(LinearProgram lp, int k) {
            pool.strategy(k, scratch);
            space.column(scratch, entries);
            int n = space.scenario().size();
            int nnz = 0;
            for (int e : entries) {
                rows[nnz] = e;
                values[nnz++] = 1;
                for (int t = conditionStart[e]; t < conditionStart[e + 1]; t++) {
                    conditionSum[conditionRow[t]] += conditionCoefficient[t];
                }
            }
            rows[nnz] = n;
            values[nnz++] = 1;
            for (int c = 0; c < conditionSum.length; c++) {
                if (conditionSum[c] != 0) {
                    rows[nnz] = n + 1 + c;
                    values[nnz++] = conditionSum[c];
                    conditionSum[c] = 0;
                }
            }
            lp.addColumn(0, false, rows, values, nnz);
        }

        @Override
        public void retain(IntPredicate keep) {
            throw new UnsupportedOperationException("the projection does not prune columns");
        }
    }

    /** Exact pricing: the strategies of largest ⟨z, T_λ⟩ at the entry rows' multipliers z, reduced score ⟨z, T_λ⟩ + μ. */
    private final class ProjectionPricer implements Pricer {
        private final StrategyPool pool;
        private final Pricing pricing;
        private final double tolerance;
        private final double[] noMeasure = new double[space.measureRows()];
        private final int[] strategy;

        ProjectionPricer(StrategyPool pool, int capacity, double tolerance) {
            this.pool = pool;
            this.pricing = new Pricing(Math.max(1, capacity), space.digits().length());
            this.tolerance = tolerance;
            this.strategy = space.digits().first();
        }

        @Override
        public double price(double[] dual) {
            int n = space.scenario().size();
            double mu = dual[n];
            space.price(effectiveWeights(dual), noMeasure, pricing);
            for (int i = 0; i < pricing.count(); i++) {
                if (pricing.score(i) + mu > tolerance) {
                    pricing.strategy(i, strategy);
                    pool.add(strategy);
                }
            }
            return pricing.max() + mu;
        }
    }
}
