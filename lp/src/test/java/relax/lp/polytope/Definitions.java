package relax.lp.polytope;

import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LocalityStrategies;

/**
 * Deterministic behaviours and measure rows recomputed from the definitions of the causal structures
 * (Chaves et al. 2015, eqs. 28, 29, 4, 39) through the strategies' digits (α_x, μ_x, β[v][y]), not through
 * {@link StrategyTable}: the independent side of the dual-feasibility and law checks.
 */
final class Definitions {
    private final LocalityStrategies space;
    private final Scenario s;

    Definitions(CausalModel model, Scenario s) {
        this.space = model.strategies(s);
        this.s = s;
    }

    long strategies() {
        return space.size();
    }

    /** Strategy number {@code lambda} in the order of the space's digit tuples. */
    private int[] digits(long lambda) {
        return space.digits().digits(lambda);
    }

    /** Bob's parent π(x, λ): 0 (LHV), x (X→B), α_x (A→B), μ_x (one bit). */
    private int parent(int[] lambda, int x) {
        return switch (space.model()) {
            case LHV -> 0;
            case X_TO_B -> x;
            case A_TO_B -> space.aliceOutput(lambda, x);
            case COMMUNICATION -> space.message(lambda, x);
        };
    }

    /** The entry p(a, b | x, y) strategy λ produces for inputs (x, y) (eq. 28). */
    int entry(long index, int x, int y) {
        int[] lambda = digits(index);
        int a = space.aliceOutput(lambda, x);
        return s.index(x, y, a, space.bobResponse(lambda, parent(lambda, x), y));
    }

    /** The common denominator of the measure rows: mx for p(m=0) (uniform p(x), eq. 39), 1 otherwise. */
    int scale() {
        return space.model() == CausalModel.COMMUNICATION ? s.inputs(0) : 1;
    }

    /**
     * The measure rows times {@link #scale()}, in the order the engine documents: for X→B and A→B one row per
     * y, pair of parent values v &lt; v' and b (only b = 0 for two outputs), |δ(b, β[v][y]) − δ(b, β[v'][y])|
     * (eqs. 29, 4); for one bit the number of inputs x with message μ_x = 0 (eq. 39).
     */
    int[] rows(long index) {
        int[] lambda = digits(index);
        if (space.model() == CausalModel.COMMUNICATION) {
            int zeros = 0;
            for (int x = 0; x < s.inputs(0); x++) {
                zeros += space.message(lambda, x) == 0 ? 1 : 0;
            }
            return new int[] {zeros};
        }
        int values = space.parentValues();
        int bValues = s.outputs(1) == 2 ? 1 : s.outputs(1);
        int[] r = new int[s.inputs(1) * values * (values - 1) / 2 * bValues];
        int k = 0;
        for (int y = 0; y < s.inputs(1); y++) {
            for (int v = 0; v < values; v++) {
                for (int v2 = v + 1; v2 < values; v2++) {
                    for (int b = 0; b < bValues; b++) {
                        boolean d1 = space.bobResponse(lambda, v, y) == b;
                        boolean d2 = space.bobResponse(lambda, v2, y) == b;
                        r[k++] = d1 != d2 ? 1 : 0;
                    }
                }
            }
        }
        return r;
    }

    /**
     * A random behaviour the structure can produce: a mixture of 1–5 random deterministic behaviours with
     * weights k/64 (exact in binary), usually signalling from Alice to Bob.
     */
    BigFraction[] randomBehaviour(Random random) {
        BigFraction[] p = new BigFraction[s.size()];
        java.util.Arrays.fill(p, BigFraction.ZERO);
        int parts = 1 + random.nextInt(5);
        int left = 64;
        for (int k = 0; k < parts; k++) {
            int w = k == parts - 1 ? left : random.nextInt(left + 1);
            left -= w;
            long lambda = (long) (random.nextDouble() * space.size());
            for (int x = 0; x < s.inputs(0); x++) {
                for (int y = 0; y < s.inputs(1); y++) {
                    int e = entry(lambda, x, y);
                    p[e] = p[e].add(new BigFraction(w, 64));
                }
            }
        }
        return p;
    }

    /**
     * A random behaviour with Alice's marginal independent of y (every X→B and one-bit model in a two-input
     * scenario can produce it, Bob seeing x): p(a, b | x, y) = p_A(a | x) · p(b | a, x, y) with two-output
     * factors in multiples of 1/8, so every entry is a multiple of 1/64 (exact in binary).
     */
    BigFraction[] randomAliceNoSignalling(Random random) {
        BigFraction[] p = new BigFraction[s.size()];
        for (int x = 0; x < s.inputs(0); x++) {
            int a0 = random.nextInt(9);
            for (int y = 0; y < s.inputs(1); y++) {
                for (int a = 0; a < 2; a++) {
                    int b0 = random.nextInt(9);
                    int pa = a == 0 ? a0 : 8 - a0;
                    p[s.index(x, y, a, 0)] = new BigFraction(pa * b0, 64);
                    p[s.index(x, y, a, 1)] = new BigFraction(pa * (8 - b0), 64);
                }
            }
        }
        return p;
    }
}
