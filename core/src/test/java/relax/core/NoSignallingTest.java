package relax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NoSignallingTest {

    private static List<NoSignalling.Condition> all(Scenario s) {
        List<NoSignalling.Condition> c = new ArrayList<>(NoSignalling.conditions(s, 0));
        c.addAll(NoSignalling.conditions(s, 1));
        return c;
    }

    private static double apply(NoSignalling.Condition c, double[] p) {
        double v = 0;
        for (int i = 0; i < p.length; i++) {
            v += c.coefficients()[i] * p[i];
        }
        return v;
    }

    /** Rank of the rows by Gaussian elimination with partial pivoting (entries are small integers). */
    private static int rank(List<double[]> rows) {
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        int cols = m.length == 0 ? 0 : m[0].length;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int pivot = rank;
            for (int r = rank; r < m.length; r++) {
                pivot = Math.abs(m[r][c]) > Math.abs(m[pivot][c]) ? r : pivot;
            }
            if (Math.abs(m[pivot][c]) < 1e-9) {
                continue;
            }
            double[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            for (int r = rank + 1; r < m.length; r++) {
                double f = m[r][c] / m[rank][c];
                for (int k = c; k < cols; k++) {
                    m[r][k] -= f * m[rank][k];
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * Normalised behaviours span mx·my·(oa·ob − 1) dimensions, non-signalling ones
     * (mx(oa−1)+1)(my(ob−1)+1) − 1 (Collins–Gisin parametrisation), so exactly the difference of independent
     * conditions is needed; the generated ones are that many and independent.
     */
    @Test
    void bipartiteConditionsAreIndependentAndAsManyAsTheDimensionCountNeeds() {
        int[][] cases = {{2, 2, 2, 2}, {3, 3, 2, 2}, {2, 2, 3, 3}, {2, 3, 2, 4}};
        for (int[] c : cases) {
            Scenario s = Scenario.bipartite(c[0], c[1], c[2], c[3]);
            int needed = c[0] * c[1] * (c[2] * c[3] - 1) - ((c[0] * (c[2] - 1) + 1) * (c[1] * (c[3] - 1) + 1) - 1);
            List<double[]> rows = all(s).stream().map(NoSignalling.Condition::coefficients).toList();
            assertEquals(needed, rows.size(), s.toString());
            assertEquals(needed, rank(rows), s.toString());
        }
    }

    /** CHSH scenario by hand: Bob's p_B(0|x=1,y) = p_B(0|x=0,y) for y = 0, 1, and Alice's p_A(0|x,y=1) = p_A(0|x,y=0) for x = 0, 1. */
    @Test
    void chshScenarioConditionsByHand() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        List<NoSignalling.Condition> bob = NoSignalling.conditions(s, 0);
        assertEquals(2, bob.size());
        double[] expected = new double[16];
        expected[s.index(1, 0, 0, 0)] = 1;
        expected[s.index(1, 0, 1, 0)] = 1;
        expected[s.index(0, 0, 0, 0)] = -1;
        expected[s.index(0, 0, 1, 0)] = -1;
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(bob.get(0).coefficients()));
        assertEquals("pB(0|x=1,y=0) = pB(0|x=0,y=0)", bob.get(0).label());
        assertEquals("pA(0|x=0,y=1) = pA(0|x=0,y=0)", NoSignalling.conditions(s, 1).get(0).label());
    }

    /** The conditions vanish exactly when Behaviour.signallingTo finds no signalling (its own marginal computation). */
    @Test
    void conditionsVanishExactlyOnNonSignallingBehaviours() {
        Scenario s = Scenario.bipartite(3, 2, 2, 3);
        Random rng = new Random(3);
        for (int trial = 0; trial < 40; trial++) {
            double[] p = new double[s.size()];
            if (trial % 2 == 0) {
                // a product of local response functions averaged over a hidden variable: non-signalling
                for (int lambda = 0; lambda < 3; lambda++) {
                    double w = 1.0 / 3;
                    int[] f = {rng.nextInt(2), rng.nextInt(2), rng.nextInt(2)};
                    int[] g = {rng.nextInt(3), rng.nextInt(3)};
                    for (int x = 0; x < 3; x++) {
                        for (int y = 0; y < 2; y++) {
                            p[s.index(x, y, f[x], g[y])] += w;
                        }
                    }
                }
            } else {
                for (int block = 0; block < s.inputBlocks(); block++) {
                    double sum = 0;
                    for (int o = 0; o < 6; o++) {
                        sum += p[block * 6 + o] = rng.nextDouble();
                    }
                    for (int o = 0; o < 6; o++) {
                        p[block * 6 + o] /= sum;
                    }
                }
            }
            Behaviour b = new Behaviour(s, p);
            boolean ns = b.signallingTo(0, 1e-12).isEmpty() && b.signallingTo(1, 1e-12).isEmpty();
            double worst = 0;
            for (NoSignalling.Condition c : all(s)) {
                worst = Math.max(worst, Math.abs(apply(c, p)));
            }
            assertEquals(ns, worst < 1e-12, "trial " + trial);
            assertEquals(trial % 2 == 0, ns, "trial " + trial);
        }
    }

    /** Three parties: the GHZ-type deterministic mixture is non-signalling, and every condition vanishes on it. */
    @Test
    void threePartyConditionsVanishOnLocalMixture() {
        Scenario s = Scenario.of(new int[] {2, 2, 2}, new int[] {2, 2, 2});
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int z = 0; z < 2; z++) {
                    p[s.index(s.block(x, y, z), s.outcome(0, 0, 0))] += 0.5;
                    p[s.index(s.block(x, y, z), s.outcome(1, y, 1 - z))] += 0.5;
                }
            }
        }
        int count = 0;
        for (int party = 0; party < 3; party++) {
            for (NoSignalling.Condition c : NoSignalling.conditions(s, party)) {
                assertEquals(0, apply(c, p), 1e-15, c.label());
                count++;
            }
        }
        // per party: 4 input blocks with x_i = 1, 3 outcome pairs of the others (all-last left out)
        assertEquals(3 * 4 * 3, count);
        assertTrue(NoSignalling.conditions(s, 2).get(0).label().startsWith("pAB("));
    }
}
