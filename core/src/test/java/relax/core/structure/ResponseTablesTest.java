package relax.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;
import relax.core.locality.LocalityStrategies;
import relax.core.strategy.StrategySpace;

/**
 * The generic response tables against the hand-written spaces of Fig. 1a–d: enumerating every digit string and
 * evaluating T columns and measure rows through the structure gives the same multiset of (column of T, column
 * of C) as enumerating {@link LocalityStrategies} — so the two spaces define the same LP.
 */
class ResponseTablesTest {

    /** Advances a mixed-radix digit string; false after the last one. */
    static boolean next(int[] digits, ResponseTables t) {
        for (int d = 0; d < digits.length; d++) {
            if (++digits[d] < t.radix(d)) {
                return true;
            }
            digits[d] = 0;
        }
        return false;
    }

    /** The column of T of a strategy: the flat entry index it produces in each settings block. */
    static int[] column(ResponseTables t, int[] digits) {
        CausalStructure s = t.structure();
        Scenario sc = s.scenario();
        int[] column = new int[sc.inputBlocks()];
        int[] block = new int[sc.parties()];
        int[] settings = new int[s.settings().size()];
        int[] values = new int[s.nodes().size()];
        int[] out = new int[sc.parties()];
        for (int b = 0; b < column.length; b++) {
            sc.decodeBlock(b, block);
            System.arraycopy(block, 0, settings, 0, settings.length);
            t.evaluate(digits, settings, values);
            for (int i = 0; i < s.outcomes().size(); i++) {
                out[i] = values[s.indexOf(s.outcomes().get(i).name())];
            }
            column[b] = sc.index(b, sc.outcome(out));
        }
        return column;
    }

    @ParameterizedTest
    @CsvSource({"2,2,2,2", "3,2,2,2", "2,2,3,3", "2,3,2,3", "3,2,3,2"})
    void bipartiteStructuresDefineTheSameColumnsAsTheHandWrittenSpaces(int mx, int my, int oa, int ob) {
        Scenario sc = Scenario.bipartite(mx, my, oa, ob);
        for (CausalModel m : CausalModel.values()) {
            LocalityStrategies hand = m.strategies(sc);
            ResponseTables t = new ResponseTables(Structures.bipartite(m.key(), mx, my, oa, ob));
            Map<String, Integer> generic = new HashMap<>();
            int[] digits = new int[t.digits()];
            do {
                generic.merge(Arrays.toString(column(t, digits)) + Arrays.toString(counts(t, digits, m, hand)), 1, Integer::sum);
            } while (next(digits, t));
            assertEquals(handWritten(hand), generic, m.key() + " " + sc);
        }
    }

    private static Map<String, Integer> handWritten(StrategySpace hand) {
        Map<String, Integer> h = new HashMap<>();
        int[] col = new int[hand.scenario().inputBlocks()];
        int[] cnt = new int[hand.measureRows()];
        int[] l = hand.digits().first();
        do {
            hand.column(l, col);
            hand.measureCounts(l, cnt);
            h.merge(Arrays.toString(col) + Arrays.toString(cnt), 1, Integer::sum);
        } while (hand.digits().next(l));
        return h;
    }

    /**
     * The measure counts in the hand-written row order: for x2b and a2b rows (y, pair v &lt; v', b) with
     * count |[f_B(do(v), y) = b] − [f_B(do(v'), y) = b]| (eqs. 4, 29–30; b = 0 only for two outputs), here
     * through {@link ResponseTables#intervened} at x = 0; for comm #{x : m(x) = 0} (eq. 39 times mx).
     */
    private static int[] counts(ResponseTables t, int[] digits, CausalModel m, LocalityStrategies hand) {
        CausalStructure s = t.structure();
        int[] counts = new int[hand.measureRows()];
        int[] values = new int[s.nodes().size()];
        int mx = s.node("x").values();
        int my = s.node("y").values();
        int ob = s.node("b").values();
        if (m == CausalModel.COMMUNICATION) {
            for (int x = 0; x < mx; x++) {
                t.evaluate(digits, new int[] {x, 0}, values);
                counts[0] += values[s.indexOf("m")] == 0 ? 1 : 0;
            }
        } else if (m != CausalModel.LHV) {
            String parent = m == CausalModel.X_TO_B ? "x" : "a";
            int pv = s.node(parent).values();
            int bValues = ob == 2 ? 1 : ob;
            int r = 0;
            for (int y = 0; y < my; y++) {
                t.evaluate(digits, new int[] {0, y}, values);
                for (int v = 0; v < pv; v++) {
                    for (int v2 = v + 1; v2 < pv; v2++) {
                        int b1 = t.intervened(digits, values, s.indexOf("b"), s.indexOf(parent), v);
                        int b2 = t.intervened(digits, values, s.indexOf("b"), s.indexOf(parent), v2);
                        for (int b = 0; b < bValues; b++) {
                            counts[r++] = (b1 == b) != (b2 == b) ? 1 : 0;
                        }
                    }
                }
            }
        }
        return counts;
    }

    @Test
    void threePartyLocalStructureDefinesTheSameColumnsAsLhvStrategies() {
        List<Node> n = List.of(Structures.setting("x", 2), Structures.setting("y", 3), Structures.setting("z", 2), Structures.outcome("a", 2, "x"),
                Structures.outcome("b", 2, "y"), Structures.outcome("c", 3, "z"));
        ResponseTables t = new ResponseTables(new CausalStructure("lhv3", "", n, List.of(), null));
        Map<String, Integer> generic = new HashMap<>();
        int[] digits = new int[t.digits()];
        do {
            generic.merge(Arrays.toString(column(t, digits)) + "[]", 1, Integer::sum);
        } while (next(digits, t));
        assertEquals(handWritten(new LhvStrategies(t.structure().scenario())), generic);
    }

    @Test
    void describeNestsTablesByInput() {
        ResponseTables t = new ResponseTables(Structures.bipartite("comm", 2, 2, 2, 2));
        // digits: a(x) [2], m(x) [2], b(m,y) [4] — evaluation order a, m, b
        int[] d = {0, 1, 1, 0, 0, 1, 1, 1};
        assertEquals("a(x)=(0,1) m(x)=(1,0) b(m,y)=((0,1),(1,1))", t.describe(d));
    }
}
