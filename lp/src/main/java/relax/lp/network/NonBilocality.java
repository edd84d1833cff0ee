package relax.lp.network;

import relax.lp.engine.Diagnostics;
import relax.lp.engine.Engine;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.exact.DualBound;
import relax.lp.solver.LinearProgram;
import relax.lp.solver.LpSolution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.core.network.SwappingStrategies;

/**
 * The non-bilocality LPs of the entanglement-swapping network (Chaves et al. 2015, appendix "Bilocality scenario",
 * eqs. 44–58) for one observed behaviour p(a,b,c|x,z).
 *
 * <p><b>What is minimised.</b> Over strategy distributions q ≥ 0 with T q = p and Σ q = 1 (eq. 47), the
 * non-bilocality M_BL(q) = Σ_{ᾱ,γ̄} |q^ac_{ᾱγ̄} − q^a_ᾱ q^c_γ̄| (eq. 46) is quadratic in q. Every such q has
 * q^a = f(ν) = f⁰ + N ν for the free parameters ν = q^a at the free strategies ({@link FreeParameters},
 * eq. 48). For fixed ν the paper's LP (53) minimises Σ t subject to −t ≤ q^ac − f(ν)·q^c ≤ t; this class
 * also imposes that q's own free weights equal ν,
 * <pre>  Σ_{β,γ̄} q_{ᾱ_k β γ̄} = ν_k        (the "link" rows),</pre>
 * without which f(ν) would not be q's marginal and the objective would not be M_BL(q). With it (and
 * T q = p fixing the other coordinates of q^a), q^c_γ̄ = s_γ̄ is a linear function of q and so is
 * q^ac − f(ν) s: the fixed-ν problem is the LP
 * <pre>
 *   M_BL(ν) = min Σ_{ᾱγ̄} t_{ᾱγ̄}   s.t.  −t_{ᾱγ̄} ≤ q^ac_{ᾱγ̄} − f⁰_ᾱ s_γ̄ − Σ_k N_ᾱk ν_k s_γ̄ ≤ t_{ᾱγ̄},
 *                                    T q = p,  Σ q = 1,  link rows,  q ≥ 0,
 * </pre>
 * and min over ν of M_BL(ν) is min over q of M_BL(q).
 *
 * <p><b>Boxes of ν.</b> {@link #solve} takes a box l ≤ ν ≤ u and replaces each product ν_k s_γ̄ by a
 * variable w_kγ̄ under the McCormick envelope of ν_k ∈ [l_k, u_k], s_γ̄ ∈ [s_L, s_U] (by default [0, 1];
 * {@link #tightened} uses the feasible range of q^c_γ̄)
 * <pre>  w ≥ l s + s_L ν − l s_L,  w ≥ u s + s_U ν − u s_U,  w ≤ u s + s_L ν − u s_L,  w ≤ l s + s_U ν − l s_U,</pre>
 * plus the valid equality Σ_γ̄ w_kγ̄ = ν_k (from Σ_γ̄ s_γ̄ = 1). For l = u these force w = ν s and the LP is
 * exactly M_BL(ν) above; for a wider box its optimum is a lower bound on M_BL(ν) for every ν in the box,
 * and its ν is a feasible parameter (the link rows keep it a true marginal). The envelope error shrinks
 * linearly with the box width, which is what makes a branch-and-bound search converge.
 *
 * <p><b>Exactness.</b> Every optimum is turned into a rigorous lower bound with {@link DualBound} in exact
 * arithmetic, corrected for the rounding of f⁰ and N to binary64 (by Σ_ᾱ |Δf⁰_ᾱ| + Σ_k |ΔN_ᾱk| max(|l_k|, |u_k|),
 * since Σ_γ̄ s_γ̄ = 1). T q = p is imposed through every entry but the last of each input block, which
 * Σ q = 1 implies; the bounds are exact for the behaviour p′ whose last entries are 1 minus the rest of their
 * block (equal to p for a normalised p).
 */
public final class NonBilocality {
    private final Behaviour behaviour;
    private final SwappingStrategies space;
    private final FreeParameters parameters;
    private final int n;
    private final int k;
    private final int alphas;
    private final int gammas;
    /** Reproduction row of each entry, −1 for the implied last entry of a block. */
    private final int[] rowOfEntry;
    private final double[] reproductionRhs;
    private final double[] offset;
    private final double[][] direction;
    private final BigFraction[] offsetError;
    private final BigFraction[][] directionError;
    /** Bounds s_γ̄ ∈ [charlieLower, charlieUpper] on q^c used by the McCormick envelope. */
    private final double[] charlieLower;
    private final double[] charlieUpper;

    /**
     * Prepares the LPs for behaviour {@code p} of a network scenario (three parties, inputs [mx, 1, mz]).
     *
     * @throws IllegalArgumentException if the scenario is not a swapping network or too large
     */
    public NonBilocality(Behaviour p) {
        this.behaviour = p;
        this.space = SwappingStrategies.of(p.scenario());
        if (space.size() > 50_000) {
            throw new IllegalArgumentException("the network of scenario " + p.scenario() + " has " + space.size()
                    + " deterministic strategies; the non-bilocality LPs enumerate them and support at most 50000");
        }
        int mx = p.scenario().inputs(0);
        int oa = p.scenario().outputs(0);
        this.parameters = FreeParameters.of(mx, oa);
        this.n = (int) space.size();
        this.k = parameters.count();
        this.alphas = space.alphaCount();
        this.gammas = space.gammaCount();
        int blocks = p.scenario().inputBlocks();
        int per = p.scenario().outcomesPerBlock();
        this.rowOfEntry = new int[p.scenario().size()];
        List<Double> rhs = new ArrayList<>();
        BigFraction[] implied = new BigFraction[p.scenario().size()];
        for (int block = 0; block < blocks; block++) {
            BigFraction rest = BigFraction.ONE;
            for (int o = 0; o < per; o++) {
                int e = block * per + o;
                if (o < per - 1) {
                    rowOfEntry[e] = rhs.size();
                    rhs.add(p.get(e));
                    implied[e] = new BigFraction(p.get(e));
                    rest = rest.subtract(implied[e]);
                } else {
                    rowOfEntry[e] = -1;
                    implied[e] = rest;
                }
            }
        }
        this.reproductionRhs = rhs.stream().mapToDouble(Double::doubleValue).toArray();
        // p'(a|x) from the z = 0 blocks of the behaviour the rows imply
        BigFraction[] marginal = new BigFraction[mx * oa];
        Arrays.fill(marginal, BigFraction.ZERO);
        int mz = p.scenario().inputs(2);
        int bc = per / oa;
        for (int x = 0; x < mx; x++) {
            for (int o = 0; o < per; o++) {
                int a = o / bc;
                marginal[x * oa + a] = marginal[x * oa + a].add(implied[(x * mz) * per + o]);
            }
        }
        BigFraction[] exactOffset = parameters.offset(marginal);
        this.offset = new double[alphas];
        this.offsetError = new BigFraction[alphas];
        this.direction = new double[alphas][k];
        this.directionError = new BigFraction[alphas][k];
        for (int alpha = 0; alpha < alphas; alpha++) {
            offset[alpha] = exactOffset[alpha].doubleValue();
            offsetError[alpha] = new BigFraction(offset[alpha]).subtract(exactOffset[alpha]).abs();
            for (int j = 0; j < k; j++) {
                BigFraction exact = parameters.direction(alpha, j);
                direction[alpha][j] = exact.doubleValue();
                directionError[alpha][j] = new BigFraction(direction[alpha][j]).subtract(exact).abs();
            }
        }
        this.charlieLower = new double[gammas];
        this.charlieUpper = new double[gammas];
        Arrays.fill(charlieUpper, 1);
    }

    private NonBilocality(NonBilocality base, double[] charlieLower, double[] charlieUpper) {
        this.behaviour = base.behaviour;
        this.space = base.space;
        this.parameters = base.parameters;
        this.n = base.n;
        this.k = base.k;
        this.alphas = base.alphas;
        this.gammas = base.gammas;
        this.rowOfEntry = base.rowOfEntry;
        this.reproductionRhs = base.reproductionRhs;
        this.offset = base.offset;
        this.direction = base.direction;
        this.offsetError = base.offsetError;
        this.directionError = base.directionError;
        this.charlieLower = charlieLower;
        this.charlieUpper = charlieUpper;
    }

    /**
     * The same LPs with the McCormick envelope built on the feasible range of each q^c_γ̄ instead of [0, 1]:
     * min and max of q^c_γ̄ over q with T q = p, Σ q = 1, q ≥ 0, each rounded outward from its exactly
     * verified bound so that no feasible q is cut off. The envelope error is proportional to the width of
     * these ranges, so the box bounds become tighter. Keeps [0, 1] where an LP fails.
     */
    public NonBilocality tightened(SolveOptions options) {
        double[] lo = new double[gammas];
        double[] hi = new double[gammas];
        for (int gamma = 0; gamma < gammas; gamma++) {
            options.progress().note("bounding the weights of Charlie's strategies: " + (2 * gamma) + " of " + (2 * gammas) + " LPs of " + n + " strategies");
            double[] cost = new double[n];
            for (int lambda = 0; lambda < n; lambda++) {
                cost[lambda] = space.gamma(lambda) == gamma ? 1 : 0;
            }
            Optional<Range> r = extremes(cost, new double[0], options);
            lo[gamma] = r.map(Range::minLowerBound).filter(b -> b != null).map(b -> Math.max(0, floor(b))).orElse(0.0);
            hi[gamma] = r.map(Range::maxUpperBound).filter(b -> b != null).map(b -> Math.min(1, ceil(b))).orElse(1.0);
        }
        return new NonBilocality(this, lo, hi);
    }

    /** The bounds on q^c_γ̄ the McCormick envelope uses (copies): lower, upper. */
    public double[][] charlieBounds() {
        return new double[][] {charlieLower.clone(), charlieUpper.clone()};
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    public SwappingStrategies space() {
        return space;
    }

    public FreeParameters parameters() {
        return parameters;
    }

    /** f(ν) = f⁰ + N ν: Alice's strategy marginal q^a at parameters ν (eq. 48). */
    public double[] aliceMarginal(double[] nu) {
        double[] f = offset.clone();
        for (int alpha = 0; alpha < alphas; alpha++) {
            for (int j = 0; j < k; j++) {
                f[alpha] += direction[alpha][j] * nu[j];
            }
        }
        return f;
    }

    /** f⁰ (binary64): q^a at ν = 0. */
    public double[] offset() {
        return offset.clone();
    }

    /**
     * The answer for one box of ν.
     *
     * @param status      OPTIMAL, INFEASIBLE (no parameter of the box is feasible, proven exactly) or FAILED
     * @param value       the LP optimum: M_BL(ν) for a point box, a lower bound on it over the box otherwise
     * @param lowerBound  an exactly verified lower bound on min over the box of M_BL(ν) (null unless OPTIMAL
     *                    and verified); for INFEASIBLE the exactly verified positive ℓ1 distance of the box
     *                    from the feasible parameters
     * @param nu          the parameters of the LP's solution (feasible; in the box)
     * @param q           the LP's strategy distribution (at a point box: a minimiser of M_BL at that ν)
     * @param diagnostics the engine's record of the LPs solved for this box
     */
    public record Solution(Status status, double value, BigFraction lowerBound, double[] nu, double[] q, Diagnostics diagnostics) {
    }

    /** The feasible range of one parameter (eqs. 57–58): min and max of ν_k, each with an exact outward bound. */
    public record Range(double min, double max, BigFraction minLowerBound, BigFraction maxUpperBound) {
    }

    /**
     * Minimises over the box {@code lower ≤ ν ≤ upper} (a point when equal): M_BL(ν) at a point, the
     * McCormick lower bound over a wider box. Never throws for solver trouble.
     */
    public Solution solve(double[] lower, double[] upper, SolveOptions options) {
        checkBox(lower, upper);
        LinearProgram lp = program(lower, upper);
        Engine engine = new Engine(options);
        LpSolution s = engine.solveOrInfeasible(lp);
        if (s != null && s.status() == LpSolution.Status.INFEASIBLE) {
            Optional<BigFraction> distance = provenDistance(lower, upper, engine);
            if (distance.isPresent()) {
                return new Solution(Status.INFEASIBLE, Double.NaN, distance.get(), new double[0], new double[0], engine.diagnostics());
            }
            engine.reject(s.backend() + " reported the box LP infeasible, but no proof verifies");
            s = engine.solve(lp);
        }
        if (s == null) {
            return new Solution(Status.FAILED, Double.NaN, null, new double[0], new double[0], engine.diagnostics());
        }
        LpSolution solution = s;
        BigFraction bound = engine.certify(() -> DualBound.of(lp, solution.dual(), columnLower(lower, upper), columnUpper(lower, upper))
                .map(b -> fraction(b).subtract(roundingCorrection(lower, upper))).orElse(null));
        return new Solution(Status.OPTIMAL, s.objective(), bound, Arrays.copyOfRange(s.primal(), n, n + k), Arrays.copyOf(s.primal(), n),
                engine.diagnostics());
    }

    /** The exactly verified positive ℓ1 distance of the box from the feasible parameters, if it can be proven. */
    private Optional<BigFraction> provenDistance(double[] lower, double[] upper, Engine engine) {
        LinearProgram distance = distanceProgram(lower, upper);
        LpSolution d = engine.solve(distance);
        if (d == null) {
            return Optional.empty();
        }
        double[] lo = new double[distance.columns()];
        double[] hi = new double[distance.columns()];
        Arrays.fill(hi, 0, n + k, 1);
        for (int j = 0; j < k; j++) {
            hi[n + k + 2 * j] = Math.abs(lower[j]) + 1;
            hi[n + k + 2 * j + 1] = Math.abs(upper[j]) + 1;
        }
        Optional<BigDecimal> proof = engine.certify(() -> DualBound.of(distance, d.dual(), lo, hi));
        if (proof.isPresent() && proof.get().signum() > 0) {
            return Optional.of(fraction(proof.get()));
        }
        engine.note("the box is within " + Numbers.format(d.objective()) + " of a feasible parameter");
        return Optional.empty();
    }

    /**
     * The range of ν_j given ν_0 … ν_{m−1} fixed to {@code prefix} (m ≤ j): min and max of q^a at the j-th free
     * strategy over every q with T q = p, Σ q = 1, q ≥ 0 and those free weights fixed. With an empty prefix
     * these are the LPs (57)–(58); with m = j they are the nested ranges described after eq. (62). Empty when
     * no such q exists.
     */
    public Optional<Range> range(int j, double[] prefix, SolveOptions options) {
        if (j < 0 || j >= k || prefix.length > j) {
            throw new IllegalArgumentException("parameter " + j + " of " + k + " can be ranged with at most the " + j + " earlier parameters fixed");
        }
        double[] cost = new double[n];
        for (int lambda = 0; lambda < n; lambda++) {
            cost[lambda] = space.alpha(lambda) == parameters.freeStrategy(j) ? 1 : 0;
        }
        return extremes(cost, prefix, options);
    }

    /** min and max of Σ_λ cost_λ q_λ over T q = p, Σ q = 1, q ≥ 0 and ν_0 … ν_{m−1} = prefix, with exact outward bounds. */
    private Optional<Range> extremes(double[] cost, double[] prefix, SolveOptions options) {
        double[] values = new double[2];
        BigFraction[] bounds = new BigFraction[2];
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(hi, 1);
        for (int side = 0; side < 2; side++) {
            double sign = side == 0 ? 1 : -1;
            LinearProgram lp = reproductionRows();
            for (double v : prefix) {
                lp.addRow(LinearProgram.Relation.EQ, v);
            }
            double[] signed = new double[n];
            for (int lambda = 0; lambda < n; lambda++) {
                signed[lambda] = sign * cost[lambda];
            }
            addStrategyColumns(lp, prefix.length, signed);
            LpSolution s = new Engine(options).solve(lp);
            if (s == null) {
                return Optional.empty();
            }
            values[side] = sign * s.objective();
            BigFraction b = DualBound.of(lp, s.dual(), lo, hi).map(NonBilocality::fraction).orElse(null);
            bounds[side] = b == null || side == 0 ? b : b.negate();
        }
        return Optional.of(new Range(values[0], values[1], bounds[0], bounds[1]));
    }

    /** The largest double not above f. */
    public static double floor(BigFraction f) {
        double d = f.doubleValue();
        return new BigFraction(d).compareTo(f) > 0 ? Math.nextDown(d) : d;
    }

    /** The smallest double not below f. */
    public static double ceil(BigFraction f) {
        double d = f.doubleValue();
        return new BigFraction(d).compareTo(f) < 0 ? Math.nextUp(d) : d;
    }

    private void checkBox(double[] lower, double[] upper) {
        if (lower.length != k || upper.length != k) {
            throw new IllegalArgumentException("a box of parameters needs " + k + " lower and upper values");
        }
        for (int j = 0; j < k; j++) {
            if (!(lower[j] <= upper[j]) || !Double.isFinite(lower[j]) || !Double.isFinite(upper[j])) {
                throw new IllegalArgumentException("parameter box [" + lower[j] + ", " + upper[j] + "] is empty or not finite");
            }
        }
    }

    // Column layout: q (n), ν (k), w (k·|γ̄|), t (|ᾱ|·|γ̄|).
    private int nuColumn(int j) {
        return n + j;
    }

    private int wColumn(int j, int gamma) {
        return n + k + j * gammas + gamma;
    }

    private int tColumn(int alpha, int gamma) {
        return n + k + k * gammas + alpha * gammas + gamma;
    }

    /**
     * The rows the box LP and the distance LP share: reproduction and normalisation, then k link rows
     * Σ_{β,γ̄} q_{ᾱ_j β γ̄} − ν_j = 0 (from row {@link #linkRow}), then the box rows ν_j ≥ l_j, ν_j ≤ u_j (from row
     * {@link #boxRow}).
     */
    private LinearProgram parameterRows(double[] lower, double[] upper) {
        LinearProgram lp = reproductionRows();
        for (int j = 0; j < k; j++) {
            lp.addRow(LinearProgram.Relation.EQ, 0);
        }
        for (int j = 0; j < k; j++) {
            lp.addRow(LinearProgram.Relation.GE, lower[j]);
            lp.addRow(LinearProgram.Relation.LE, upper[j]);
        }
        return lp;
    }

    private int linkRow(int j) {
        return reproductionRhs.length + 1 + j;
    }

    private int boxRow(int j) {
        return reproductionRhs.length + 1 + k + 2 * j;
    }

    /** Rows shared by every LP here: T q = p (all but the last entry of each block) and Σ q = 1. */
    private LinearProgram reproductionRows() {
        LinearProgram lp = new LinearProgram();
        for (double v : reproductionRhs) {
            lp.addRow(LinearProgram.Relation.EQ, v);
        }
        lp.addRow(LinearProgram.Relation.EQ, 1);
        return lp;
    }

    /**
     * The box LP, rows in this order: reproduction and normalisation; link Σ_{β,γ̄} q_{ᾱ_j β γ̄} − ν_j = 0;
     * box ν_j ≥ l_j, ν_j ≤ u_j; Σ_γ̄ w_jγ̄ − ν_j = 0; McCormick (4 per j, γ̄, with the corner products rounded
     * to make each row looser, never tighter); t ± (q^ac − f⁰ s − N w) ≥ 0.
     * Exposed for export ({@link LinearProgram#toLpFormat()}) and tests.
     */
    public LinearProgram program(double[] lower, double[] upper) {
        checkBox(lower, upper);
        LinearProgram lp = parameterRows(lower, upper);
        int rlt = lp.rows();
        for (int j = 0; j < k; j++) {
            lp.addRow(LinearProgram.Relation.EQ, 0);
        }
        int mc = lp.rows();
        for (int j = 0; j < k; j++) {
            for (int gamma = 0; gamma < gammas; gamma++) {
                double sl = charlieLower[gamma];
                double su = charlieUpper[gamma];
                lp.addRow(LinearProgram.Relation.GE, -productUp(lower[j], sl));
                lp.addRow(LinearProgram.Relation.GE, -productUp(upper[j], su));
                lp.addRow(LinearProgram.Relation.LE, -productDown(upper[j], sl));
                lp.addRow(LinearProgram.Relation.LE, -productDown(lower[j], su));
            }
        }
        int obj = lp.rows();
        for (int i = 0; i < 2 * alphas * gammas; i++) {
            lp.addRow(LinearProgram.Relation.GE, 0);
        }
        int maxNnz = lp.rows();
        int[] rows = new int[maxNnz];
        double[] values = new double[maxNnz];
        int[] entries = new int[behaviour.scenario().inputBlocks()];
        for (int lambda = 0; lambda < n; lambda++) {
            int nnz = strategyEntries(lambda, k, entries, rows, values);
            int alpha = space.alpha(lambda);
            int gamma = space.gamma(lambda);
            for (int j = 0; j < k; j++) {
                int r = mc + 4 * (j * gammas + gamma);
                double[] sCoefficient = {-lower[j], -upper[j], -upper[j], -lower[j]};
                for (int m = 0; m < 4; m++) {
                    if (sCoefficient[m] != 0) {
                        rows[nnz] = r + m;
                        values[nnz++] = sCoefficient[m];
                    }
                }
            }
            for (int a2 = 0; a2 < alphas; a2++) {
                double c = (a2 == alpha ? 1 : 0) - offset[a2];
                if (c != 0) {
                    int r = obj + 2 * (a2 * gammas + gamma);
                    rows[nnz] = r;
                    values[nnz++] = c;
                    rows[nnz] = r + 1;
                    values[nnz++] = -c;
                }
            }
            lp.addColumn(0, false, rows, values, nnz);
        }
        for (int j = 0; j < k; j++) {
            int nnz = 0;
            rows[nnz] = linkRow(j);
            values[nnz++] = -1;
            rows[nnz] = boxRow(j);
            values[nnz++] = 1;
            rows[nnz] = boxRow(j) + 1;
            values[nnz++] = 1;
            rows[nnz] = rlt + j;
            values[nnz++] = -1;
            for (int gamma = 0; gamma < gammas; gamma++) {
                int r = mc + 4 * (j * gammas + gamma);
                double[] nuCoefficient = {-charlieLower[gamma], -charlieUpper[gamma], -charlieLower[gamma], -charlieUpper[gamma]};
                for (int m = 0; m < 4; m++) {
                    if (nuCoefficient[m] != 0) {
                        rows[nnz] = r + m;
                        values[nnz++] = nuCoefficient[m];
                    }
                }
            }
            lp.addColumn(0, true, rows, values, nnz);
        }
        for (int j = 0; j < k; j++) {
            for (int gamma = 0; gamma < gammas; gamma++) {
                int nnz = 0;
                rows[nnz] = rlt + j;
                values[nnz++] = 1;
                int r = mc + 4 * (j * gammas + gamma);
                for (int m = 0; m < 4; m++) {
                    rows[nnz] = r + m;
                    values[nnz++] = 1;
                }
                for (int a2 = 0; a2 < alphas; a2++) {
                    if (direction[a2][j] != 0) {
                        int o = obj + 2 * (a2 * gammas + gamma);
                        rows[nnz] = o;
                        values[nnz++] = -direction[a2][j];
                        rows[nnz] = o + 1;
                        values[nnz++] = direction[a2][j];
                    }
                }
                lp.addColumn(0, true, rows, values, nnz);
            }
        }
        for (int alpha = 0; alpha < alphas; alpha++) {
            for (int gamma = 0; gamma < gammas; gamma++) {
                int o = obj + 2 * (alpha * gammas + gamma);
                lp.addColumn(1, false, new int[] {o, o + 1}, new double[] {1, 1}, 2);
            }
        }
        return lp;
    }

    /**
     * Lower column bounds valid at an optimum of {@link #program}: q ≥ 0, ν ≥ l, t ≥ 0, and w at least the
     * smallest corner product of [l, u] × [s_L, s_U] (the McCormick envelope lies in the hull of the corners).
     */
    private double[] columnLower(double[] lower, double[] upper) {
        double[] lo = new double[n + k + k * gammas + alphas * gammas];
        for (int j = 0; j < k; j++) {
            lo[nuColumn(j)] = lower[j];
            for (int gamma = 0; gamma < gammas; gamma++) {
                lo[wColumn(j, gamma)] = Math.min(Math.min(productDown(lower[j], charlieLower[gamma]), productDown(lower[j], charlieUpper[gamma])),
                        Math.min(productDown(upper[j], charlieLower[gamma]), productDown(upper[j], charlieUpper[gamma])));
            }
        }
        return lo;
    }

    /** a·b rounded towards −∞. */
    private static double productDown(double a, double b) {
        double p = a * b;
        return Math.fma(a, b, -p) < 0 ? Math.nextDown(p) : p;
    }

    /** a·b rounded towards +∞. */
    private static double productUp(double a, double b) {
        double p = a * b;
        return Math.fma(a, b, -p) > 0 ? Math.nextUp(p) : p;
    }

    /**
     * Upper column bounds. t_{ᾱγ̄} can be lowered to |q^ac − f⁰ s − N w| without leaving the feasible set or
     * raising the objective, and that is at most 1 + |f⁰_ᾱ| + Σ_j |N_ᾱj| max(|l_j|, |u_j|); one more is added
     * as margin for rounding.
     */
    private double[] columnUpper(double[] lower, double[] upper) {
        double[] hi = new double[n + k + k * gammas + alphas * gammas];
        Arrays.fill(hi, 0, n, 1);
        for (int j = 0; j < k; j++) {
            hi[nuColumn(j)] = upper[j];
            for (int gamma = 0; gamma < gammas; gamma++) {
                hi[wColumn(j, gamma)] = Math.max(Math.max(productUp(lower[j], charlieLower[gamma]), productUp(lower[j], charlieUpper[gamma])),
                        Math.max(productUp(upper[j], charlieLower[gamma]), productUp(upper[j], charlieUpper[gamma])));
            }
        }
        for (int alpha = 0; alpha < alphas; alpha++) {
            double t = 2 + Math.abs(offset[alpha]);
            for (int j = 0; j < k; j++) {
                t += Math.abs(direction[alpha][j]) * Math.max(Math.abs(lower[j]), Math.abs(upper[j]));
            }
            for (int gamma = 0; gamma < gammas; gamma++) {
                hi[tColumn(alpha, gamma)] = t;
            }
        }
        return hi;
    }

    /** Σ_ᾱ (|Δf⁰_ᾱ| + Σ_j |ΔN_ᾱj| max(|l_j|, |u_j|)): how far rounding f⁰ and N can move the optimum. */
    private BigFraction roundingCorrection(double[] lower, double[] upper) {
        BigFraction c = BigFraction.ZERO;
        for (int alpha = 0; alpha < alphas; alpha++) {
            c = c.add(offsetError[alpha]);
            for (int j = 0; j < k; j++) {
                if (directionError[alpha][j].getNumerator().signum() != 0) {
                    c = c.add(directionError[alpha][j].multiply(new BigFraction(Math.max(Math.abs(lower[j]), Math.abs(upper[j])))));
                }
            }
        }
        return c;
    }

    /**
     * The ℓ1 distance of the box from the feasible parameters: min Σ_j (σ⁻_j + σ⁺_j) s.t. reproduction,
     * link rows, ν_j + σ⁻_j ≥ l_j, ν_j − σ⁺_j ≤ u_j. Columns q, ν, then σ⁻_j, σ⁺_j interleaved. A positive
     * exact lower bound proves that no parameter of the box is feasible.
     */
    private LinearProgram distanceProgram(double[] lower, double[] upper) {
        LinearProgram lp = parameterRows(lower, upper);
        addStrategyColumns(lp, k, null);
        for (int j = 0; j < k; j++) {
            lp.addColumn(0, false, new int[] {linkRow(j), boxRow(j), boxRow(j) + 1}, new double[] {-1, 1, 1}, 3);
        }
        for (int j = 0; j < k; j++) {
            lp.addColumn(1, false, new int[] {boxRow(j)}, new double[] {1}, 1);
            lp.addColumn(1, false, new int[] {boxRow(j) + 1}, new double[] {-1}, 1);
        }
        return lp;
    }

    /**
     * Adds one column per strategy with cost {@code cost[λ]} (null: 0) and the entries of {@link #strategyEntries};
     * the program must have its first {@code links} link rows.
     */
    private void addStrategyColumns(LinearProgram lp, int links, double[] cost) {
        int[] rows = new int[lp.rows()];
        double[] values = new double[lp.rows()];
        int[] entries = new int[behaviour.scenario().inputBlocks()];
        for (int lambda = 0; lambda < n; lambda++) {
            int nnz = strategyEntries(lambda, links, entries, rows, values);
            lp.addColumn(cost == null ? 0 : cost[lambda], false, rows, values, nnz);
        }
    }

    /**
     * Writes q_λ's entries in the reproduction and normalisation rows and in the first {@code links} link rows
     * (a 1 where ᾱ(λ) is that row's free strategy) into rows/values (modified); returns their number.
     */
    private int strategyEntries(int lambda, int links, int[] entries, int[] rows, double[] values) {
        space.columnAt(lambda, entries);
        int nnz = 0;
        for (int e : entries) {
            if (rowOfEntry[e] >= 0) {
                rows[nnz] = rowOfEntry[e];
                values[nnz++] = 1;
            }
        }
        rows[nnz] = reproductionRhs.length;
        values[nnz++] = 1;
        int alpha = space.alpha(lambda);
        for (int j = 0; j < links; j++) {
            if (parameters.freeStrategy(j) == alpha) {
                rows[nnz] = linkRow(j);
                values[nnz++] = 1;
            }
        }
        return nnz;
    }

    private static BigFraction fraction(BigDecimal d) {
        return d.scale() >= 0 ? new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new BigFraction(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())));
    }
}
