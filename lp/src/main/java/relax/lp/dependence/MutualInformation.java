package relax.lp.dependence;

import relax.core.Behaviour;
import relax.core.locality.LhvStrategies;

/**
 * The mutual information I(X:Λ) between the input tuple and the hidden variable that a
 * measurement-dependent model needs (Chaves et al. 2015, main text after eq. 11 and appendix after eq. 42): the
 * Pinsker-type lower bounds implied by the minimum of M or M_Hall, and the true minimum over every
 * model reproducing a behaviour, as a certified bracket.
 *
 * <p><b>Pinsker.</b> M = ‖p(x,λ) − p(x)p(λ)‖₁ and I(X:Λ) = D(p(x,λ) ‖ p(x)p(λ)), so Pinsker's inequality
 * D(P‖Q) ≥ ‖P − Q‖₁² / (2 ln 2) bits gives I ≥ (M²/2)·log2 e ({@link #pinsker}). The paper prints
 * I ≥ M² log2 e, twice this; see docs/measurement-dependence.md for why that is not valid.
 *
 * <p><b>Minimum.</b> Over models reproducing p with input distribution π (q(x,λ) ≥ 0, Σ_{λ: λ(x)=a}
 * q(x,λ) = π(x) p(a|x)), I(q) is convex, and by the Donsker–Varadhan form of each D(q(·|λ) ‖ π)
 * and Sion's minimax theorem
 * <pre>
 *   min_q I(q) = max_c  Σ_{x,a} π(x) p(a|x) c(a|x) − log max_λ Σ_x π(x) e^{c(λ(x)|x)}     (nats),
 * </pre>
 * so every c gives a lower bound, and every model an upper bound. {@link #minimum} runs the
 * Blahut–Arimoto-type alternating minimisation of D(q ‖ π ⊗ ρ) over q (the I-projection, explicit
 * here: q(x,λ) = π(x) p(λ(x)|x) ρ(λ) / ρ_x(λ(x)) with ρ_x(a) = Σ_{λ: λ(x)=a} ρ(λ)) and over ρ (ρ ← the
 * λ-marginal of q). With c(a|x) = log(p(a|x) / ρ_x(a)) and R(λ) = Σ_x π(x) p(λ(x)|x) / ρ_x(λ(x)) the two
 * bounds are
 * <pre>
 *   lower = A − log max_λ R(λ),   upper = I(q) = A − Σ_λ ρ(λ) R(λ) log R(λ),   A = Σ π p log(p/ρ_x),
 * </pre>
 * and the iteration stops when they are within the requested gap.
 */
public final class MutualInformation {
    private static final double LOG2E = 1 / Math.log(2);
    /** Largest strategies × input tuples table {@link #minimum} builds. */
    public static final long TABLE_LIMIT = 1L << 25;

    private MutualInformation() {
    }

    /** Pinsker: I(X:Λ) ≥ (M²/2) log2 e bits for any model with measure M (eq. 41, an ℓ1 distance). */
    public static double pinsker(double m) {
        return m * m / 2 * LOG2E;
    }

    /**
     * Pinsker for Hall's measure: a model whose inputs x, x' give ‖q(λ|x) − q(λ|x')‖₁ = m has
     * I ≥ π(x) D(q(λ|x)‖q(λ)) + π(x') D(q(λ|x')‖q(λ)) ≥ (π(x)a² + π(x')b²)/(2 ln 2) with a + b ≥ m, whose
     * minimum is m² π(x)π(x')/(π(x)+π(x')) / (2 ln 2); the pair is unknown, so the smallest factor over pairs
     * is used.
     */
    public static double hallPinsker(double m, InputDistribution inputs) {
        double factor = Double.POSITIVE_INFINITY;
        for (int s = 0; s < inputs.size(); s++) {
            for (int t = s + 1; t < inputs.size(); t++) {
                factor = Math.min(factor, inputs.get(s) * inputs.get(t) / (inputs.get(s) + inputs.get(t)));
            }
        }
        return inputs.size() < 2 ? 0 : m * m * factor / 2 * LOG2E;
    }

    /** The Pinsker-type lower bound for a measure's certified minimum. */
    public static double pinsker(MeasurementDependenceMeasure measure, double minimum, InputDistribution inputs) {
        return measure == MeasurementDependenceMeasure.M ? pinsker(minimum) : hallPinsker(minimum, inputs);
    }

    /**
     * A certified bracket of min I(X:Λ) in bits over every model reproducing a behaviour.
     *
     * @param lower      the lower bound (the dual value of the final c, less a rounding margin)
     * @param upper      the mutual information of {@code model}, which reproduces the behaviour exactly
     * @param model      the final iterate
     * @param iterations alternating-minimisation steps taken
     * @param converged  whether upper − lower reached the requested gap
     * @param nanos      wall time
     */
    public record Bracket(double lower, double upper, MeasurementDependentModel model, int iterations, boolean converged, long nanos) {
        public double gap() {
            return upper - lower;
        }
    }

    /** Receives the bounds every so many iterations. */
    @FunctionalInterface
    public interface Progress {
        void iteration(int iteration, double lower, double upper);
    }

    /**
     * The minimum of I(X:Λ) over all measurement-dependent models reproducing {@code p} (the whole
     * behaviour) with input distribution {@code inputs}, to within {@code gapBits}.
     *
     * @param maxIterations stop (unconverged) after this many steps
     * @param progress      may be null
     * @throws IllegalArgumentException if the strategy table would exceed {@link #TABLE_LIMIT}
     */
    public static Bracket minimum(LhvStrategies space, Behaviour p, InputDistribution inputs, double gapBits, int maxIterations, Progress progress) {
        long t0 = System.nanoTime();
        int blocks = space.scenario().inputBlocks();
        int k = space.scenario().outcomesPerBlock();
        if (space.size() * blocks > TABLE_LIMIT) {
            throw new IllegalArgumentException("the minimum mutual information searches all " + space.size() + " strategies on " + blocks
                    + " input tuples; at most 2^25 pairs are supported");
        }
        int n = (int) space.size();
        int[] table = new int[n * blocks];
        int[] o = new int[blocks];
        for (int lambda = 0; lambda < n; lambda++) {
            space.outcomes(lambda, o);
            for (int s = 0; s < blocks; s++) {
                table[lambda * blocks + s] = s * k + o[s];
            }
        }
        double[] pi = inputs.toArray();
        double[] cond = new double[p.scenario().size()];
        for (int j = 0; j < cond.length; j++) {
            cond[j] = Math.max(0, p.get(j));
        }
        double[] rho = new double[n];
        java.util.Arrays.fill(rho, 1.0 / n);
        double[] marg = new double[cond.length];
        double[] ratio = new double[n];
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        int it = 0;
        boolean converged = false;
        while (it < maxIterations) {
            java.util.Arrays.fill(marg, 0);
            for (int lambda = 0; lambda < n; lambda++) {
                for (int s = 0; s < blocks; s++) {
                    marg[table[lambda * blocks + s]] += rho[lambda];
                }
            }
            double a = 0;
            double magnitude = 0;
            for (int j = 0; j < cond.length; j++) {
                if (cond[j] > 0) {
                    double term = pi[j / k] * cond[j] * Math.log(cond[j] / marg[j]);
                    a += term;
                    magnitude += Math.abs(term);
                }
            }
            double rMax = 0;
            double spent = 0;
            for (int lambda = 0; lambda < n; lambda++) {
                double r = 0;
                for (int s = 0; s < blocks; s++) {
                    int j = table[lambda * blocks + s];
                    if (cond[j] > 0) {
                        r += pi[s] * cond[j] / marg[j];
                    }
                }
                ratio[lambda] = r;
                rMax = Math.max(rMax, r);
                if (r > 0) {
                    spent += rho[lambda] * r * Math.log(r);
                }
            }
            it++;
            // a-priori rounding bound (Higham, recursive summation): each computed sum of n terms is within
            // n·u·Σ|terms| of the exact one, u = 2^-53, and Math.log is within one ulp; twice u for safety
            double margin = (cond.length + blocks + 4) * 0x1p-52 * (1 + magnitude + Math.abs(Math.log(rMax)));
            lower = Math.max(lower, (a - Math.log(rMax) - margin) * LOG2E);
            upper = (a - spent) * LOG2E;
            if (progress != null && (it % 100 == 1)) {
                progress.iteration(it, lower, upper);
            }
            converged = upper - lower <= gapBits;
            if (converged || it == maxIterations) {
                break;
            }
            double total = 0;
            for (int lambda = 0; lambda < n; lambda++) {
                rho[lambda] = Math.max(rho[lambda] * ratio[lambda], Double.MIN_NORMAL);
                total += rho[lambda];
            }
            for (int lambda = 0; lambda < n; lambda++) {
                rho[lambda] /= total;
            }
        }
        MeasurementDependentModel model = model(space, inputs, table, cond, rho, marg, blocks, k);
        return new Bracket(Math.max(0, lower), Math.max(upper, 0), model, it, converged, System.nanoTime() - t0);
    }

    /** q(x,λ) = π(x) p(λ(x)|x) ρ(λ) / ρ_x(λ(x)) over the strategies with positive weight. */
    private static MeasurementDependentModel model(LhvStrategies space, InputDistribution inputs, int[] table, double[] cond, double[] rho,
            double[] marg, int blocks, int k) {
        int n = rho.length;
        int used = 0;
        double[] q = new double[n * blocks];
        boolean[] keep = new boolean[n];
        for (int lambda = 0; lambda < n; lambda++) {
            for (int s = 0; s < blocks; s++) {
                int j = table[lambda * blocks + s];
                q[lambda * blocks + s] = cond[j] > 0 ? inputs.get(s) * cond[j] * rho[lambda] / marg[j] : 0;
                keep[lambda] |= q[lambda * blocks + s] > 0;
            }
            used += keep[lambda] ? 1 : 0;
        }
        long[] strategies = new long[used];
        double[] weights = new double[used * blocks];
        int i = 0;
        for (int lambda = 0; lambda < n; lambda++) {
            if (keep[lambda]) {
                strategies[i] = lambda;
                System.arraycopy(q, lambda * blocks, weights, i++ * blocks, blocks);
            }
        }
        return new MeasurementDependentModel(space, inputs, strategies, weights);
    }
}
