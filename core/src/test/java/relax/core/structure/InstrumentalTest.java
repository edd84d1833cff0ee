package relax.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The instrumental scenario X → A → B, λ → A, B (docs/causal-structures.md, "The instrumental scenario"), by brute
 * force over its deterministic strategies. p(a, b | x) of a strategy is 1 at (a, b) = (a(x), b(x, a(x))).
 */
class InstrumentalTest {

    /** p(a,b|x) of the strategy {@code digits} as a 0/1 array indexed (x·2 + a)·2 + b. */
    private static int[] point(ResponseTables t, int[] digits, int mx) {
        int[] p = new int[mx * 4];
        int[] values = new int[3];
        for (int x = 0; x < mx; x++) {
            t.evaluate(digits, new int[] {x}, values);
            p[(x * 2 + values[1]) * 2 + values[2]] = 1;
        }
        return p;
    }

    /**
     * Pearl's instrumental inequality max_a Σ_b max_x p(a,b|x) ≤ 1 (Pearl 1995) holds at every deterministic
     * strategy and is attained; the left side is convex in p, so it holds for every classical model.
     */
    @Test
    void pearlsInequalityHoldsAtEveryDeterministicStrategy() {
        for (int mx = 2; mx <= 4; mx++) {
            ResponseTables t = new ResponseTables(Structures.instrumental(mx, false));
            int best = 0;
            int[] d = new int[t.digits()];
            do {
                int[] p = point(t, d, mx);
                for (int a = 0; a < 2; a++) {
                    int sum = 0;
                    for (int b = 0; b < 2; b++) {
                        int max = 0;
                        for (int x = 0; x < mx; x++) {
                            max = Math.max(max, p[(x * 2 + a) * 2 + b]);
                        }
                        sum += max;
                    }
                    best = Math.max(best, sum);
                }
            } while (ResponseTablesTest.next(d, t));
            assertEquals(1, best, "mx = " + mx);
        }
    }

    /** I(p) = p(b=0|x=0) + p(a=1,b=1|x=1) − p(a=b|x=2), the three-setting inequality of the docs, times 1 (integers). */
    private static int inequality(int[] p) {
        return p[0] + p[2] + p[7] - p[8] - p[11];
    }

    /** Classical models obey I ≤ 1 (max over the 2^3·2^2 = 32 deterministic strategies is 1). */
    @Test
    void threeSettingInequalityHoldsClassically() {
        ResponseTables t = new ResponseTables(Structures.instrumental(3, false));
        int best = Integer.MIN_VALUE;
        int[] d = new int[t.digits()];
        int count = 0;
        do {
            best = Math.max(best, inequality(point(t, d, 3)));
            count++;
        } while (ResponseTablesTest.next(d, t));
        assertEquals(32, count);
        assertEquals(1, best);
    }

    /**
     * With X → B relaxed, every one of the 512 strategies obeys I − 1 ≤ C_{x=0; do(0),do(2)} + C_{x=1; do(1),do(2)}
     * (each row |[b(u, a(x)) = 0] − [b(u', a(x)) = 0]|), so every model has I(p) − 1 ≤ 2 C_X→B; and, for every a,
     * reference x0 and choice of x_b, Σ_b [a(x_b) = a][b(x_b, a) = b] − 1 ≤ Σ_b |[b(x_b, a(x_b)) = b] −
     * [b(x0, a(x_b)) = b]|, whence Pearl's left side minus 1 is at most C_X→B (two values of b).
     */
    @Test
    void relaxedStrategiesObeyTheInfluenceBounds() {
        CausalStructure s = Structures.instrumental(3, true);
        ResponseTables t = new ResponseTables(s);
        int b = s.indexOf("b");
        int x = s.indexOf("x");
        int[] d = new int[t.digits()];
        int[] v0 = new int[3];
        int[] v1 = new int[3];
        int count = 0;
        do {
            t.evaluate(d, new int[] {0}, v0);
            t.evaluate(d, new int[] {1}, v1);
            int c0 = t.intervened(d, v0, b, x, 0) != t.intervened(d, v0, b, x, 2) ? 1 : 0;
            int c1 = t.intervened(d, v1, b, x, 1) != t.intervened(d, v1, b, x, 2) ? 1 : 0;
            assertTrue(inequality(point(t, d, 3)) - 1 <= c0 + c1, t.describe(d));
            for (int a = 0; a < 2; a++) {
                for (int x0 = 0; x0 < 3; x0++) {
                    for (int xb0 = 0; xb0 < 3; xb0++) {
                        for (int xb1 = 0; xb1 < 3; xb1++) {
                            int[] xb = {xb0, xb1};
                            int lhs = -1;
                            int rhs = 0;
                            for (int bv = 0; bv < 2; bv++) {
                                int[] vals = new int[3];
                                t.evaluate(d, new int[] {xb[bv]}, vals);
                                lhs += vals[1] == a && vals[2] == bv ? 1 : 0;
                                boolean here = t.intervened(d, vals, b, x, xb[bv]) == bv;
                                boolean there = t.intervened(d, vals, b, x, x0) == bv;
                                rhs += here != there ? 1 : 0;
                            }
                            assertTrue(lhs <= rhs);
                        }
                    }
                }
            }
            count++;
        } while (ResponseTablesTest.next(d, t));
        assertEquals(512, count);
    }

    /** Numbers (r + s√2)/8, exactly. */
    private record Q2(long r, long s) {
        Q2 plus(Q2 o) {
            return new Q2(r + o.r, s + o.s);
        }

        int signum() {
            if (r >= 0 && s >= 0) {
                return r == 0 && s == 0 ? 0 : 1;
            }
            if (r <= 0 && s <= 0) {
                return -1;
            }
            long diff = r * r - 2 * s * s; // sign of |r| − |s|√2
            return r > 0 ? Long.signum(diff) : -Long.signum(diff);
        }
    }

    /**
     * The quantum behaviour of the docs (|Φ+⟩, Alice at angles −π/4, π/2, −3π/4, Bob at 0 for a = 0 and π/2 for
     * a = 1: p(a,b|x) = (1 + (−1)^(a⊕b) cos(α_x − β_a))/4) has I = (1+√2)/2, so it needs C_X→B ≥ (√2−1)/4; the
     * twelve-strategy model below reproduces it exactly in Q(√2) with every influence row at most (√2−1)/4, so the
     * minimum is exactly (√2−1)/4 ≈ 0.1036.
     */
    @Test
    void quantumViolationNeedsRootTwoMinusOneOverFour() {
        Q2 hi = new Q2(2, 1);
        Q2 lo = new Q2(2, -1);
        Q2 quarter = new Q2(2, 0);
        Q2 zero = new Q2(0, 0);
        Q2 half = new Q2(4, 0);
        Q2[] p = {hi, lo, hi, lo, quarter, quarter, zero, half, lo, hi, hi, lo};
        // weights and strategies a(x) for x = 0,1,2 then b(x,a) for (x,a) = 00,01,10,11,20,21
        Q2 eighth = new Q2(1, 0);
        Q2 w1 = new Q2(2, -1);
        Q2 w2 = new Q2(-1, 1);
        Q2 w3 = new Q2(0, 1);
        Object[][] model = {
            {eighth, new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0}},
            {w1, new int[] {0, 1, 0, 0, 1, 0, 1, 0, 1}},
            {w2, new int[] {0, 1, 0, 0, 1, 1, 1, 1, 1}},
            {w1, new int[] {0, 1, 0, 1, 1, 1, 1, 1, 1}},
            {w2, new int[] {0, 1, 1, 0, 0, 0, 1, 0, 0}},
            {w2, new int[] {0, 1, 1, 0, 1, 0, 1, 0, 0}},
            {w1, new int[] {0, 1, 1, 0, 1, 0, 1, 0, 1}},
            {w3, new int[] {1, 0, 0, 1, 0, 1, 0, 1, 0}},
            {eighth, new int[] {1, 0, 1, 0, 0, 0, 0, 0, 0}},
            {w1, new int[] {1, 0, 1, 1, 0, 1, 0, 1, 0}},
            {w2, new int[] {1, 1, 0, 1, 0, 1, 1, 1, 1}},
            {w1, new int[] {1, 1, 0, 1, 1, 1, 1, 1, 1}}};
        CausalStructure s = Structures.instrumental(3, true);
        ResponseTables t = new ResponseTables(s);
        Q2[] reproduced = new Q2[12];
        java.util.Arrays.fill(reproduced, zero);
        Q2[] rows = new Q2[9];
        java.util.Arrays.fill(rows, zero);
        Q2 total = zero;
        int[] vals = new int[3];
        for (Object[] m : model) {
            Q2 w = (Q2) m[0];
            int[] d = (int[]) m[1];
            assertEquals(1, w.signum());
            total = total.plus(w);
            int[] pt = point(t, d, 3);
            for (int i = 0; i < 12; i++) {
                if (pt[i] == 1) {
                    reproduced[i] = reproduced[i].plus(w);
                }
            }
            for (int x = 0; x < 3; x++) {
                t.evaluate(d, new int[] {x}, vals);
                int r = 0;
                for (int u = 0; u < 3; u++) {
                    for (int u2 = u + 1; u2 < 3; u2++, r++) {
                        if (t.intervened(d, vals, 2, 0, u) != t.intervened(d, vals, 2, 0, u2)) {
                            rows[x * 3 + r] = rows[x * 3 + r].plus(w);
                        }
                    }
                }
            }
        }
        assertEquals(new Q2(8, 0), total);
        assertArrayEquals(p, reproduced);
        Q2 bound = new Q2(-2, 2); // (√2−1)/4 = (−2 + 2√2)/8
        boolean attained = false;
        for (Q2 r : rows) {
            assertTrue(bound.plus(new Q2(-r.r(), -r.s())).signum() >= 0, r.toString());
            attained |= r.equals(bound);
        }
        assertTrue(attained);
        // I(p) − 1 = p(b=0|0) + p(11|1) − p(a=b|2) − 1 = (√2 − 1)/2 = 2·bound
        Q2 iMinus1 = p[0].plus(p[2]).plus(p[7]).plus(new Q2(-p[8].r() - p[11].r() - 8, -p[8].s() - p[11].s()));
        assertEquals(new Q2(-4, 4), iMinus1);
    }

    /**
     * p = v·D + (1−v)/4 with D: a = 0 and b = x (two settings), at v = 3/5: Pearl's left side is (1+3v)/2 = 7/5, so
     * C_X→B ≥ 2/5; the model "a = 0, b = x" with weight 2/5 plus six classical strategies with 1/10 each reproduces p
     * exactly (in tenths) with C_X→B = 2/5.
     */
    @Test
    void pearlViolationNeedsItsExcess() {
        CausalStructure s = Structures.instrumental(2, true);
        ResponseTables t = new ResponseTables(s);
        int[] p = {7, 1, 1, 1, 1, 7, 1, 1};
        // a(x) for x = 0,1 then b(x,a) for (x,a) = 00,01,10,11
        int[][] model = {{0, 0, 0, 0, 1, 1}, {0, 0, 0, 0, 0, 0}, {0, 0, 1, 0, 1, 0}, {0, 1, 0, 0, 0, 0}, {0, 1, 0, 1, 0, 1},
            {1, 0, 1, 0, 1, 0}, {1, 0, 1, 1, 1, 1}};
        int[] weight = {4, 1, 1, 1, 1, 1, 1};
        int[] reproduced = new int[8];
        int[] rows = new int[2];
        int[] vals = new int[3];
        for (int k = 0; k < model.length; k++) {
            int[] pt = point(t, model[k], 2);
            for (int i = 0; i < 8; i++) {
                reproduced[i] += pt[i] * weight[k];
            }
            for (int x = 0; x < 2; x++) {
                t.evaluate(model[k], new int[] {x}, vals);
                rows[x] += t.intervened(model[k], vals, 2, 0, 0) != t.intervened(model[k], vals, 2, 0, 1) ? weight[k] : 0;
            }
        }
        assertArrayEquals(p, reproduced);
        assertArrayEquals(new int[] {4, 4}, rows);
        // Pearl: a = 0: max_x p(0,0|x) + max_x p(0,1|x) = 7 + 7 tenths; excess over 1 = 4 tenths = C
        assertEquals(4, Math.max(p[0], p[4]) + Math.max(p[1], p[5]) - 10);
    }
}
