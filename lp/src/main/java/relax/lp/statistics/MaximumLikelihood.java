package relax.lp.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.Certificate;

/**
 * The maximum-likelihood behaviour of a causal structure for counts N(a|x): the maximiser over the structure's
 * behaviours p = T q (q a distribution over its deterministic strategies) of the log-likelihood per run
 * <pre>
 *   ℓ(p) = Σ_e w_e ln p_e,     w_e = N_e / N,  N = Σ_e N_e,
 * </pre>
 * a concave function over a polytope. Solved by the away-step Frank–Wolfe method (Guélat &amp; Marcotte 1986;
 * Lacoste-Julien &amp; Jaggi 2015, Algorithm 1) with the structure's exact pricing search as the linear oracle: at the
 * current p, the gradient is g_e = w_e / p_e, the Frank–Wolfe vertex is the strategy maximising ⟨g, T_λ⟩, the away
 * vertex the active strategy minimising it, and the step length maximises ℓ exactly along the chosen direction
 * (safeguarded Newton on the concave one-dimensional problem).
 *
 * <p><b>Stopping rule and certificate.</b> By concavity, for every behaviour p' of the structure
 * ℓ(p') ≤ ℓ(p) + ⟨g, p' − p⟩ ≤ ℓ(p) + max_λ ⟨g, T_λ⟩ − ⟨g, p⟩, and ⟨g, p⟩ = Σ_e w_e = 1; so the duality gap
 * γ(p) = max_λ ⟨g, T_λ⟩ − 1 bounds how far ℓ(p) lies below the maximum. The iteration stops once γ ≤
 * {@link #GAP}; the fit is then made exact ({@link Mixture}: p̃ = T q̂ with exact q̂), and γ(p̃) is recomputed in exact
 * rational arithmetic with the exact maximum over every strategy ({@link Certificate#maximum}). The answer is OPTIMAL
 * only when that exact gap is at most {@link relax.lp.engine.Tolerances#verification()}.
 *
 * <p><b>Convergence.</b> Every step increases ℓ (exact line search), so the iterates stay in the superlevel set
 * {ℓ ≥ ℓ(p_0)}, on which every entry with w_e &gt; 0 satisfies p_e ≥ m_e = exp(ℓ(p_0)/w_e) &gt; 0; there ℓ has a
 * bounded Hessian (curvature Σ_e w_e/m_e² along unit directions) and is strongly concave in the observed entries
 * (ℓ = h(A p) with h strongly concave on [m, 1]), which is the setting of Lacoste-Julien &amp; Jaggi 2015, Theorem 1
 * (with their remark on f = g∘A): away-step Frank–Wolfe converges linearly, and plain Frank–Wolfe at rate O(1/k)
 * (Jaggi 2013, Theorem 1). These constants are pessimistic; the certified gap, not the iteration count, is what the
 * answer rests on, and an iteration limit turns a slow run into FAILED with the gap reached.
 *
 * <p>If an outcome observed in the data has probability 0 under every strategy, every model has likelihood 0: the
 * fit is INFEASIBLE, naming the outcome.
 */
public final class MaximumLikelihood {
    /** The duality gap (log-likelihood per run) at which the iteration stops. */
    public static final double GAP = 1e-11;
    /** Frank–Wolfe iterations at most. */
    public static final int MAX_ITERATIONS = 200_000;

    private final StrategySpace space;
    private final Behaviour data;
    private final long[] counts;

    /**
     * @param space the strategies of the structure
     * @param data  a behaviour read from counts ({@link Behaviour#counts()})
     * @throws IllegalArgumentException if {@code data} has no counts: a likelihood needs the numbers of runs
     */
    public MaximumLikelihood(StrategySpace space, Behaviour data) {
        if (!space.scenario().equals(data.scenario())) {
            throw new IllegalArgumentException("strategies of scenario " + space.scenario() + " cannot fit a behaviour of scenario " + data.scenario());
        }
        this.space = space;
        this.data = data;
        this.counts = data.counts().orElseThrow(() -> new IllegalArgumentException(
                "a maximum-likelihood fit needs counts, and the behaviour gives probabilities: give \"counts\" (or a CSV count column), or use --fit l1"));
    }

    /** Fits; never throws for numerical trouble (status FAILED instead). */
    public Fit solve(SolveOptions options) {
        long start = System.nanoTime();
        State s = new State();
        String infeasible = s.cover();
        if (!infeasible.isEmpty()) {
            return new Fit(FitMethod.MAXIMUM_LIKELIHOOD, Status.INFEASIBLE, data, null, List.of(), null, null, Double.NaN, 0, infeasible,
                    s.diagnostics(start, 0));
        }
        int iteration = 0;
        double gap = Double.POSITIVE_INFINITY;
        while (iteration < MAX_ITERATIONS) {
            gap = s.step();
            if (!(gap > GAP)) {
                break;
            }
            iteration++;
        }
        long certifyStart = System.nanoTime();
        Mixture mixture = new Mixture(space);
        for (int k = 0; k < s.active.size(); k++) {
            mixture.add(s.active.get(k), s.alpha[k]);
        }
        Behaviour fitted = mixture.behaviour(data.name(), "the maximum-likelihood behaviour of the structure for the counts");
        BigFraction exactGap = exactGap(fitted);
        Diagnostics d = s.diagnostics(start, System.nanoTime() - certifyStart);
        double tolerance = options.tolerances().verification();
        if (exactGap == null || !(exactGap.doubleValue() <= tolerance)) {
            return Fit.failed(FitMethod.MAXIMUM_LIKELIHOOD, data, "the maximum-likelihood fit did not converge: duality gap "
                    + (exactGap == null ? "not computable" : exactGap.doubleValue()) + " after " + iteration + " Frank-Wolfe iterations (floating-point gap "
                    + gap + ")", d);
        }
        return new Fit(FitMethod.MAXIMUM_LIKELIHOOD, Status.OPTIMAL, data, fitted, mixture.model(options.tolerances().negligibleWeight()),
                Mixture.l1(data, fitted), null, Math.max(0, exactGap.doubleValue()), iteration, "", d);
    }

    /** max_λ ⟨g, T_λ⟩ − 1 at p̃ with g_e = w_e / p̃_e, exactly (or a rigorous upper bound); null if some observed entry has p̃_e = 0. */
    private BigFraction exactGap(Behaviour fitted) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        BigFraction[] g = new BigFraction[counts.length];
        for (int e = 0; e < counts.length; e++) {
            if (counts[e] == 0) {
                g[e] = BigFraction.ZERO;
            } else if (fitted.exact(e).getNumerator().signum() == 0) {
                return null;
            } else {
                g[e] = new BigFraction(counts[e]).divide(fitted.exact(e).multiply(total));
            }
        }
        BigFraction[] w = new BigFraction[space.measureRows()];
        Arrays.fill(w, BigFraction.ZERO);
        BigFraction max = Certificate.maximum(space, g, w);
        return max == null ? null : max.subtract(BigFraction.ONE);
    }

    /** The iterate: active strategies with weights α (Σ α = 1) and p = Σ α_k T_{λ_k}. */
    private final class State {
        final int n = space.scenario().size();
        final int blocks = space.scenario().inputBlocks();
        final double[] w = new double[n];
        final List<int[]> active = new ArrayList<>();
        final List<int[]> activeEntries = new ArrayList<>();
        double[] alpha = new double[16];
        final double[] p = new double[n];
        final double[] g = new double[n];
        final double[] d = new double[n];
        final double[] noMeasure = new double[space.measureRows()];
        final Pricing pricing = new Pricing(1, space.digits().length());
        final int[] vertex = new int[space.digits().length()];
        final int[] vertexEntries = new int[blocks];
        int iterations;
        int pricingCalls;
        long pricingNanos;

        State() {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            for (int e = 0; e < n; e++) {
                w[e] = (double) counts[e] / total;
            }
        }

        /** Starts from the uniform mixture of strategies that together produce every observed entry; or says which entry none produces. */
        String cover() {
            boolean[] covered = new boolean[n];
            double[] z = new double[n];
            while (true) {
                int uncovered = -1;
                for (int e = 0; e < n; e++) {
                    z[e] = counts[e] > 0 && !covered[e] ? 1 : 0;
                    if (z[e] > 0 && uncovered < 0) {
                        uncovered = e;
                    }
                }
                if (uncovered < 0) {
                    break;
                }
                price(z);
                if (!(pricing.max() > 0.5)) {
                    return "no model of the structure produces " + space.scenario().entryName(uncovered) + ", observed " + counts[uncovered]
                            + " times: every model has likelihood 0";
                }
                pricing.strategy(0, vertex);
                int k = add(vertex);
                for (int e : activeEntries.get(k)) {
                    covered[e] = true;
                }
            }
            for (int k = 0; k < active.size(); k++) {
                alpha[k] = 1.0 / active.size();
            }
            refresh();
            return "";
        }

        private void price(double[] z) {
            long t0 = System.nanoTime();
            space.price(z, noMeasure, pricing);
            pricingNanos += System.nanoTime() - t0;
            pricingCalls++;
        }

        /** Index of strategy λ among the active ones, adding it with weight 0 if absent. */
        private int add(int[] lambda) {
            for (int k = 0; k < active.size(); k++) {
                if (Arrays.equals(active.get(k), lambda)) {
                    return k;
                }
            }
            int[] entries = new int[blocks];
            space.column(lambda, entries);
            active.add(lambda.clone());
            activeEntries.add(entries);
            if (active.size() > alpha.length) {
                alpha = Arrays.copyOf(alpha, alpha.length * 2);
            }
            alpha[active.size() - 1] = 0;
            return active.size() - 1;
        }

        private void remove(int k) {
            int last = active.size() - 1;
            active.set(k, active.get(last));
            activeEntries.set(k, activeEntries.get(last));
            alpha[k] = alpha[last];
            active.remove(last);
            activeEntries.remove(last);
        }

        /** p = Σ α_k T_k with α renormalised. */
        private void refresh() {
            double sum = 0;
            for (int k = 0; k < active.size(); k++) {
                sum += alpha[k];
            }
            Arrays.fill(p, 0);
            for (int k = 0; k < active.size(); k++) {
                alpha[k] /= sum;
                for (int e : activeEntries.get(k)) {
                    p[e] += alpha[k];
                }
            }
        }

        /** One away-step Frank–Wolfe iteration; returns the Frank–Wolfe gap at the iterate before the step. */
        double step() {
            double gp = 0;
            for (int e = 0; e < n; e++) {
                g[e] = w[e] > 0 ? w[e] / p[e] : 0;
                gp += g[e] * p[e];
            }
            price(g);
            double gapFw = pricing.max() - gp;
            if (!(gapFw > GAP)) {
                return gapFw;
            }
            pricing.strategy(0, vertex);
            int away = -1;
            double awayScore = Double.POSITIVE_INFINITY;
            for (int k = 0; k < active.size(); k++) {
                double score = 0;
                for (int e : activeEntries.get(k)) {
                    score += g[e];
                }
                if (score < awayScore) {
                    awayScore = score;
                    away = k;
                }
            }
            double gapAway = gp - awayScore;
            if (gapFw >= gapAway || active.size() == 1) {
                space.column(vertex, vertexEntries);
                for (int e = 0; e < n; e++) {
                    d[e] = -p[e];
                }
                for (int e : vertexEntries) {
                    d[e] += 1;
                }
                double gamma = lineSearch(1);
                int s = add(vertex);
                for (int k = 0; k < active.size(); k++) {
                    alpha[k] *= 1 - gamma;
                }
                alpha[s] += gamma;
            } else {
                double a = alpha[away];
                for (int e = 0; e < n; e++) {
                    d[e] = p[e];
                }
                for (int e : activeEntries.get(away)) {
                    d[e] -= 1;
                }
                double max = a / (1 - a);
                double gamma = lineSearch(max);
                for (int k = 0; k < active.size(); k++) {
                    alpha[k] *= 1 + gamma;
                }
                alpha[away] -= gamma;
                if (gamma >= max) {
                    alpha[away] = 0;
                }
            }
            for (int k = active.size() - 1; k >= 0; k--) {
                if (!(alpha[k] > 0)) {
                    remove(k);
                }
            }
            iterations++;
            refresh();
            return gapFw;
        }

        /** The γ in [0, max] maximising Σ_e w_e ln(p_e + γ d_e) (concave in γ; its derivative at 0 is the gap, positive). */
        private double lineSearch(double max) {
            double lo = 0;
            double hi = max;
            double[] f = new double[2];
            if (derivative(hi, f) && f[0] >= 0) {
                return hi;
            }
            double gamma = hi / 2;
            derivative(0, f);
            if (f[1] < 0) {
                gamma = Math.min(hi / 2, -f[0] / f[1]);
            }
            for (int i = 0; i < 200 && hi - lo > 1e-17 * Math.max(1, hi); i++) {
                if (!derivative(gamma, f)) {
                    hi = gamma;
                    gamma = (lo + hi) / 2;
                    continue;
                }
                if (f[0] > 0) {
                    lo = gamma;
                } else if (f[0] < 0) {
                    hi = gamma;
                } else {
                    return gamma;
                }
                double newton = f[1] < 0 ? gamma - f[0] / f[1] : Double.NaN;
                gamma = newton > lo && newton < hi ? newton : (lo + hi) / 2;
                if (Math.abs(f[0]) < 1e-15) {
                    break;
                }
            }
            return Math.max(lo, Math.min(gamma, hi));
        }

        /** φ'(γ) and φ''(γ) into f; false if some observed entry is not positive at γ. */
        private boolean derivative(double gamma, double[] f) {
            double d1 = 0;
            double d2 = 0;
            for (int e = 0; e < n; e++) {
                if (w[e] > 0) {
                    double v = p[e] + gamma * d[e];
                    if (!(v > 0)) {
                        return false;
                    }
                    double r = d[e] / v;
                    d1 += w[e] * r;
                    d2 -= w[e] * r * r;
                }
            }
            f[0] = d1;
            f[1] = d2;
            return true;
        }

        Diagnostics diagnostics(long start, long certificate) {
            return new Diagnostics("frank-wolfe", List.of(), 0, active.size(), Method.COLGEN,
                    new Diagnostics.Timing(System.nanoTime() - start, 0, pricingNanos, certificate));
        }
    }
}
