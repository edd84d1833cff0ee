package relax.core.locality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import relax.core.Scenario;
import relax.core.strategy.MixedRadix;
import relax.core.strategy.Pricing;
import relax.core.strategy.ResponseFunction;
import relax.core.strategy.StrategySpace;

/**
 * The deterministic local strategies of an N-party Bell scenario (Chaves et al. 2015, eq. 2 and Fig. 1a; also
 * the λ of the measurement-dependence model of Fig. 1e, eq. 40): λ = (α^{(1)}, …, α^{(N)}), where
 * party i answers input x with output α^{(i)}_x. So T_{(a,x),λ} = Π_i δ(a_i, α^{(i)}_{x_i}).
 *
 * <p>Digits ({@link MixedRadix}, digit 0 least significant): party N's outputs α^{(N)}_0 … first, then
 * party N−1's, …, party 1's last. So the index is λ = Σ_i σ_i · Π_{j&gt;i} o_j^{m_j} with party i's
 * response function σ_i = Σ_x α^{(i)}_x · o_i^x; the index-based methods ({@link #outcomes(long, int[])},
 * {@link #producing}) use this index. There are Π_i o_i^{m_i} strategies.
 *
 * <p>No measure is attached ({@link #measureRows()} is 0): as a {@link StrategySpace} it answers the
 * plain locality question for any number of parties; {@link #outcome} serves the measurement-dependence
 * LP, which attaches its own measure. Pricing enumerates the space. Immutable.
 */
public final class LhvStrategies implements StrategySpace {
    /** Largest space this class indexes (pricing and the measurement-dependence search enumerate it). */
    public static final long LIMIT = 1L << 30;

    private final Scenario scenario;
    private final int parties;
    private final int blocks;
    private final long size;
    /** Number of response functions of each party, o_i^{m_i}. */
    private final int[] functions;
    /** Place value of party i in λ. */
    private final long[] place;
    /** response[i][σ·m_i + x] = α^{(i)}_x of response function σ. */
    private final int[][] response;
    /** blockInput[s·N + i] = x_i of input block s. */
    private final int[] blockInput;
    /** Place value of party i's output in an outcome index. */
    private final int[] outcomeStride;
    /** Position of α^{(i)}_0 among the digits. */
    private final int[] digitOffset;
    private final MixedRadix digits;

    /** The strategies of {@code scenario}; rejects spaces above {@link #LIMIT}. */
    public LhvStrategies(Scenario scenario) {
        this.scenario = scenario;
        this.parties = scenario.parties();
        this.blocks = scenario.inputBlocks();
        this.functions = new int[parties];
        this.place = new long[parties];
        this.response = new int[parties][];
        long n = 1;
        for (int i = parties - 1; i >= 0; i--) {
            long f = 1;
            for (int x = 0; x < scenario.inputs(i); x++) {
                f *= scenario.outputs(i);
                if (f > LIMIT) {
                    break;
                }
            }
            if (f > LIMIT || n * f > LIMIT) {
                throw new IllegalArgumentException("scenario " + scenario + " has more than 2^30 deterministic local strategies; too many to search");
            }
            functions[i] = (int) f;
            place[i] = n;
            n *= f;
            int m = scenario.inputs(i);
            response[i] = new int[functions[i] * m];
            for (int sigma = 0; sigma < functions[i]; sigma++) {
                int v = sigma;
                for (int x = 0; x < m; x++) {
                    response[i][sigma * m + x] = v % scenario.outputs(i);
                    v /= scenario.outputs(i);
                }
            }
        }
        this.size = n;
        this.blockInput = new int[blocks * parties];
        int[] x = new int[parties];
        for (int s = 0; s < blocks; s++) {
            scenario.decodeBlock(s, x);
            System.arraycopy(x, 0, blockInput, s * parties, parties);
        }
        this.outcomeStride = new int[parties];
        int stride = 1;
        for (int i = parties - 1; i >= 0; i--) {
            outcomeStride[i] = stride;
            stride *= scenario.outputs(i);
        }
        this.digitOffset = new int[parties];
        int length = 0;
        for (int i = parties - 1; i >= 0; i--) {
            digitOffset[i] = length;
            length += scenario.inputs(i);
        }
        int[] radices = new int[length];
        for (int i = 0; i < parties; i++) {
            Arrays.fill(radices, digitOffset[i], digitOffset[i] + scenario.inputs(i), scenario.outputs(i));
        }
        this.digits = new MixedRadix(radices);
    }

    @Override
    public MixedRadix digits() {
        return digits;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }


    /** α^{(party)}_x of a strategy. */
    public int output(int[] strategy, int party, int x) {
        return strategy[digitOffset[party] + x];
    }

    /** The row-major outcome index of the output tuple a strategy produces on input block {@code block}. */
    public int outcome(int[] strategy, int block) {
        int o = 0;
        for (int i = 0; i < parties; i++) {
            o += strategy[digitOffset[i] + blockInput[block * parties + i]] * outcomeStride[i];
        }
        return o;
    }

    /**
     * Writes into {@code out} (length = number of input blocks) the outcome index that the strategy of
     * index λ ({@code digits().index}) produces on every input block; {@code out} is modified. No
     * allocation: the enumerating searches of measurement dependence use it.
     */
    public void outcomes(long strategy, int[] out) {
        for (int s = 0; s < blocks; s++) {
            out[s] = 0;
        }
        for (int i = 0; i < parties; i++) {
            int m = scenario.inputs(i);
            int base = (int) (strategy / place[i] % functions[i]) * m;
            int[] r = response[i];
            for (int s = 0; s < blocks; s++) {
                out[s] += r[base + blockInput[s * parties + i]] * outcomeStride[i];
            }
        }
    }

    /**
     * The index of a strategy that produces outcome {@code outcome} on input block {@code block} (every
     * other output 0).
     */
    public long producing(int block, int outcome) {
        int[] a = new int[parties];
        scenario.decodeOutcome(outcome, a);
        long lambda = 0;
        for (int i = 0; i < parties; i++) {
            int x = blockInput[block * parties + i];
            long sigma = a[i];
            for (int k = 0; k < x; k++) {
                sigma *= scenario.outputs(i);
            }
            lambda += sigma * place[i];
        }
        return lambda;
    }

    @Override
    public void column(int[] strategy, int[] entries) {
        int k = scenario.outcomesPerBlock();
        for (int s = 0; s < blocks; s++) {
            entries[s] = s * k + outcome(strategy, s);
        }
    }

    /** One response per party: {@code a(x)}, {@code b(y)}, {@code c(z)}, …. */
    @Override
    public List<ResponseFunction> responses(int[] strategy) {
        List<ResponseFunction> r = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            int m = scenario.inputs(i);
            r.add(new ResponseFunction(Scenario.outputSymbol(i), List.of(scenario.inputSymbol(i)), new int[] {m},
                    Arrays.copyOfRange(strategy, digitOffset[i], digitOffset[i] + m)));
        }
        return r;
    }

    /** Exact by enumeration: ⟨z, T_λ⟩ summed block by block in a fixed order (no measure rows, w unused). */
    @Override
    public void price(double[] z, double[] w, Pricing out) {
        out.reset();
        int[] o = new int[blocks];
        int[] strategy = digits.first();
        int k = scenario.outcomesPerBlock();
        for (long lambda = 0; lambda < size; lambda++) {
            outcomes(lambda, o);
            double v = 0;
            for (int s = 0; s < blocks; s++) {
                v += z[s * k + o[s]];
            }
            if (out.accepts(v)) {
                digits.digits(lambda, strategy);
                out.offer(strategy, v);
            }
        }
    }
}
