package relax.core.locality;

import relax.core.strategy.BruteForce;
import relax.core.Scenario;
import relax.core.strategy.Pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class LocalityStrategiesTest {

    static java.util.stream.Stream<Arguments> spaces() {
        java.util.List<Arguments> all = new java.util.ArrayList<>();
        Scenario[] scenarios = {Scenario.bipartite(2, 2, 2, 2), Scenario.bipartite(3, 2, 2, 2), Scenario.bipartite(2, 2, 3, 3),
            Scenario.bipartite(3, 2, 3, 2), Scenario.bipartite(2, 3, 2, 3)};
        for (Scenario s : scenarios) {
            for (CausalModel m : CausalModel.values()) {
                all.add(Arguments.of(m, s));
            }
        }
        return all.stream();
    }

    /** Sizes from the paper's counting (Chaves et al. 2015 after eq. 28): o_a^mx · o_b^(P·my) with P parent values, times 2^mx messages. */
    @ParameterizedTest
    @MethodSource("spaces")
    void sizeMatchesCounting(CausalModel m, Scenario s) {
        int mx = s.inputs(0);
        int my = s.inputs(1);
        int oa = s.outputs(0);
        int ob = s.outputs(1);
        double expected = switch (m) {
            case LHV -> Math.pow(oa, mx) * Math.pow(ob, my);
            case X_TO_B -> Math.pow(oa, mx) * Math.pow(ob, mx * my);
            case A_TO_B -> Math.pow(oa, mx) * Math.pow(ob, oa * my);
            case COMMUNICATION -> Math.pow(oa, mx) * Math.pow(2, mx) * Math.pow(ob, 2 * my);
        };
        assertEquals((long) expected, m.strategies(s).size());
    }

    /**
     * T_λ from the definitions: a = α_x and b = β[π(x)][y] with π = 0, x, a or m; C rows
     * |δ(b, β[v][y]) − δ(b, β[v'][y])| from the interventions do(π = v), and p(m=0) = #{x: μ_x = 0}/mx.
     */
    @ParameterizedTest
    @MethodSource("spaces")
    void columnsAndMeasureRowsFollowTheirDefinitions(CausalModel m, Scenario s) {
        LocalityStrategies space = m.strategies(s);
        int mx = s.inputs(0);
        int my = s.inputs(1);
        int ob = s.outputs(1);
        int[] entries = new int[s.inputBlocks()];
        int[] counts = new int[space.measureRows()];
        long step = Math.max(1, space.size() / 3000);
        for (long index = 0; index < space.size(); index += step) {
            int[] lambda = space.digits().digits(index);
            space.column(lambda, entries);
            space.measureCounts(lambda, counts);
            for (int x = 0; x < mx; x++) {
                for (int y = 0; y < my; y++) {
                    int a = space.aliceOutput(lambda, x);
                    int parent = switch (m) {
                        case LHV -> 0;
                        case X_TO_B -> x;
                        case A_TO_B -> a;
                        case COMMUNICATION -> space.message(lambda, x);
                    };
                    assertEquals(s.index(x, y, a, space.bobResponse(lambda, parent, y)), entries[s.block(x, y)]);
                }
            }
            if (m == CausalModel.COMMUNICATION) {
                int zeros = 0;
                for (int x = 0; x < mx; x++) {
                    zeros += space.message(lambda, x) == 0 ? 1 : 0;
                }
                assertEquals(zeros, counts[0]);
                assertEquals(mx, space.measureScale());
            } else if (m != CausalModel.LHV) {
                // every (v < v', y, b) row, b = 0 only when ob = 2
                int row = 0;
                int bValues = ob == 2 ? 1 : ob;
                int[] expected = new int[counts.length];
                for (int y = 0; y < my; y++) {
                    for (int v = 0; v < space.parentValues(); v++) {
                        for (int v2 = v + 1; v2 < space.parentValues(); v2++) {
                            for (int b = 0; b < bValues; b++) {
                                boolean d1 = space.bobResponse(lambda, v, y) == b;
                                boolean d2 = space.bobResponse(lambda, v2, y) == b;
                                expected[row++] = d1 != d2 ? 1 : 0;
                            }
                        }
                    }
                }
                assertEquals(expected.length, row);
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(counts));
            }
        }
    }

    /** The pricing search equals brute force over every strategy, for random weights. */
    @ParameterizedTest
    @MethodSource("spaces")
    void pricingEqualsBruteForce(CausalModel m, Scenario s) {
        LocalityStrategies space = m.strategies(s);
        if (space.size() > 300_000) {
            return;
        }
        Random rng = new Random(31 * m.ordinal() + s.size());
        Pricing pricing = new Pricing(5, space.digits().length());
        for (int trial = 0; trial < 3; trial++) {
            double[] z = new double[s.size()];
            double[] w = new double[space.measureRows()];
            for (int i = 0; i < z.length; i++) {
                z[i] = rng.nextInt(21) - 10;
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextInt(6);
            }
            double best = BruteForce.max(space, z, w);
            space.price(z, w, pricing);
            assertEquals(best, pricing.max(), 0, "integer weights: exact");
            // the reported strategy attains the maximum
            assertEquals(best, BruteForce.score(space, pricing.strategy(0), z, w), 0);
            for (int k = 1; k < pricing.count(); k++) {
                assertEquals(true, pricing.score(k) <= pricing.score(k - 1));
            }
        }
    }

    @Test
    void describesStrategiesInWords() {
        LocalityStrategies x2b = CausalModel.X_TO_B.strategies(Scenario.bipartite(2, 2, 2, 2));
        // α = (0,1) is index 2 (α_0 lowest digit); β slices: y=0 slice s0, y=1 slice s1 with β[v] = digit v
        long lambda = 2 + 4L * (1 + 4L * 2); // y=0: β[0]=1, β[1]=0; y=1: β[0]=0, β[1]=1
        assertEquals("a(x)=(0,1) b(x,y)=((1,0),(0,1))", x2b.describe(x2b.digits().digits(lambda)));
        LocalityStrategies lhv = CausalModel.LHV.strategies(Scenario.bipartite(2, 2, 2, 2));
        assertEquals("a(x)=(0,1) b(y)=(1,0)", lhv.describe(lhv.digits().digits(2 + 4L * (1 + 2L * 0))));
    }

    @Test
    void rejectsMultipartiteScenarios() {
        assertThrows(IllegalArgumentException.class, () -> CausalModel.X_TO_B.strategies(Scenario.of(new int[] {2, 2, 2}, new int[] {2, 2, 2})));
    }

    @Test
    void parsesModelNames() {
        assertEquals(CausalModel.A_TO_B, CausalModel.fromKey("A2B"));
        assertThrows(IllegalArgumentException.class, () -> CausalModel.fromKey("x2y"));
    }

    /**
     * The pricing search's work in X→B, scenario 2,2,d,d, by hand from the cost in {@link LocalityStrategies#price}: |α| = d²
     * answer tables of Alice, S = d² slices of Bob (P = 2 parent values), my = 2, so 2·d²·(2d + 2d²) = 4d⁴ + 4d³ for the search
     * plus 2·d²·1·d = 2d³ for the slice penalties (one pair of parent values, d values of b): 4d⁴ + 6d³. At d = 127 that is
     * 1 052 868 862 ≤ 2^30 = 1 073 741 824; at d = 128 it is 1 086 324 736 > 2^30, so d = 128 is the first refused
     * (CGLMP 128 in functional mode) — refused in the constructor, before any table is allocated, so even d = 500 (whose
     * slice table alone would be 125 million ints) is refused at once.
     */
    @Test
    void refusesSearchesAboveTwoToTheThirtyOperationsBeforeAllocating() {
        assertEquals(4.0 * Math.pow(127, 4) + 6.0 * Math.pow(127, 3), LocalityStrategies.pricingWork(CausalModel.X_TO_B, Scenario.bipartite(2, 2, 127, 127), 2));
        new LocalityStrategies(CausalModel.X_TO_B, Scenario.bipartite(2, 2, 127, 127));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LocalityStrategies(CausalModel.X_TO_B, Scenario.bipartite(2, 2, 128, 128)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("scenario 2,2,128,128") && e.getMessage().contains("about 1.09e+09 (2^30.02)")
                && e.getMessage().contains("at most 2^30") && !e.getMessage().contains("\n"), e.getMessage());
        // lhv at d = 500 searches only 2·d²·(2d + d) = 7.5e8 operations and is accepted; the others are refused
        for (CausalModel m : new CausalModel[] {CausalModel.X_TO_B, CausalModel.A_TO_B, CausalModel.COMMUNICATION}) {
            assertThrows(IllegalArgumentException.class, () -> new LocalityStrategies(m, Scenario.bipartite(2, 2, 500, 500)), m.key());
        }
        // communication: 2^mx messages on top of 2^mx answer tables, 4^20·20·(40 + 8) ≈ 1.1e15
        assertThrows(IllegalArgumentException.class, () -> new LocalityStrategies(CausalModel.COMMUNICATION, Scenario.bipartite(20, 20, 2, 2)));
    }
}
