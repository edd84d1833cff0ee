package relax.lp.contextuality;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.ContextualStrategies;
import relax.core.strategy.Pricing;
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
import relax.lp.exact.Rationals;
import relax.lp.relaxation.RelaxationResult.WeightedStrategy;
import relax.lp.solver.LinearProgram;

/**
 * The contextual fraction of Abramsky, Barbosa &amp; Mansfield, PRL 119, 050504 (2017), eqs. (3)–(4): the largest
 * weight NCF of a noncontextual sub-behaviour of p, and CF = 1 − NCF,
 * <pre>
 *   NCF = max Σ_λ q_λ   subject to   Σ_λ T_{e,λ} q_λ ≤ p_e for every entry e,   q ≥ 0,
 *   dual: min ⟨y, p⟩   subject to   ⟨y, T_λ⟩ ≥ 1 for every λ,   y ≥ 0,
 * </pre>
 * over the strategies λ of a {@link ContextualStrategies} space without measure (the noncontextual one for the
 * contextual fraction; the slot-dependent one gives the analogous slot-dependent fraction). CF = 0 exactly when p
 * is noncontextual and CF = 1 when p is strongly contextual (no noncontextual part at all).
 *
 * <p>A formulation on the {@link Engine}: rows ≤ p_e (one per entry a strategy can produce), strategy columns of
 * cost −1, entered all at once for small spaces or by column generation — a strategy improves the master when
 * 1 + ⟨y, T_λ⟩ &gt; 0 for the master's multipliers y ≤ 0, found exactly by the space's pricing search. The dual
 * certificate ŷ = −y is re-verified exactly ({@link ContextualFractionCertificate}): rounded to rationals, its
 * minimum min_λ ⟨ŷ, T_λ⟩ = μ computed exactly by the pricing search on integers, and ŷ/μ proves CF ≥ 1 − ⟨ŷ, p⟩/μ.
 * The verdict follows the engine's policy ({@link Verdict}): OPTIMAL only when that exact bound and the model's
 * own 1 − Σ q agree with the LP value within {@link Tolerances#verification()} and the model stays below p within it.
 */
public final class ContextualFraction {
    /** Strategies added per pricing round unless the options say otherwise. */
    static final int COLUMNS_PER_ROUND = 30;
    private static final int[] DENOMINATOR_LIMITS = {64, 4096, 1 << 20};
    private static final double EXACT_INTEGER_LIMIT = 0x1p52;

    private final ContextualStrategies space;
    private final CompatibilityBehaviour p;
    /** rowEntry[r]: the entry of row r (the entries a strategy can produce, i.e. not padding). */
    private final int[] rowEntry;

    public ContextualFraction(ContextualStrategies space, CompatibilityBehaviour p) {
        if (!space.compatibilityScenario().equals(p.scenario())) {
            throw new IllegalArgumentException("the strategies and the behaviour belong to different scenarios");
        }
        if (space.measureRows() != 0) {
            throw new IllegalArgumentException("the contextual fraction needs a space without measure rows (noncontextual or slot-dependent)");
        }
        this.space = space;
        this.p = p;
        List<Integer> rows = new ArrayList<>();
        for (int e = 0; e < space.scenario().size(); e++) {
            if (!p.scenario().padding(e)) {
                rows.add(e);
            }
        }
        this.rowEntry = rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Solves the LP; never throws for solver trouble (status FAILED instead). */
    public ContextualFractionResult solve(SolveOptions options) {
        Engine engine = new Engine(options);
        Method method = options.method().resolve(space.size());
        engine.method(method);
        StrategyPool pool = new StrategyPool(space, method == Method.COLGEN);
        Columns columns = new Columns(pool);
        int perRound = options.columnsPerRound(COLUMNS_PER_ROUND);
        Tolerances tol = engine.tolerances();
        if (method == Method.ENUMERATE) {
            pool.addEvery();
        } else {
            // seed: the strategies most likely under p itself
            double[] z = new double[space.scenario().size()];
            for (int e : rowEntry) {
                z[e] = p.get(e);
            }
            Pricing seed = new Pricing(perRound, space.digits().length());
            space.price(z, new double[0], seed);
            for (int i = 0; i < seed.count(); i++) {
                pool.add(seed.strategy(i));
            }
        }
        Pricer pricer = method == Method.ENUMERATE ? null : new FractionPricer(pool, perRound, tol.pricing());
        Engine.MasterSolution m = engine.generate(columns, pricer, Pruning.NONE, "contextual fraction");
        if (m == null) {
            return new ContextualFractionResult(Status.FAILED, Double.NaN, List.of(), null, Double.NaN, "every LP backend failed", engine.diagnostics());
        }
        double ncf = -m.solution().objective();
        double[] y = new double[space.scenario().size()];
        for (int r = 0; r < rowEntry.length; r++) {
            y[rowEntry[r]] = -m.solution().dual()[r];
        }
        double value = 1 - ncf;
        ContextualFractionCertificate certificate = engine.certify(() -> verify(y, value));
        List<WeightedStrategy> model = columns.model(m, tol.negligibleWeight());
        double weight = 0;
        for (WeightedStrategy w : model) {
            weight += w.weight();
        }
        double residual = excess(model);
        Verdict v = Verdict.optimum(certificate, value, 1 - weight, residual, tol);
        if (v.status() != Status.OPTIMAL) {
            return new ContextualFractionResult(Status.FAILED, Double.NaN, model, certificate, residual, v.reason(), engine.diagnostics());
        }
        return new ContextualFractionResult(Status.OPTIMAL, v.value(), model, certificate, residual, "", engine.diagnostics());
    }

    /** max_e max(0, (T q)_e − p_e): how far the model's noncontextual part exceeds p. */
    double excess(List<WeightedStrategy> model) {
        double[] tq = new double[space.scenario().size()];
        int[] entries = new int[space.scenario().inputBlocks()];
        for (WeightedStrategy w : model) {
            space.column(w.strategy(), entries);
            for (int e : entries) {
                tq[e] += w.weight();
            }
        }
        double worst = 0;
        for (int e = 0; e < tq.length; e++) {
            worst = Math.max(worst, tq[e] - p.get(e));
        }
        return worst;
    }

    /**
     * Rounds ŷ to rationals (small denominators first, then one power of two that keeps the integer pricing exact),
     * clips it at 0, and checks it exactly; keeps the best certificate.
     */
    ContextualFractionCertificate verify(double[] y, double target) {
        ContextualFractionCertificate best = null;
        for (int limit : DENOMINATOR_LIMITS) {
            ContextualFractionCertificate c = verifyRounded(clip(Rationals.round(y, limit)));
            if (c != null && (best == null || c.bound().compareTo(best.bound()) > 0)) {
                best = c;
            }
            if (best != null && best.boundValue() >= target - 1e-10) {
                return best;
            }
        }
        double max = 0;
        for (double v : y) {
            max = Math.max(max, Math.abs(v));
        }
        int k = Math.getExponent(EXACT_INTEGER_LIMIT / (4 * (max + 1) * space.scenario().inputBlocks()));
        if (k >= 1) {
            BigFraction[] d = new BigFraction[y.length];
            BigInteger denominator = BigInteger.ONE.shiftLeft(k);
            for (int i = 0; i < y.length; i++) {
                d[i] = new BigFraction(BigInteger.valueOf(Math.round(Math.scalb(Math.max(0, y[i]), k))), denominator);
            }
            ContextualFractionCertificate c = verifyRounded(d);
            if (c != null && (best == null || c.bound().compareTo(best.bound()) > 0)) {
                best = c;
            }
        }
        return best != null ? best
                : new ContextualFractionCertificate(new BigFraction[y.length], BigFraction.ZERO, BigFraction.ZERO, false,
                        "not verified: the multipliers are too large for the exact search");
    }

    /** The certificate of rational ŷ ≥ 0, or null if its integer form is too large for the exact pricing search. */
    private ContextualFractionCertificate verifyRounded(BigFraction[] y) {
        BigInteger d = BigInteger.ONE;
        for (BigFraction f : y) {
            d = d.divide(d.gcd(f.getDenominator())).multiply(f.getDenominator());
        }
        if (d.bitLength() > 60) {
            return null;
        }
        double[] z = new double[y.length];
        double maxAbs = 0;
        for (int i = 0; i < y.length; i++) {
            BigInteger v = y[i].getNumerator().multiply(d.divide(y[i].getDenominator())).negate();
            if (v.bitLength() > 60) {
                return null;
            }
            z[i] = v.doubleValue();
            maxAbs = Math.max(maxAbs, Math.abs(z[i]));
        }
        if (maxAbs * space.scenario().inputBlocks() * 2 >= EXACT_INTEGER_LIMIT) {
            return null;
        }
        Pricing pricing = new Pricing(1, space.digits().length());
        space.price(z, new double[0], pricing);
        // μ = min_λ ⟨ŷ, T_λ⟩ = −max_λ ⟨−ŷ·D, T_λ⟩ / D, exactly (integer sums below 2^52)
        BigFraction mu = new BigFraction(new java.math.BigDecimal(pricing.max()).toBigIntegerExact().negate(), d);
        if (mu.compareTo(BigFraction.ZERO) <= 0) {
            return new ContextualFractionCertificate(y, BigFraction.ZERO, BigFraction.ZERO, true,
                    "checked, but some noncontextual strategy has weight 0 under the multipliers: only CF >= 0 follows");
        }
        BigFraction[] yHat = Rationals.divide(y, mu);
        BigFraction value = BigFraction.ZERO;
        for (int e : rowEntry) {
            if (yHat[e].getNumerator().signum() != 0) {
                value = value.add(yHat[e].multiply(p.exact(e)));
            }
        }
        BigFraction bound = BigFraction.ONE.subtract(value);
        if (bound.compareTo(BigFraction.ZERO) < 0) {
            bound = BigFraction.ZERO;
        }
        return new ContextualFractionCertificate(yHat, value, bound, true, mu.equals(BigFraction.ONE) ? "dual feasible as rounded"
                : "rescaled by 1/" + mu.doubleValue() + " to make min <y, T_lambda> = 1");
    }

    private static BigFraction[] clip(BigFraction[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i].compareTo(BigFraction.ZERO) < 0) {
                v[i] = BigFraction.ZERO;
            }
        }
        return v;
    }

    /**
     * Strategy columns, one per strategy of the {@link StrategyPool}: one ≤ row per producible entry, each strategy a column of cost −1 with
     * a 1 in each of its entries' rows.
     */
    private final class Columns implements Master {
        private final StrategyPool pool;
        private final int[] rowOf;
        private final int[] entries = new int[space.scenario().inputBlocks()];
        private final int[] scratch;
        /** The rows of the column being appended (reused; {@link LinearProgram#addColumn} copies). */
        private final int[] rows = new int[entries.length];
        /** Every coefficient of a strategy column: 1 in the row of each entry it produces. */
        private final double[] ones = new double[entries.length];

        Columns(StrategyPool pool) {
            this.pool = pool;
            this.scratch = new int[pool.width()];
            Arrays.fill(ones, 1);
            rowOf = new int[space.scenario().size()];
            Arrays.fill(rowOf, -1);
            for (int r = 0; r < rowEntry.length; r++) {
                rowOf[rowEntry[r]] = r;
            }
        }

        @Override
        public LinearProgram frame() {
            LinearProgram lp = new LinearProgram();
            for (int e : rowEntry) {
                lp.addRow(LinearProgram.Relation.LE, p.get(e));
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
            for (int i = 0; i < entries.length; i++) {
                rows[i] = rowOf[entries[i]];
            }
            lp.addColumn(-1, false, rows, ones, rows.length);
        }

        @Override
        public void retain(IntPredicate keep) {
            throw new UnsupportedOperationException("the contextual fraction does not prune");
        }

        List<WeightedStrategy> model(Engine.MasterSolution m, double negligible) {
            List<WeightedStrategy> model = new ArrayList<>();
            int[] d = new int[pool.width()];
            for (int k = 0; k < pool.count(); k++) {
                double q = m.generated(k);
                if (q > negligible) {
                    pool.strategy(k, d);
                    model.add(new WeightedStrategy(d, q, space.responses(d)));
                }
            }
            model.sort(Comparator.comparingDouble(WeightedStrategy::weight).reversed());
            return model;
        }
    }

    /** Adds the strategies with 1 + ⟨y, T_λ⟩ above the pricing tolerance (exact search), at the master's y ≤ 0. */
    private final class FractionPricer implements Pricer {
        private final StrategyPool pool;
        private final Pricing pricing;
        private final double tolerance;
        private final double[] z = new double[space.scenario().size()];
        private final int[] strategy = space.digits().first();

        FractionPricer(StrategyPool pool, int capacity, double tolerance) {
            this.pool = pool;
            this.pricing = new Pricing(Math.max(1, capacity), space.digits().length());
            this.tolerance = tolerance;
        }

        @Override
        public double price(double[] dual) {
            for (int r = 0; r < rowEntry.length; r++) {
                z[rowEntry[r]] = dual[r];
            }
            space.price(z, new double[0], pricing);
            for (int i = 0; i < pricing.count(); i++) {
                if (1 + pricing.score(i) > tolerance) {
                    pricing.strategy(i, strategy);
                    pool.add(strategy);
                }
            }
            return 1 + pricing.max();
        }
    }
}
