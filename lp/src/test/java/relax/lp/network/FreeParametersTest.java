package relax.lp.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class FreeParametersTest {
    private static BigFraction[] uniformMarginals(int mx, int oa) {
        BigFraction[] m = new BigFraction[mx * oa];
        java.util.Arrays.fill(m, new BigFraction(1, oa));
        return m;
    }

    /** Eq. (56): q^a_00 = ν, q^a_01 = q^a_10 = ½ − ν, q^a_11 = ν for binary inputs and outputs with p(a|x) = ½. */
    @Test
    void binaryCaseIsEquation56() {
        FreeParameters f = FreeParameters.of(2, 2);
        assertEquals(1, f.count());
        assertEquals(0, f.freeStrategy(0), "ν = q^a_00");
        BigFraction[] offset = f.offset(uniformMarginals(2, 2));
        BigFraction half = new BigFraction(1, 2);
        BigFraction[] expectedOffset = {BigFraction.ZERO, half, half, BigFraction.ZERO};
        int[] expectedDirection = {1, -1, -1, 1};
        for (int alpha = 0; alpha < 4; alpha++) {
            assertEquals(expectedOffset[alpha], offset[alpha], "offset of strategy " + alpha);
            assertEquals(new BigFraction(expectedDirection[alpha]), f.direction(alpha, 0), "direction of strategy " + alpha);
        }
        assertEquals("q^a_01 = 0.5 - ν1", f.formula(1, "01", offset));
    }

    /** Eq. (62): ν = (q^a_000, q^a_001, q^a_010, q^a_100) and the four dependent weights as printed in the paper. */
    @Test
    void ternaryCaseIsEquation62() {
        FreeParameters f = FreeParameters.of(3, 2);
        assertEquals(4, f.count());
        int[] free = {0b000, 0b001, 0b010, 0b100};
        for (int k = 0; k < 4; k++) {
            assertEquals(free[k], f.freeStrategy(k));
        }
        BigFraction[] offset = f.offset(uniformMarginals(3, 2));
        BigFraction half = new BigFraction(1, 2);
        // strategy -> {constant, coefficient of ν1..ν4}
        Object[][] paper = {
            {0b011, half, new int[] {-1, -1, -1, 0}},
            {0b101, half, new int[] {-1, -1, 0, -1}},
            {0b110, half, new int[] {-1, 0, -1, -1}},
            {0b111, half.negate(), new int[] {2, 1, 1, 1}}};
        for (Object[] row : paper) {
            int alpha = (Integer) row[0];
            assertEquals(row[1], offset[alpha], "constant of q^a_" + Integer.toBinaryString(alpha));
            int[] c = (int[]) row[2];
            for (int k = 0; k < 4; k++) {
                assertEquals(new BigFraction(c[k]), f.direction(alpha, k), "coefficient of ν" + (k + 1) + " in q^a_" + Integer.toBinaryString(alpha));
            }
        }
    }

    /** For any marginals and any ν, q^a = f⁰ + Nν solves Σ_ᾱ δ(a, α_x) q^a_ᾱ = p(a|x) exactly; k = o^m − m(o−1) − 1. */
    @Test
    void parametrisationSolvesTheMarginalSystemExactly() {
        Random rng = new Random(11);
        int[][] shapes = {{2, 3}, {3, 3}, {1, 4}, {4, 2}};
        for (int[] shape : shapes) {
            int mx = shape[0];
            int oa = shape[1];
            FreeParameters f = FreeParameters.of(mx, oa);
            int alphas = f.strategies();
            assertEquals(alphas - (mx * (oa - 1) + 1), f.count(), "number of free parameters for mx=" + mx + ", oa=" + oa);
            BigFraction[] marginal = new BigFraction[mx * oa];
            for (int x = 0; x < mx; x++) {
                int rest = 60;
                for (int a = 0; a < oa; a++) {
                    int v = a == oa - 1 ? rest : rng.nextInt(rest + 1);
                    rest -= v;
                    marginal[x * oa + a] = new BigFraction(v, 60);
                }
            }
            BigFraction[] offset = f.offset(marginal);
            BigFraction[] nu = new BigFraction[f.count()];
            for (int k = 0; k < nu.length; k++) {
                nu[k] = new BigFraction(rng.nextInt(100) - 50, 97);
            }
            BigFraction[] sums = new BigFraction[mx * oa];
            java.util.Arrays.fill(sums, BigFraction.ZERO);
            for (int alpha = 0; alpha < alphas; alpha++) {
                BigFraction q = offset[alpha];
                for (int k = 0; k < nu.length; k++) {
                    q = q.add(f.direction(alpha, k).multiply(nu[k]));
                }
                int rest = alpha;
                for (int x = mx - 1; x >= 0; x--) {
                    sums[x * oa + rest % oa] = sums[x * oa + rest % oa].add(q);
                    rest /= oa;
                }
            }
            for (int i = 0; i < sums.length; i++) {
                assertEquals(marginal[i], sums[i], "p(" + i % oa + "|" + i / oa + ") for mx=" + mx + ", oa=" + oa);
            }
        }
    }
}
