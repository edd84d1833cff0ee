package relax.lp.statistics;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySet;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.Engine;
import relax.lp.engine.Master;
import relax.lp.engine.Method;
import relax.lp.engine.Pricer;
import relax.lp.engine.Pruning;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
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

    private final StrategySpace space;
    private final Behaviour data;

    /**
     * @param space the strategies of the structure whose behaviours p = T q are the candidates
     * @param data  the behaviour to project (its exact entries are used for the certificate and the distance)
     */
    public L1Projection(StrategySpace space, Behaviour data) {
        if (!space.scenario().equals(data.scenario())) {
            throw new IllegalArgumentException("strategies of scenario " + space.scenario() + " cannot fit a behaviour of scenario " + data.scenario());
        }
        this.space = space;
        this.data = data;
    }

    /** Solves the projection; never throws for solver trouble (status FAILED instead). */
    public Fit solve(SolveOptions options) {
        Engine engine = new Engine(options);
        Method method = options.method().resolve(space.size());
        engine.method(method);
        Columns columns = new Columns(method == Method.COLGEN);
        if (method == Method.ENUMERATE) {
            if (!space.digits().indexable() || space.size() > Method.ENUMERATION_MAXIMUM) {
                throw new IllegalArgumentException("cannot enumerate " + space.count() + " strategies (at most " + Method.ENUMERATION_MAXIMUM
                        + "); use column generation");
            }
            int[] strategy = space.digits().first();
            do {
                columns.add(strategy);
            } while (space.digits().next(strategy));
        } else {
            columns.add(space.digits().first()); // Σ q = 1 needs a column from the start
        }
        Pricer pricer = method == Method.ENUMERATE ? null : new ProjectionPricer(columns, options.columnsPerRound(COLUMNS_PER_ROUND),
                engine.tolerances().pricing());
        Engine.MasterSolution m = engine.generate(columns, pricer, Pruning.NONE, "l1 projection");
        if (m == null) {
            return Fit.failed(FitMethod.L1, data, "every LP backend failed (" + engine.diagnostics().fallbackText() + ")", engine.diagnostics());
        }
        Mixture mixture = new Mixture(space);
        int[] strategy = new int[space.digits().length()];
        for (int k = 0; k < columns.generated(); k++) {
            columns.strategy(k, strategy);
            mixture.add(strategy, m.generated(k));
        }
        if (mixture.isEmpty()) {
            return Fit.failed(FitMethod.L1, data, "the projection LP returned no model", engine.diagnostics());
        }
        double objective = m.solution().objective();
        double[] y = Arrays.copyOf(m.solution().dual(), space.scenario().size());
        ProjectionCertificate certificate = engine.certify(() -> ProjectionCertificate.verify(space, data, y, objective));
        Behaviour fitted = mixture.behaviour(data.name(), "the behaviour of the structure closest in l1 distance to " + describe(data));
        BigFraction distance = Mixture.l1(data, fitted);
        double gap = distance.subtract(certificate.bound()).doubleValue();
        if (!certificate.checked() || !(gap <= engine.tolerances().verification())) {
            return Fit.failed(FitMethod.L1, data, "could not verify the projection: the fitted model is at distance " + distance.doubleValue()
                    + ", the exactly verified lower bound is " + certificate.boundValue(), engine.diagnostics());
        }
        return new Fit(FitMethod.L1, Status.OPTIMAL, data, fitted, mixture.model(engine.tolerances().negligibleWeight()), distance, certificate,
                Double.NaN, 0, "", engine.diagnostics());
    }

    static String describe(Behaviour data) {
        return data.counts().isPresent() ? "the relative frequencies" : "the behaviour as given";
    }

    /**
     * Rows: one per entry e (=, p̂_e), then Σ q = 1. Always present: s⁺_e (−1 in row e), s⁻_e (+1), cost 1 each.
     * Generated: strategy columns, 1 in the row of each entry λ produces and in the normalisation row, cost 0.
     */
    private final class Columns implements Master {
        private final int width = space.digits().length();
        private final StrategySet present;
        private int[] pool = new int[64 * Math.max(1, width)];
        private int count;
        private final int[] entries = new int[space.scenario().inputBlocks()];
        private final int[] rows = new int[space.scenario().inputBlocks() + 1];
        private final double[] ones = new double[space.scenario().inputBlocks() + 1];
        private final int[] scratch = new int[width];

        Columns(boolean deduplicate) {
            present = deduplicate ? new StrategySet() : null;
            Arrays.fill(ones, 1);
        }

        boolean add(int[] strategy) {
            if (present != null && !present.add(strategy)) {
                return false;
            }
            if ((count + 1) * width > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, (count + 1) * width));
            }
            System.arraycopy(strategy, 0, pool, count * width, width);
            count++;
            return true;
        }

        void strategy(int k, int[] out) {
            System.arraycopy(pool, k * width, out, 0, width);
        }

        @Override
        public LinearProgram frame() {
            LinearProgram lp = new LinearProgram();
            int n = space.scenario().size();
            for (int e = 0; e < n; e++) {
                lp.addRow(LinearProgram.Relation.EQ, data.get(e));
            }
            lp.addRow(LinearProgram.Relation.EQ, 1);
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
            return count;
        }

        @Override
        public void append(LinearProgram lp, int k) {
            strategy(k, scratch);
            space.column(scratch, entries);
            System.arraycopy(entries, 0, rows, 0, entries.length);
            rows[entries.length] = space.scenario().size();
            lp.addColumn(0, false, rows, ones, rows.length);
        }

        @Override
        public void retain(IntPredicate keep) {
            throw new UnsupportedOperationException("the projection does not prune columns");
        }
    }

    /** Exact pricing: the strategies of largest ⟨z, T_λ⟩ at the entry rows' multipliers z, reduced score ⟨z, T_λ⟩ + μ. */
    private final class ProjectionPricer implements Pricer {
        private final Columns columns;
        private final Pricing pricing;
        private final double tolerance;
        private final double[] noMeasure = new double[space.measureRows()];
        private final int[] strategy;

        ProjectionPricer(Columns columns, int capacity, double tolerance) {
            this.columns = columns;
            this.pricing = new Pricing(Math.max(1, capacity), space.digits().length());
            this.tolerance = tolerance;
            this.strategy = space.digits().first();
        }

        @Override
        public double price(double[] dual) {
            int n = space.scenario().size();
            double mu = dual[n];
            space.price(Arrays.copyOf(dual, n), noMeasure, pricing);
            for (int i = 0; i < pricing.count(); i++) {
                if (pricing.score(i) + mu > tolerance) {
                    pricing.strategy(i, strategy);
                    columns.add(strategy);
                }
            }
            return pricing.max() + mu;
        }
    }
}
