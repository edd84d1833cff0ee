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
 * Deterministic strategies of the bipartite locality structures of Chaves et al. (2015), Fig. 1a–d.
 *
 * <p>A strategy is λ = (α, μ, β):
 * <ul>
 *   <li>α = (α_0 … α_{mx−1}): Alice outputs a = α_x;</li>
 *   <li>μ = (μ_0 … μ_{mx−1}) ∈ {0,1}^mx, only for {@link CausalModel#COMMUNICATION}: the message
 *       m = μ_x. A message m = h(x, a, λ) depends on a only through a = α_x, so μ_x covers every
 *       message function (eq. 39);</li>
 *   <li>β[v][y]: Bob outputs b = β[π(x, λ)][y], where the parent value π is 0 for LHV (Fig. 1a),
 *       x for X→B (Fig. 1c), a = α_x for A→B (Fig. 1b) and m = μ_x for communication (Fig. 1d).</li>
 * </ul>
 * So T_{(a,b,x,y),λ} = δ(a, α_x) δ(b, β[π(x,λ)][y]) (eq. 28). The intervention do(π = v) replaces
 * Bob's parent by v: p(b | do(v), y, λ) = δ(b, β[v][y]) ({@link #bobResponse}), and the direct
 * causal influence rows are (eqs. 4, 29, 30)
 * <pre>  C_{(v,v',y,b),λ} = |δ(b, β[v][y]) − δ(b, β[v'][y])|,   v &lt; v',</pre>
 * one row per pair of parent values, y and b (for two outputs the rows of b = 0 and b = 1 coincide,
 * so only b = 0 is kept). For communication the single row is p(m=0|λ) = #{x : μ_x = 0}/mx.
 *
 * <p>Digits ({@link MixedRadix}, digit 0 least significant): α_0 … α_{mx−1} (radix oa); for
 * communication μ_0 … μ_{mx−1} (radix 2); then β[v][y] for y = 0 … my−1 and, within each y, v = 0 … P−1
 * (radix ob), where P is the number of values of Bob's extra parent. So the index, where it exists, is
 * λ = α + |α|·(μ + |μ|·Σ_y s_y·S^y) with α = Σ_x α_x·oa^x, μ = Σ_x μ_x·2^x, Bob's response slice
 * s_y = Σ_v β[v][y]·ob^v for input y and S = ob^P slices.
 *
 * <p>Size limit: a scenario whose exact pricing search ({@link #price}) would take more than
 * 2^{@value #SEARCHED_WORK} operations per call is refused at construction with that estimate, before anything
 * is allocated (the same limit as {@link relax.core.structure.StructureStrategies} for causal-structure files);
 * column generation calls the search hundreds of times, and an influence functional's no-signalling check a
 * few times per condition.
 */
public final class LocalityStrategies implements StrategySpace {
    /** Largest number of response functions of one party (or slices of Bob's) the pricing search tabulates. */
    private static final int TABLE_LIMIT = 1 << 26;
    /** log2 of the largest estimated work (operations) of one pricing call; larger scenarios are refused. */
    public static final int SEARCHED_WORK = 30;

    private final CausalModel model;
    private final Scenario scenario;
    private final int mx;
    private final int my;
    private final int oa;
    private final int ob;
    private final int parents;
    private final int alphaCount;
    private final int muCount;
    private final int slices;
    private final int muOffset;
    private final int betaOffset;
    private final MixedRadix digits;
    private final int bValues;
    private final int pairs;
    /** alphaDigits[α·mx + x] = α_x. */
    private final int[] alphaDigits;
    /** sliceDigits[s·P + v] = β[v] within slice s. */
    private final int[] sliceDigits;
    /** Counts of the measure rows of one y for each slice (X→B and A→B): sliceRowCounts[s·pairs·bValues + k]. */
    private final int[] sliceRowCounts;

    LocalityStrategies(CausalModel model, Scenario scenario) {
        if (scenario.parties() != 2) {
            throw new IllegalArgumentException("the " + model.key() + " model needs a bipartite scenario, got " + scenario.parties() + " parties");
        }
        this.model = model;
        this.scenario = scenario;
        this.mx = scenario.inputs(0);
        this.my = scenario.inputs(1);
        this.oa = scenario.outputs(0);
        this.ob = scenario.outputs(1);
        this.parents = switch (model) {
            case LHV -> 1;
            case X_TO_B -> mx;
            case A_TO_B -> oa;
            case COMMUNICATION -> 2;
        };
        refuseIfTooLarge(model, scenario, parents);
        this.alphaCount = intPower(oa, mx, "Alice's strategies");
        this.muCount = model == CausalModel.COMMUNICATION ? intPower(2, mx, "message functions") : 1;
        this.slices = intPower(ob, parents, "Bob's responses per input");
        this.muOffset = mx;
        this.betaOffset = mx + (model == CausalModel.COMMUNICATION ? mx : 0);
        int[] radices = new int[betaOffset + my * parents];
        Arrays.fill(radices, 0, mx, oa);
        Arrays.fill(radices, mx, betaOffset, 2);
        Arrays.fill(radices, betaOffset, radices.length, ob);
        this.digits = new MixedRadix(radices);
        this.bValues = ob == 2 ? 1 : ob;
        this.pairs = model == CausalModel.X_TO_B || model == CausalModel.A_TO_B ? parents * (parents - 1) / 2 : 0;
        this.alphaDigits = table(alphaCount, mx, oa);
        this.sliceDigits = table(slices, parents, ob);
        this.sliceRowCounts = new int[pairs == 0 ? 0 : slices * pairs * bValues];
        for (int s = 0; s < slices && pairs > 0; s++) {
            int k = 0;
            for (int v = 0; v < parents; v++) {
                for (int v2 = v + 1; v2 < parents; v2++) {
                    int bv = sliceDigits[s * parents + v];
                    int bv2 = sliceDigits[s * parents + v2];
                    for (int b = 0; b < bValues; b++) {
                        sliceRowCounts[s * pairs * bValues + k++] = (bv == b) != (bv2 == b) ? 1 : 0;
                    }
                }
            }
        }
    }

    /**
     * The estimated operations of one {@link #price} call: |α|·|μ|·my·(mx·ob + S·P) for the search plus my·S·pairs·b
     * for the slice penalties, with |α| = oa^mx, |μ| = 2^mx (communication) or 1, S = ob^P slices.
     */
    static double pricingWork(CausalModel model, Scenario scenario, int parents) {
        int mx = scenario.inputs(0);
        int my = scenario.inputs(1);
        int ob = scenario.outputs(1);
        double alphas = Math.pow(scenario.outputs(0), mx);
        double mus = model == CausalModel.COMMUNICATION ? Math.pow(2, mx) : 1;
        double slices = Math.pow(ob, parents);
        double penalties = my * slices * (parents * (parents - 1) / 2.0) * (ob == 2 ? 1 : ob);
        return alphas * mus * my * (mx * (double) ob + slices * parents) + penalties;
    }

    /** Refuses, with the estimate, a scenario whose pricing search exceeds 2^{@value #SEARCHED_WORK} operations. */
    private static void refuseIfTooLarge(CausalModel model, Scenario scenario, int parents) {
        double work = pricingWork(model, scenario, parents);
        if (work > Math.scalb(1.0, SEARCHED_WORK)) {
            String estimate = Double.isFinite(work)
                    ? String.format(java.util.Locale.ROOT, "about %.2e (2^%.2f)", work, Math.log(work) / Math.log(2)) : "more than 1e308";
            throw new IllegalArgumentException("the " + model.key() + " model in scenario " + scenario + " is too large: its exact search for the best strategy"
                    + " would take " + estimate + " operations per call, and column generation makes hundreds of calls; at most 2^" + SEARCHED_WORK
                    + " per call are searched: use fewer inputs, or merge outputs");
        }
    }

    private static int intPower(int base, int exp, String what) {
        long r = 1;
        for (int i = 0; i < exp; i++) {
            r *= base;
            if (r > TABLE_LIMIT) {
                throw new IllegalArgumentException("too many " + what + " (" + base + "^" + exp + ") to search");
            }
        }
        return (int) r;
    }

    /** table[i·length + k] = digit k of i in radix {@code radix}, digit 0 least significant. */
    private static int[] table(int count, int length, int radix) {
        int[] d = new int[count * length];
        for (int i = 0; i < count; i++) {
            int v = i;
            for (int k = 0; k < length; k++) {
                d[i * length + k] = v % radix;
                v /= radix;
            }
        }
        return d;
    }

    public CausalModel model() {
        return model;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public MixedRadix digits() {
        return digits;
    }

    /** α_x of a strategy: Alice's output for input x. */
    public int aliceOutput(int[] strategy, int x) {
        return strategy[x];
    }

    /** μ_x of a strategy (communication only; 0 otherwise): the message sent for input x. */
    public int message(int[] strategy, int x) {
        return model == CausalModel.COMMUNICATION ? strategy[muOffset + x] : 0;
    }

    /** Bob's parent value π(x, λ): 0 (LHV), x (X→B), α_x (A→B) or μ_x (communication). */
    public int parentValue(int[] strategy, int x) {
        return switch (model) {
            case LHV -> 0;
            case X_TO_B -> x;
            case A_TO_B -> strategy[x];
            case COMMUNICATION -> strategy[muOffset + x];
        };
    }

    /** Number of values Bob's extra parent takes (1 for LHV). */
    public int parentValues() {
        return parents;
    }

    /** Bob's output under the intervention do(π = v) with input y: p(b | do(v), y, λ) = δ(b, β[v][y]). */
    public int bobResponse(int[] strategy, int v, int y) {
        return strategy[betaOffset + y * parents + v];
    }

    @Override
    public void column(int[] strategy, int[] entries) {
        for (int x = 0; x < mx; x++) {
            int a = strategy[x];
            int v = parentValue(strategy, x);
            for (int y = 0; y < my; y++) {
                int b = strategy[betaOffset + y * parents + v];
                entries[x * my + y] = ((x * my + y) * oa + a) * ob + b;
            }
        }
    }

    @Override
    public int measureRows() {
        return switch (model) {
            case LHV -> 0;
            case X_TO_B, A_TO_B -> pairs * my * bValues;
            case COMMUNICATION -> 1;
        };
    }

    @Override
    public int measureScale() {
        return model == CausalModel.COMMUNICATION ? mx : 1;
    }

    @Override
    public void measureCounts(int[] strategy, int[] counts) {
        if (model == CausalModel.COMMUNICATION) {
            int zeros = 0;
            for (int x = 0; x < mx; x++) {
                zeros += 1 - strategy[muOffset + x];
            }
            counts[0] = zeros;
            return;
        }
        int perY = pairs * bValues;
        for (int y = 0; y < my && perY > 0; y++) {
            int s = 0;
            for (int v = parents - 1; v >= 0; v--) {
                s = s * ob + strategy[betaOffset + y * parents + v];
            }
            System.arraycopy(sliceRowCounts, s * perY, counts, y * perY, perY);
        }
    }

    @Override
    public String measureRowLabel(int r) {
        if (model == CausalModel.COMMUNICATION) {
            return "p(m=0)";
        }
        int bIndex = r % bValues;
        int pair = (r / bValues) % pairs;
        int y = r / bValues / pairs;
        int k = 0;
        for (int v = 0; v < parents; v++) {
            for (int v2 = v + 1; v2 < parents; v2++) {
                if (k++ == pair) {
                    String p = model.parentSymbol();
                    return String.format("|p(b=%d|do(%s=%d),y=%d) - p(b=%d|do(%s=%d),y=%d)|", bIndex, p, v, y, bIndex, p, v2, y);
                }
            }
        }
        throw new IllegalArgumentException("no measure row " + r);
    }

    /** a(x); m(x) for communication; b(y) for LHV, else b(π,y) with π = x, a or m. */
    @Override
    public List<ResponseFunction> responses(int[] strategy) {
        List<ResponseFunction> r = new ArrayList<>();
        r.add(new ResponseFunction("a", List.of("x"), new int[] {mx}, Arrays.copyOfRange(strategy, 0, mx)));
        if (model == CausalModel.COMMUNICATION) {
            r.add(new ResponseFunction("m", List.of("x"), new int[] {mx}, Arrays.copyOfRange(strategy, muOffset, muOffset + mx)));
        }
        int[] b = new int[parents * my];
        for (int v = 0; v < parents; v++) {
            for (int y = 0; y < my; y++) {
                b[v * my + y] = strategy[betaOffset + y * parents + v];
            }
        }
        r.add(model == CausalModel.LHV ? new ResponseFunction("b", List.of("y"), new int[] {my}, b)
                : new ResponseFunction("b", List.of(model.parentSymbol(), "y"), new int[] {parents, my}, b));
        return r;
    }

    /**
     * Exact maximisation of ⟨z, T_λ⟩ − ⟨w, counts_λ⟩. Once α (and μ) are fixed the objective splits
     * into one independent term per Bob input y, each maximised over Bob's ob^P response slices; the
     * influence penalty of a slice depends on neither α nor the other y, so it is computed once. Within
     * a term, the inputs x that give Bob the same parent value v are lumped first:
     * c_v[b] = Σ_{x: π(x) = v} z[x, y, α_x, b], so a slice s scores Σ_v c_v[β_s(v)] − penalty_y(s).
     * Cost: |α|·|μ|·my·(mx·ob + S·P) operations instead of the size of the space; no allocation per
     * strategy, and the digits of a strategy are written only when it is kept.
     */
    @Override
    public void price(double[] z, double[] w, Pricing out) {
        out.reset();
        int perY = pairs * bValues;
        double[] penalty = new double[my * slices];
        for (int y = 0; y < my && perY > 0; y++) {
            for (int s = 0; s < slices; s++) {
                double pen = 0;
                int base = s * perY;
                for (int k = 0; k < perY; k++) {
                    if (sliceRowCounts[base + k] != 0) {
                        pen += w[y * perY + k];
                    }
                }
                penalty[y * slices + s] = pen;
            }
        }
        double[] lumped = new double[parents * ob];
        int[] bestSlice = new int[my];
        int[] strategy = digits.first();
        for (int alpha = 0; alpha < alphaCount; alpha++) {
            int aBase = alpha * mx;
            for (int mu = 0; mu < muCount; mu++) {
                double total = model == CausalModel.COMMUNICATION ? -w[0] * (mx - Integer.bitCount(mu)) : 0;
                for (int y = 0; y < my; y++) {
                    Arrays.fill(lumped, 0);
                    for (int x = 0; x < mx; x++) {
                        int a = alphaDigits[aBase + x];
                        int entry = ((x * my + y) * oa + a) * ob;
                        int target = parent(x, a, mu) * ob;
                        for (int b = 0; b < ob; b++) {
                            lumped[target + b] += z[entry + b];
                        }
                    }
                    double best = Double.NEGATIVE_INFINITY;
                    int arg = 0;
                    int pBase = y * slices;
                    for (int s = 0; s < slices; s++) {
                        double v = -penalty[pBase + s];
                        int sBase = s * parents;
                        for (int p = 0; p < parents; p++) {
                            v += lumped[p * ob + sliceDigits[sBase + p]];
                        }
                        if (v > best) {
                            best = v;
                            arg = s;
                        }
                    }
                    total += best;
                    bestSlice[y] = arg;
                }
                if (out.accepts(total)) {
                    System.arraycopy(alphaDigits, aBase, strategy, 0, mx);
                    for (int x = 0; x < mx && model == CausalModel.COMMUNICATION; x++) {
                        strategy[muOffset + x] = (mu >> x) & 1;
                    }
                    for (int y = 0; y < my; y++) {
                        System.arraycopy(sliceDigits, bestSlice[y] * parents, strategy, betaOffset + y * parents, parents);
                    }
                    out.offer(strategy, total);
                }
            }
        }
    }

    private int parent(int x, int a, int mu) {
        return switch (model) {
            case LHV -> 0;
            case X_TO_B -> x;
            case A_TO_B -> a;
            case COMMUNICATION -> (mu >> x) & 1;
        };
    }
}
