package relax.core.network;

import relax.core.Behaviour;

/**
 * An explicit bilocal model of the entanglement-swapping network (Chaves et al. 2015, eq. 43) with the sources'
 * hidden variables λ1 = ᾱ (Alice's response function) and λ2 = γ̄ (Charlie's), independent:
 * <pre>
 *   p(a,b,c|x,z) = Σ_{ᾱ,γ̄} q^a_ᾱ q^c_γ̄ · δ(a, α_x) · P(b|ᾱ,γ̄) · δ(c, γ_z).
 * </pre>
 * It is the checkable certificate that a behaviour is bilocal: {@link #behaviour()} multiplies it out,
 * and {@link #residual} compares the product with an observed p entry by entry.
 *
 * @param space   the network's strategies (fixes the scenario and the indexing of ᾱ, γ̄)
 * @param alice   q^a_ᾱ, a distribution over Alice's strategies ᾱ
 * @param charlie q^c_γ̄, a distribution over Charlie's strategies γ̄
 * @param bob     P(b|ᾱ,γ̄) at index (ᾱ·|γ̄| + γ̄)·ob + b, a distribution over b for every (ᾱ, γ̄)
 */
public record BilocalModel(SwappingStrategies space, double[] alice, double[] charlie, double[] bob) {

    /** Weights down to this value are accepted as rounding noise around zero, sums within it of 1. */
    public static final double TOLERANCE = 1e-9;

    public BilocalModel {
        if (alice.length != space.alphaCount() || charlie.length != space.gammaCount()
                || bob.length != space.alphaCount() * space.gammaCount() * space.betaCount()) {
            throw new IllegalArgumentException("a bilocal model of scenario " + space.scenario() + " needs " + space.alphaCount() + " + "
                    + space.gammaCount() + " source weights and " + space.alphaCount() * space.gammaCount() * space.betaCount()
                    + " response probabilities");
        }
        alice = alice.clone();
        charlie = charlie.clone();
        bob = bob.clone();
        requireDistribution(alice, 0, alice.length, "q^a");
        requireDistribution(charlie, 0, charlie.length, "q^c");
        for (int k = 0; k < space.alphaCount() * space.gammaCount(); k++) {
            requireDistribution(bob, k * space.betaCount(), space.betaCount(), "P(b|ᾱ,γ̄)");
        }
    }

    private static void requireDistribution(double[] v, int from, int length, String what) {
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            if (!(v[i] >= -TOLERANCE)) {
                throw new IllegalArgumentException(what + " has a negative or undefined weight " + v[i]);
            }
            sum += v[i];
        }
        if (Math.abs(sum - 1) > TOLERANCE * Math.max(1, length)) {
            throw new IllegalArgumentException(what + " sums to " + sum + ", not 1");
        }
    }

    /**
     * The bilocal model read off a strategy distribution q with q^ac = q^a ⊗ q^c (M_BL(q) = 0): q^a and
     * q^c are its marginals (eq. 44) and P(b|ᾱ,γ̄) = q_{ᾱbγ̄} / q^ac_{ᾱγ̄}, uniform where q^ac_{ᾱγ̄} = 0.
     * Weights within rounding noise of zero are clipped and each distribution renormalised. The model
     * reproduces T q to within (M_BL(q) + rounding); check it with {@link #residual}.
     *
     * @param q one weight per strategy of {@code space}; not modified
     */
    public static BilocalModel fromStrategies(SwappingStrategies space, double[] q) {
        double[] clipped = new double[q.length];
        for (int l = 0; l < q.length; l++) {
            clipped[l] = Math.max(0, q[l]);
        }
        double[] qa = normalised(space.aliceMarginal(clipped));
        double[] qc = normalised(space.charlieMarginal(clipped));
        double[] qac = space.acMarginal(clipped);
        int ob = space.betaCount();
        double[] bob = new double[qac.length * ob];
        for (int k = 0; k < qac.length; k++) {
            for (int b = 0; b < ob; b++) {
                int alpha = k / space.gammaCount();
                int gamma = k % space.gammaCount();
                bob[k * ob + b] = qac[k] > 0 ? clipped[space.strategy(alpha, b, gamma)] / qac[k] : 1.0 / ob;
            }
        }
        return new BilocalModel(space, qa, qc, bob);
    }

    private static double[] normalised(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= s;
        }
        return v;
    }

    /** The behaviour the model produces, in the scenario's flat order (eq. 43 multiplied out). */
    public double[] behaviour() {
        double[] q = new double[(int) space.size()];
        int gammas = space.gammaCount();
        int ob = space.betaCount();
        for (int alpha = 0; alpha < alice.length; alpha++) {
            for (int gamma = 0; gamma < gammas; gamma++) {
                double source = alice[alpha] * charlie[gamma];
                for (int b = 0; b < ob; b++) {
                    q[space.strategy(alpha, b, gamma)] = source * bob[(alpha * gammas + gamma) * ob + b];
                }
            }
        }
        return space.behaviour(q);
    }

    @Override
    public double[] alice() {
        return alice.clone();
    }

    @Override
    public double[] charlie() {
        return charlie.clone();
    }

    @Override
    public double[] bob() {
        return bob.clone();
    }

    /** max over entries of |p_model − p_observed|. */
    public double residual(Behaviour observed) {
        if (!observed.scenario().equals(space.scenario())) {
            throw new IllegalArgumentException("the model is for scenario " + space.scenario() + ", the behaviour for " + observed.scenario());
        }
        double[] p = behaviour();
        double worst = 0;
        for (int i = 0; i < p.length; i++) {
            worst = Math.max(worst, Math.abs(p[i] - observed.get(i)));
        }
        return worst;
    }
}
