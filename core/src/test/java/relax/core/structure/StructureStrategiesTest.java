package relax.core.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import relax.core.strategy.BruteForce;
import relax.core.InvalidStructureException;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;
import relax.core.locality.LocalityStrategies;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;

/**
 * The generic strategy space of a causal structure, checked against independent computations: its T columns and
 * measure rows against the definition evaluated through {@link ResponseTables} (stage 1's evaluator) at every
 * assignment of the settings; its LP data against the hand-written spaces of Fig. 1a–d; and its exact pricing
 * search against brute force over every strategy, with the plain and the bounded search.
 */
class StructureStrategiesTest {

    /** The structures the pricing is checked on: each decomposes differently (see the comments). */
    static Stream<Arguments> structures() {
        return Stream.of(
                // sink b, slices over x (relaxed), one per y
                Arguments.of("x2b 3,2,2,2", Structures.bipartite("x2b", 3, 2, 2, 2)),
                // three values of the relaxed parent and of b: every b-value row kept
                Arguments.of("x2b 3,2,2,3", Structures.bipartite("x2b", 3, 2, 2, 3)),
                Arguments.of("a2b 2,2,3,2", Structures.bipartite("a2b", 2, 2, 3, 2)),
                Arguments.of("lhv 3,2,2,3", Structures.bipartite("lhv", 3, 2, 2, 3)),
                // a hidden node and the p(m=0) row, uniform and not
                Arguments.of("comm 2,2,2,2", Structures.bipartite("comm", 2, 2, 2, 2)),
                Arguments.of("comm 3,2,2,2 p(x) = 1/6,1/3,1/2", Structures.comm(3, new double[] {1.0 / 6, 1.0 / 3, 0.5})),
                // rest = a depends on the overridden setting x itself
                Arguments.of("instrumental 3", Structures.instrumental(3, true)),
                // two relaxed edges into the sink: slices over (x, a)
                Arguments.of("bell-x-and-a-to-b", Structures.bellXandA()),
                // a relaxed edge into an enumerated node (m -> b) and one into the sink (n -> c)
                Arguments.of("chain", Structures.chain()),
                Arguments.of("lhv3", new CausalStructure("lhv3", "", List.of(Structures.setting("x", 2), Structures.setting("y", 2), Structures.setting("z", 2),
                        Structures.outcome("a", 2, "x"), Structures.outcome("b", 2, "y"), Structures.outcome("c", 2, "z")), List.of(), null)));
    }

    /** Every digit tuple of the space. */
    private static void forEach(StrategySpace space, java.util.function.Consumer<int[]> f) {
        int[] d = space.digits().first();
        do {
            f.accept(d);
        } while (space.digits().next(d));
    }

    /**
     * column() gives, in every block s, the entry of the outcomes that {@link ResponseTables#evaluate} produces; every
     * measure row is |[f_V(u, rest(s)) = v] − [f_V(u', rest(s)) = v]| for some s, and for every assignment s of all
     * settings, pair u &lt; u' and every v (including v = 1 for two values) some row with that count exists at the
     * index the space's layout gives it; p(m=v) is Σ_s p(s) [m(s) = v] with the exact setting distribution.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void columnsAndRowsFollowTheDefinition(String name, CausalStructure s) {
        StructureStrategies space = new StructureStrategies(s);
        ResponseTables t = new ResponseTables(s);
        Scenario sc = s.scenario();
        int[] col = new int[sc.inputBlocks()];
        int[] counts = new int[space.measureRows()];
        int[] values = new int[s.nodes().size()];
        int[] settings = new int[s.settings().size()];
        int[] block = new int[sc.parties()];
        Random rng = new Random(3);
        forEach(space, d -> {
            if (space.size() > 10_000 && rng.nextInt(16) != 0) {
                return; // a random sixteenth of the larger spaces
            }
            space.column(d, col);
            space.measureCounts(d, counts);
            assertArrayEquals(ResponseTablesTest.column(t, d), col, name);
            if (s.minimised().isPresent()) {
                ValueProbability m = s.minimised().get();
                double p = 0;
                for (int b = 0; b < sc.inputBlocks(); b++) {
                    sc.decodeBlock(b, block);
                    System.arraycopy(block, 0, settings, 0, settings.length);
                    t.evaluate(d, settings, values);
                    double ps = 1;
                    for (int i = 0; i < settings.length; i++) {
                        ps *= s.settings().get(i).probability(settings[i]);
                    }
                    p += values[s.indexOf(m.node())] == m.value() ? ps : 0;
                }
                assertEquals(p, counts[0] / (double) space.measureScale(), 1e-12, name);
                return;
            }
            int rowStart = 0;
            boolean[] hit = new boolean[counts.length];
            for (Edge e : s.relaxed()) {
                int v = s.indexOf(e.to());
                int u = s.indexOf(e.from());
                int uv = s.nodes().get(u).values();
                int vv = s.nodes().get(v).values();
                int bValues = vv == 2 ? 1 : vv;
                // R: the settings among the ancestors of V's other table inputs, in declaration order
                List<String> others = s.tableInputs(e.to()).stream().filter(i -> !i.equals(e.from())).toList();
                java.util.Set<String> anc = s.dag().ancestors(others);
                List<Node> r = s.settings().stream().filter(n -> anc.contains(n.name())).toList();
                int assignments = r.stream().mapToInt(Node::values).reduce(1, (a, b) -> a * b);
                for (int b = 0; b < sc.inputBlocks(); b++) {
                    sc.decodeBlock(b, block);
                    System.arraycopy(block, 0, settings, 0, settings.length);
                    t.evaluate(d, settings, values);
                    int tIndex = 0;
                    for (Node n : r) {
                        tIndex = tIndex * n.values() + values[s.indexOf(n.name())];
                    }
                    int pair = 0;
                    for (int u1 = 0; u1 < uv; u1++) {
                        for (int u2 = u1 + 1; u2 < uv; u2++, pair++) {
                            int d1 = t.intervened(d, values, v, u, u1);
                            int d2 = t.intervened(d, values, v, u, u2);
                            for (int val = 0; val < vv; val++) {
                                int row = rowStart + (tIndex * (uv * (uv - 1) / 2) + pair) * bValues + (vv == 2 ? 0 : val);
                                int block0 = b;
                                assertEquals((d1 == val) != (d2 == val) ? 1 : 0, counts[row], () -> name + ": row " + space.measureRowLabel(row) + " at block " + block0);
                                hit[row] = true;
                            }
                        }
                    }
                }
                rowStart += assignments * (uv * (uv - 1) / 2) * bValues;
            }
            assertEquals(rowStart, counts.length, name);
            for (int i = 0; i < hit.length; i++) {
                int row = i;
                assertTrue(hit[i], () -> name + ": row " + row + " is no row of the definition");
            }
        });
    }

    /** Every strategy's column of T followed by its measure counts, computed once for the brute-force searches. */
    private static int[][] table(StrategySpace space) {
        int blocks = space.scenario().inputBlocks();
        int[][] t = new int[(int) space.size()][];
        int[] col = new int[blocks];
        int[] counts = new int[space.measureRows()];
        int[] k = {0};
        forEach(space, d -> {
            space.column(d, col);
            space.measureCounts(d, counts);
            int[] row = Arrays.copyOf(col, blocks + counts.length);
            System.arraycopy(counts, 0, row, blocks, counts.length);
            t[k[0]++] = row;
        });
        return t;
    }

    /** Brute force: the largest ⟨z, T_λ⟩ − ⟨w, counts_λ⟩ over every strategy, in exact integer arithmetic. */
    private static long bruteMax(int[][] table, int blocks, long[] z, long[] w) {
        long best = Long.MIN_VALUE;
        for (int[] row : table) {
            long v = 0;
            for (int b = 0; b < blocks; b++) {
                v += z[row[b]];
            }
            for (int i = 0; i < w.length; i++) {
                v -= w[i] * row[blocks + i];
            }
            best = Math.max(best, v);
        }
        return best;
    }

    /**
     * Integer z and w (the exact certificate's case): the pricing maximum equals the brute-force maximum exactly,
     * with the plain search and with the bounded search forced, and every strategy kept scores what it claims.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void pricingIsExactOnIntegerData(String name, CausalStructure s) {
        Random rng = new Random(name.hashCode());
        int[][] all = table(new StructureStrategies(s));
        for (StructureStrategies space : List.of(new StructureStrategies(s), new StructureStrategies(s, 0))) {
            for (int trial = 0; trial < 8; trial++) {
                long[] z = new long[space.scenario().size()];
                long[] w = new long[space.measureRows()];
                double[] zd = new double[z.length];
                double[] wd = new double[w.length];
                for (int i = 0; i < z.length; i++) {
                    z[i] = rng.nextInt(41) - 20;
                    zd[i] = z[i];
                }
                for (int i = 0; i < w.length; i++) {
                    // sparse penalties, as the duals of an LP are
                    w[i] = rng.nextInt(3) == 0 ? rng.nextInt(30) : 0;
                    wd[i] = w[i];
                }
                Pricing p = new Pricing(5, space.digits().length());
                space.price(zd, wd, p);
                assertEquals(bruteMax(all, space.scenario().inputBlocks(), z, w), (long) p.max(), name + (space.boundedSearch() ? " (bounded)" : ""));
                for (int i = 0; i < p.count(); i++) {
                    assertEquals(BruteForce.score(space, p.strategy(i), zd, wd), p.score(i), 0, name);
                }
            }
        }
    }

    /** Gaussian z and w: the floating-point maximum agrees with brute force to rounding. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void pricingAgreesWithBruteForceOnRealData(String name, CausalStructure s) {
        Random rng = new Random(7 + name.hashCode());
        int[][] all = table(new StructureStrategies(s));
        for (StructureStrategies space : List.of(new StructureStrategies(s), new StructureStrategies(s, 0))) {
            double[] z = new double[space.scenario().size()];
            double[] w = new double[space.measureRows()];
            for (int i = 0; i < z.length; i++) {
                z[i] = rng.nextGaussian();
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextDouble() * 0.5;
            }
            int blocks = space.scenario().inputBlocks();
            double best = Double.NEGATIVE_INFINITY;
            for (int[] row : all) {
                double v = 0;
                for (int b = 0; b < blocks; b++) {
                    v += z[row[b]];
                }
                for (int i = 0; i < w.length; i++) {
                    v -= w[i] * row[blocks + i];
                }
                best = Math.max(best, v);
            }
            Pricing p = new Pricing(1, space.digits().length());
            space.price(z, w, p);
            assertEquals(best, p.max(), 1e-12, name);
        }
    }

    /**
     * Fig. 1a–d: the generic space and the hand-written one give the same multiset of (column of T, measure counts)
     * with the rows in the same order and the same scale, so the LPs are identical up to the order of columns.
     */
    @ParameterizedTest
    @CsvSource({"2,2,2,2", "3,2,2,2", "2,2,3,3", "2,3,2,3", "3,2,3,2"})
    void sameLpAsTheHandWrittenSpaces(int mx, int my, int oa, int ob) {
        Scenario sc = Scenario.bipartite(mx, my, oa, ob);
        for (CausalModel m : CausalModel.values()) {
            LocalityStrategies hand = m.strategies(sc);
            StructureStrategies generic = new StructureStrategies(Structures.bipartite(m.key(), mx, my, oa, ob));
            assertEquals(hand.measureRows(), generic.measureRows(), m.key());
            assertEquals(hand.measureScale(), generic.measureScale(), m.key());
            assertEquals(hand.count(), generic.count(), m.key());
            assertEquals(multiset(hand), multiset(generic), m.key() + " " + sc);
            for (int r = 0; r < hand.measureRows() && m != CausalModel.COMMUNICATION; r++) {
                assertEquals(hand.measureRowLabel(r), generic.measureRowLabel(r));
            }
        }
    }

    @Test
    void threePartyLocalStructureIsLhvStrategies() {
        CausalStructure s = new CausalStructure("lhv3", "", List.of(Structures.setting("x", 2), Structures.setting("y", 3), Structures.setting("z", 2),
                Structures.outcome("a", 2, "x"), Structures.outcome("b", 2, "y"), Structures.outcome("c", 3, "z")), List.of(), null);
        assertEquals(multiset(new LhvStrategies(s.scenario())), multiset(new StructureStrategies(s)));
    }

    private static Map<String, Integer> multiset(StrategySpace space) {
        Map<String, Integer> h = new HashMap<>();
        int[] col = new int[space.scenario().inputBlocks()];
        int[] cnt = new int[space.measureRows()];
        forEach(space, d -> {
            space.column(d, col);
            space.measureCounts(d, cnt);
            h.merge(Arrays.toString(col) + Arrays.toString(cnt), 1, Integer::sum);
        });
        return h;
    }

    /** The sink optimised per configuration is the one that saves most: b for x2b (Alice's 4 tables enumerated, not Bob's 16). */
    @Test
    void pricingEnumeratesTheSmallerTables() {
        StructureStrategies x2b = new StructureStrategies(Structures.bipartite("x2b", 2, 2, 2, 2));
        assertEquals("b", x2b.pricedSink());
        assertTrue(!x2b.boundedSearch());
        assertEquals("c", new StructureStrategies(Structures.chain()).pricedSink());
    }

    /** Responses: one table per non-setting node over its table inputs, e.g. the instrumental b(x,a). */
    @Test
    void describesTheStrategyByItsTables() {
        StructureStrategies s = new StructureStrategies(Structures.instrumental(3, true));
        int[] d = s.digits().first();
        d[1] = 1;
        d[3 + 5] = 1;
        assertEquals("a(x)=(0,1,0) b(x,a)=((0,0),(0,0),(0,1))", s.describe(d));
        assertEquals("C_x→b", s.structure().measureLabel());
        assertEquals("|p(b=0|do(x->b=0),x=1) - p(b=0|do(x->b=2),x=1)|", s.measureRowLabel(4));
        assertEquals("max(C_x→b, C_a→b)", Structures.bellXandA().measureLabel());
    }

    /** A structure whose search would be astronomically large is refused with the estimate, not run. */
    @Test
    void refusesTooLargeSearchesWithTheEstimate() {
        // a(x), c(x) and d(x) over 12 settings, three values each: 3^36 ≈ 2^57 assignments besides b's tables
        List<Node> n = List.of(Structures.setting("x", 12), Structures.outcome("a", 3, "x"), Structures.outcome("c", 3, "x"),
                Structures.outcome("d", 3, "x"), Structures.outcome("b", 3, "x"));
        InvalidStructureException e = assertThrows(InvalidStructureException.class, () -> new StructureStrategies(new CausalStructure("big", "", n,
                List.of(), null)));
        assertTrue(e.getMessage().startsWith("pricing structure 'big' would search about 2^57 combinations of the response tables of c, d, b (those of a optimised per configuration), about 2^"),
                e.getMessage());
        // the chain with three settings and outcomes per lab and one-bit messages: 27·8·729·512 ≈ 2^26 assignments of
        // a, m, b, n, about 2^34 operations per call (column generation over it did not finish in 20 minutes)
        List<Node> chain = List.of(Structures.setting("x", 3), Structures.setting("y", 3), Structures.setting("z", 3), Structures.outcome("a", 3, "x"),
                Structures.hidden("m", 2, "x", "a"), Structures.outcome("b", 3, "y", "m"), Structures.hidden("n", 2, "y", "b"),
                Structures.outcome("c", 3, "z", "n"));
        InvalidStructureException c = assertThrows(InvalidStructureException.class, () -> new StructureStrategies(new CausalStructure("chain3", "",
                chain, Structures.edges("m->b", "n->c"), null)));
        assertEquals("pricing structure 'chain3' would search about 2^26 combinations of the response tables of a, m, b, n (those of c optimised per"
                + " configuration), about 2^34 operations per pricing call; at most 2^30 are searched, so this structure is too large to solve exactly",
                c.getMessage());
    }
}
