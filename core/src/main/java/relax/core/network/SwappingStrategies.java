package relax.core.network;

import java.util.Arrays;
import java.util.List;
import relax.core.Scenario;
import relax.core.strategy.MixedRadix;
import relax.core.strategy.Pricing;
import relax.core.strategy.ResponseFunction;
import relax.core.strategy.StrategySpace;

/**
 * Deterministic strategies of the entanglement-swapping network of Chaves et al. (2015), Fig. 1f: A ← Λ1 → B ← Λ2 → C,
 * Alice with input x, Charlie with input z, Bob without input (appendix "Bilocality scenario").
 *
 * <p>A strategy is λ = (ᾱ, β, γ̄): Alice answers a = α_x, Bob b = β, Charlie c = γ_z, so
 * <pre>  T_{(a,b,c|x,z),λ} = δ(a, α_x) δ(b, β) δ(c, γ_z)        (eq. 47)</pre>
 * and a distribution q over the n = oa^mx · ob · oc^mz strategies reproduces p exactly when T q = p. The
 * scenario has three parties with inputs {@code [mx, 1, mz]}; p(a,b,c|x,z) is entry
 * {@code scenario.index(scenario.block(x, 0, z), scenario.outcome(a, b, c))}.
 *
 * <p>Index λ = (ᾱ·ob + β)·|γ̄| + γ̄, where ᾱ = Σ_x α_x·oa^(mx−1−x) reads α_0 α_1 … as a number with α_0
 * the most significant digit (so strategy names sort like the paper's q_{α0,α1}), and γ̄ likewise. As
 * digits of {@link MixedRadix} (digit 0 least significant) that is γ_{mz−1}, …, γ_0, β, α_{mx−1}, …, α_0.
 * The LPs over this space enumerate it by index ({@link #columnAt}, {@link #alpha}, {@link #gamma}).
 *
 * <p>The marginals of eq. (44) and the non-bilocality measure of eq. (46) are computed here for any q;
 * the minimisation over q is an LP problem and lives in {@code relax.lp}. No measure rows: this space
 * carries no locality measure of its own ({@link #measureRows()} = 0).
 */
public final class SwappingStrategies implements StrategySpace {
    /** Largest number of strategies this class indexes (the LPs over it enumerate every strategy). */
    public static final int MAX_STRATEGIES = 1 << 20;

    private final Scenario scenario;
    private final int mx;
    private final int mz;
    private final int oa;
    private final int ob;
    private final int oc;
    private final int alphas;
    private final int gammas;
    private final int outcomes;
    /** alphaDigits[ᾱ·mx + x] = α_x. */
    private final int[] alphaDigits;
    /** gammaDigits[γ̄·mz + z] = γ_z. */
    private final int[] gammaDigits;
    private final MixedRadix digits;

    private SwappingStrategies(Scenario scenario) {
        if (scenario.parties() != 3 || scenario.inputs(1) != 1) {
            throw new IllegalArgumentException("the entanglement-swapping network needs three parties A, B, C with B having a single input"
                    + " (\"inputs\": [mx, 1, mz]), got scenario " + scenario);
        }
        this.scenario = scenario;
        this.mx = scenario.inputs(0);
        this.mz = scenario.inputs(2);
        this.oa = scenario.outputs(0);
        this.ob = scenario.outputs(1);
        this.oc = scenario.outputs(2);
        this.alphas = power(oa, mx);
        this.gammas = power(oc, mz);
        if ((long) alphas * ob * gammas > MAX_STRATEGIES) {
            throw new IllegalArgumentException("the network of scenario " + scenario + " has " + (long) alphas * ob * gammas
                    + " deterministic strategies; at most " + MAX_STRATEGIES + " are supported");
        }
        this.outcomes = scenario.outcomesPerBlock();
        this.alphaDigits = digits(alphas, mx, oa);
        this.gammaDigits = digits(gammas, mz, oc);
        int[] radices = new int[mz + 1 + mx];
        Arrays.fill(radices, 0, mz, oc);
        radices[mz] = ob;
        Arrays.fill(radices, mz + 1, radices.length, oa);
        this.digits = new MixedRadix(radices);
    }

    /** The strategies of the network with the given scenario (three parties, inputs [mx, 1, mz]). */
    public static SwappingStrategies of(Scenario scenario) {
        return new SwappingStrategies(scenario);
    }

    private static int power(int base, int exp) {
        long r = 1;
        for (int i = 0; i < exp; i++) {
            r *= base;
            if (r > MAX_STRATEGIES) {
                throw new IllegalArgumentException("too many deterministic strategies (" + base + "^" + exp + ") for one party");
            }
        }
        return (int) r;
    }

    /** digits[v·length + k] = digit k of v in radix {@code radix}, digit 0 the most significant. */
    private static int[] digits(int count, int length, int radix) {
        int[] d = new int[count * length];
        for (int v = 0; v < count; v++) {
            int rest = v;
            for (int k = length - 1; k >= 0; k--) {
                d[v * length + k] = rest % radix;
                rest /= radix;
            }
        }
        return d;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public MixedRadix digits() {
        return digits;
    }

    /** Number of Alice strategies ᾱ: oa^mx. */
    public int alphaCount() {
        return alphas;
    }

    /** Number of Charlie strategies γ̄: oc^mz. */
    public int gammaCount() {
        return gammas;
    }

    /** Number of Bob outputs β: ob. */
    public int betaCount() {
        return ob;
    }

    /** The index λ of the strategy (ᾱ, β, γ̄). */
    public int strategy(int alpha, int beta, int gamma) {
        return (alpha * ob + beta) * gammas + gamma;
    }

    /** ᾱ of strategy λ. */
    public int alpha(long strategy) {
        return (int) (strategy / gammas / ob);
    }

    /** β of strategy λ. */
    public int beta(long strategy) {
        return (int) (strategy / gammas % ob);
    }

    /** γ̄ of strategy λ. */
    public int gamma(long strategy) {
        return (int) (strategy % gammas);
    }

    /** α_x: Alice's output for input x under her strategy ᾱ. */
    public int aliceOutput(int alpha, int x) {
        return alphaDigits[alpha * mx + x];
    }

    /** γ_z: Charlie's output for input z under his strategy γ̄. */
    public int charlieOutput(int gamma, int z) {
        return gammaDigits[gamma * mz + z];
    }

    /** ᾱ as the paper writes it in subscripts: the digits α_0 α_1 …, e.g. {@code 01}. */
    public String alphaName(int alpha) {
        return name(alphaDigits, alpha, mx, oa);
    }

    /** γ̄ as digits γ_0 γ_1 …. */
    public String gammaName(int gamma) {
        return name(gammaDigits, gamma, mz, oc);
    }

    private static String name(int[] digits, int v, int length, int radix) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            s.append(k > 0 && radix > 10 ? "," : "").append(digits[v * length + k]);
        }
        return s.toString();
    }

    @Override
    public void column(int[] strategy, int[] entries) {
        columnAt(digits.index(strategy), entries);
    }

    /** {@link #column} of the strategy with index λ. */
    public void columnAt(long strategy, int[] entries) {
        int alpha = alpha(strategy);
        int b = beta(strategy);
        int gamma = gamma(strategy);
        for (int x = 0; x < mx; x++) {
            int a = alphaDigits[alpha * mx + x];
            for (int z = 0; z < mz; z++) {
                int c = gammaDigits[gamma * mz + z];
                entries[x * mz + z] = (x * mz + z) * outcomes + (a * ob + b) * oc + c;
            }
        }
    }

    /** {@code a(x)}, {@code b} (no input) and {@code c(z)}. */
    @Override
    public List<ResponseFunction> responses(int[] strategy) {
        long lambda = digits.index(strategy);
        int alpha = alpha(lambda);
        int gamma = gamma(lambda);
        return List.of(new ResponseFunction("a", List.of("x"), new int[] {mx}, Arrays.copyOfRange(alphaDigits, alpha * mx, alpha * mx + mx)),
                new ResponseFunction("b", List.of(), new int[0], new int[] {beta(lambda)}),
                new ResponseFunction("c", List.of("z"), new int[] {mz}, Arrays.copyOfRange(gammaDigits, gamma * mz, gamma * mz + mz)));
    }

    /**
     * Exact maximum of ⟨z, T_λ⟩ over all strategies (w is ignored: no measure rows). For fixed (ᾱ, β) the
     * score Σ_{x,z} z[x,z,α_x,β,γ_z] splits into one term per Charlie input z, each maximised over γ_z
     * independently. Cost |ᾱ|·ob·mz·oc·mx instead of the size of the space.
     */
    @Override
    public void price(double[] z, double[] w, Pricing out) {
        out.reset();
        int[] best = new int[mz];
        int[] strategy = digits.first();
        for (int alpha = 0; alpha < alphas; alpha++) {
            for (int b = 0; b < ob; b++) {
                double total = 0;
                for (int zi = 0; zi < mz; zi++) {
                    double top = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < oc; c++) {
                        double v = 0;
                        for (int x = 0; x < mx; x++) {
                            v += z[(x * mz + zi) * outcomes + (alphaDigits[alpha * mx + x] * ob + b) * oc + c];
                        }
                        if (v > top) {
                            top = v;
                            best[zi] = c;
                        }
                    }
                    total += top;
                }
                if (out.accepts(total)) {
                    int gamma = 0;
                    for (int zi = 0; zi < mz; zi++) {
                        gamma = gamma * oc + best[zi];
                    }
                    digits.digits(strategy(alpha, b, gamma), strategy);
                    out.offer(strategy, total);
                }
            }
        }
    }

    /** The marginal q^a_ᾱ = Σ_{β,γ̄} q_{ᾱβγ̄} of eq. (44); {@code q} (one weight per strategy) is not modified. */
    public double[] aliceMarginal(double[] q) {
        double[] m = new double[alphas];
        for (int l = 0; l < q.length; l++) {
            m[alpha(l)] += q[l];
        }
        return m;
    }

    /** The marginal q^c_γ̄ = Σ_{ᾱ,β} q_{ᾱβγ̄} of eq. (44); {@code q} is not modified. */
    public double[] charlieMarginal(double[] q) {
        double[] m = new double[gammas];
        for (int l = 0; l < q.length; l++) {
            m[gamma(l)] += q[l];
        }
        return m;
    }

    /** The marginal q^ac_{ᾱγ̄} = Σ_β q_{ᾱβγ̄} of eq. (44), at index ᾱ·|γ̄| + γ̄; {@code q} is not modified. */
    public double[] acMarginal(double[] q) {
        double[] m = new double[alphas * gammas];
        for (int l = 0; l < q.length; l++) {
            m[alpha(l) * gammas + gamma(l)] += q[l];
        }
        return m;
    }

    /**
     * The non-bilocality of a strategy distribution, eq. (46):
     * <pre>  M_BL(q) = Σ_{ᾱ,γ̄} |q^ac_{ᾱγ̄} − q^a_ᾱ q^c_γ̄|,</pre>
     * zero exactly when the hidden variables of A and C are independent (eq. 45). {@code q} is not modified.
     */
    public double nonBilocality(double[] q) {
        double[] qa = aliceMarginal(q);
        double[] qc = charlieMarginal(q);
        double[] qac = acMarginal(q);
        double m = 0;
        for (int alpha = 0; alpha < alphas; alpha++) {
            for (int gamma = 0; gamma < gammas; gamma++) {
                m += Math.abs(qac[alpha * gammas + gamma] - qa[alpha] * qc[gamma]);
            }
        }
        return m;
    }

    /** The behaviour T q produced by the strategy distribution {@code q} (not modified). */
    public double[] behaviour(double[] q) {
        double[] p = new double[scenario.size()];
        int[] entries = new int[scenario.inputBlocks()];
        for (int l = 0; l < q.length; l++) {
            if (q[l] != 0) {
                columnAt(l, entries);
                for (int e : entries) {
                    p[e] += q[l];
                }
            }
        }
        return p;
    }
}
