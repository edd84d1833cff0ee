package relax.core.microstate;

import java.util.Arrays;
import java.util.List;
import relax.core.Scenario;
import relax.core.locality.LocalityStrategies;
import relax.core.strategy.MixedRadix;
import relax.core.strategy.Pricing;
import relax.core.strategy.ResponseFunction;
import relax.core.strategy.StrategySpace;

/**
 * The LP of minimal microstate dependence (docs/microstate-independence.md, §6, Lemma 3): the deterministic
 * strategies λ = (α, β) of the X→B or A→B kind (Chaves et al. 2015, Fig. 1c, 1b; the same T, eq. 28, and the
 * same digits as {@link LocalityStrategies}), Bob answering b = β[v][y] with v = x or v = a = α_x, and
 * measure rows that count when Bob's response differs between the two values of v:
 * <pre>
 *   D(λ_b on v):      one row,         C_λ   = [β[0][·] ≠ β[1][·]]      (his whole response function y ↦ b differs)
 *   D(λ_b on v | y):  one row per y,   C_y,λ = [β[0][y] ≠ β[1][y]]
 * </pre>
 * A maximal coupling of the microstate's two distributions turns every model of the microstate class into
 * a distribution q over these strategies with the same measure, and back, so min t s.t. T q = p, C q ≤ t is
 * the minimal dependence. This needs exactly two values of v (two settings of Alice for the x kinds, two
 * results for the a kinds): three or more distributions need not admit a coupling attaining every pairwise
 * distance, and the LP would only bound the measure from above; the constructor refuses them.
 *
 * <p>For two results the rows of the y-kinds are those of C_X→B and C_A→B (eqs. 29, 4); with more results
 * they count a change of b, where Chaves' rows count a change of one δ(b, ·), so the two measures differ.
 */
public final class MicrostateStrategies implements StrategySpace {
    private final MicrostateMeasure measure;
    private final LocalityStrategies base;
    private final int mx;
    private final int my;
    private final int oa;
    private final int ob;
    /** Whether Bob's extra parent is Alice's setting (else her result). */
    private final boolean onX;

    /**
     * @throws IllegalArgumentException unless the scenario is bipartite and λ_b's far variable takes two values
     */
    public MicrostateStrategies(MicrostateMeasure measure, Scenario scenario) {
        this.measure = measure;
        this.base = measure.kind().strategies(scenario);
        this.mx = scenario.inputs(0);
        this.my = scenario.inputs(1);
        this.oa = scenario.outputs(0);
        this.ob = scenario.outputs(1);
        this.onX = measure.far().equals("x");
        if (base.parentValues() != 2) {
            String what = measure.far().equals("x") ? "settings of Alice" : "results of Alice";
            throw new IllegalArgumentException("minimal microstate dependence on " + measure.far() + " is computed for two " + what + ", the scenario has "
                    + base.parentValues() + " (with more, no coupling need attain every pairwise distance and the LP would only bound the measure "
                    + "from above; docs/microstate-independence.md)");
        }
    }

    public MicrostateMeasure measure() {
        return measure;
    }

    @Override
    public Scenario scenario() {
        return base.scenario();
    }

    /** The digits of {@link LocalityStrategies}: α_0 … α_{mx−1}, then β[v][y] at mx + 2y + v. */
    @Override
    public MixedRadix digits() {
        return base.digits();
    }

    @Override
    public void column(int[] strategy, int[] entries) {
        base.column(strategy, entries);
    }

    @Override
    public int measureRows() {
        return measure.givenY() ? my : 1;
    }

    @Override
    public void measureCounts(int[] strategy, int[] counts) {
        if (measure.givenY()) {
            for (int y = 0; y < my; y++) {
                counts[y] = strategy[mx + 2 * y] != strategy[mx + 2 * y + 1] ? 1 : 0;
            }
            return;
        }
        int differs = 0;
        for (int y = 0; y < my && differs == 0; y++) {
            differs = strategy[mx + 2 * y] != strategy[mx + 2 * y + 1] ? 1 : 0;
        }
        counts[0] = differs;
    }

    @Override
    public String measureRowLabel(int row) {
        String v = measure.far();
        if (measure.givenY()) {
            if (row < 0 || row >= my) {
                throw new IllegalArgumentException("no measure row " + row);
            }
            return "[b(" + v + "=0,y=" + row + ") != b(" + v + "=1,y=" + row + ")]";
        }
        if (row != 0) {
            throw new IllegalArgumentException("no measure row " + row);
        }
        return "[b(" + v + "=0,.) != b(" + v + "=1,.)]";
    }

    @Override
    public List<ResponseFunction> responses(int[] strategy) {
        return base.responses(strategy);
    }

    /**
     * Exact maximisation of ⟨z, T_λ⟩ − ⟨w, C_λ⟩. For fixed α, lump c_v[y][b] = Σ_{x: v(x) = v} z[x, y, α_x, b];
     * a strategy then scores Σ_y (c_0[y][β[0][y]] + c_1[y][β[1][y]]) − penalty. The best response either
     * keeps β[0] = β[1] (score Σ_y max_b (c_0 + c_1)[y][b], no penalty) or lets them differ (score
     * Σ_y max c_0[y] + Σ_y max c_1[y] − w, per y for the y-kinds); the second is chosen only when strictly
     * better, which forces its maximisers to differ, so every offered score is the strategy's exact score.
     * Cost: oa^mx · my · (mx·ob + 3·ob) operations; no allocation per strategy.
     */
    @Override
    public void price(double[] z, double[] w, Pricing out) {
        out.reset();
        double[] c = new double[2 * my * ob];
        int[] alpha = new int[mx];
        int[] strategy = digits().first();
        int[] same = new int[my];
        int[] first = new int[my];
        int[] second = new int[my];
        double[] sameScore = new double[my];
        double[] differScore = new double[my];
        do {
            Arrays.fill(c, 0);
            for (int x = 0; x < mx; x++) {
                int v = onX ? x : alpha[x];
                for (int y = 0; y < my; y++) {
                    int entry = ((x * my + y) * oa + alpha[x]) * ob;
                    int target = (v * my + y) * ob;
                    for (int b = 0; b < ob; b++) {
                        c[target + b] += z[entry + b];
                    }
                }
            }
            for (int y = 0; y < my; y++) {
                int c0 = y * ob;
                int c1 = (my + y) * ob;
                double bestSame = Double.NEGATIVE_INFINITY;
                double best0 = Double.NEGATIVE_INFINITY;
                double best1 = Double.NEGATIVE_INFINITY;
                for (int b = 0; b < ob; b++) {
                    double s = c[c0 + b] + c[c1 + b];
                    if (s > bestSame) {
                        bestSame = s;
                        same[y] = b;
                    }
                    if (c[c0 + b] > best0) {
                        best0 = c[c0 + b];
                        first[y] = b;
                    }
                    if (c[c1 + b] > best1) {
                        best1 = c[c1 + b];
                        second[y] = b;
                    }
                }
                sameScore[y] = bestSame;
                differScore[y] = best0 + best1;
            }
            System.arraycopy(alpha, 0, strategy, 0, mx);
            double total = 0;
            if (measure.givenY()) {
                for (int y = 0; y < my; y++) {
                    boolean differ = differScore[y] - w[y] > sameScore[y];
                    total += differ ? differScore[y] - w[y] : sameScore[y];
                    strategy[mx + 2 * y] = differ ? first[y] : same[y];
                    strategy[mx + 2 * y + 1] = differ ? second[y] : same[y];
                }
            } else {
                double keep = 0;
                double change = 0;
                for (int y = 0; y < my; y++) {
                    keep += sameScore[y];
                    change += differScore[y];
                }
                change -= w[0];
                boolean differ = change > keep;
                total = differ ? change : keep;
                for (int y = 0; y < my; y++) {
                    strategy[mx + 2 * y] = differ ? first[y] : same[y];
                    strategy[mx + 2 * y + 1] = differ ? second[y] : same[y];
                }
            }
            out.offer(strategy, total);
        } while (nextAlpha(alpha));
    }

    /** Advances Alice's response α (odometer over oa^mx); false after the last. */
    private boolean nextAlpha(int[] alpha) {
        for (int x = 0; x < mx; x++) {
            if (++alpha[x] < oa) {
                return true;
            }
            alpha[x] = 0;
        }
        return false;
    }
}
