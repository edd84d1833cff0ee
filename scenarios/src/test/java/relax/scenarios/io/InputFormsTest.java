package relax.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * Every form a researcher's data comes in (issue 16) reads to the same exact behaviour as the canonical
 * file, and every form survives the round trip input → canonical JSON/CSV → read again unchanged.
 */
class InputFormsTest {
    private static final double TOL = 1e-9;

    /** The shipped PR box file: p(ab|xy) = 1/2 if a ⊕ b = xy, else 0, written as decimals 0.5 and 0.0. */
    private static Behaviour prBox() {
        return BehaviourFile.read(Path.of("examples/pr-box.json"), TOL);
    }

    private static Behaviour read(String text) {
        return BehaviourFile.read(text, "in.json", TOL);
    }

    private static String error(String text, String source) {
        return assertThrows(InvalidBehaviourException.class, () -> BehaviourFile.read(text, source, TOL)).getMessage();
    }

    /** The PR box as a table p[a][b][x][y], built here from its definition a ⊕ b = xy (position i has bits a, b, x, y). */
    private static String prBoxOutputsFirst() {
        return table(new int[] {2, 2, 2, 2}, i -> ((i >> 3 & 1) ^ (i >> 2 & 1)) == ((i >> 1 & 1) & (i & 1)) ? "1/2" : "0");
    }

    @Test
    void orderKeyReadsAPapersLayout() {
        Behaviour b = read("{\"inputs\":[2,2],\"outputs\":[2,2],\"order\":\"abxy\",\"p\":" + prBoxOutputsFirst() + "}");
        assertArrayEquals(prBox().exactEntries(), b.exactEntries());
        Behaviour numbered = read("{\"inputs\":[2,2],\"outputs\":[2,2],\"order\":\"a1 a2 x1 x2\",\"p\":" + prBoxOutputsFirst() + "}");
        assertArrayEquals(prBox().exactEntries(), numbered.exactEntries());
        assertEquals("\"order\" = \"abxx\" must list each of x, y, a, b exactly once, e.g. \"abxy\"",
                error("{\"inputs\":[2,2],\"outputs\":[2,2],\"order\":\"abxx\",\"p\":[]}", "f").replace("f: ", ""));
    }

    /**
     * The transposed PR box without "order": read as p[x][y][a][b] the first "block" is p(00|xy) over x, y:
     * 1/2 + 1/2 + 1/2 + 0 = 3/2; read as p[a][b][x][y] every block sums to 1, and the error says so.
     */
    @Test
    void transposedTableGetsTheOrderHint() {
        String m = error("{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":" + prBoxOutputsFirst() + "}", "pr.json");
        assertEquals("pr.json: p[0][0] sums to 1.5, not 1 (the probabilities of each input setting must sum to 1 within --tolerance 1e-9); "
                + "the blocks sum to 1 if p is read as p[a][b][x][y]: add \"order\": \"abxy\"", m);
    }

    /**
     * GHZ written p[a][b][c][x][y][z]: read canonically, block (a,b,c) sums Σ_xyz (1 + (−1)^(a+b+c) E_xyz)/8 with
     * Σ_xyz E_xyz = 1 − 3 = −2, i.e. 5/4 or 3/4; the hint names the three-party order, and with it the file is ghz.json.
     */
    @Test
    void threePartyOrderHint() {
        Behaviour ghz = BehaviourFile.read(Path.of("examples/ghz.json"), TOL);
        Scenario s = ghz.scenario();
        // position i of the written table: its bits, most significant first, are a, b, c, x, y, z
        String table = table(new int[] {2, 2, 2, 2, 2, 2}, i -> ExactNumber.text(ghz.exact(s.index(s.block(i >> 2 & 1, i >> 1 & 1, i & 1),
                s.outcome(i >> 5 & 1, i >> 4 & 1, i >> 3 & 1)))));
        String m = error("{\"inputs\":[2,2,2],\"outputs\":[2,2,2],\"p\":" + table + "}", "g.json");
        assertTrue(m.endsWith("the blocks sum to 1 if p is read as p[a][b][c][x][y][z]: add \"order\": \"abcxyz\""), m);
        assertArrayEquals(ghz.exactEntries(), read("{\"inputs\":[2,2,2],\"outputs\":[2,2,2],\"order\":\"abcxyz\",\"p\":" + table + "}").exactEntries());
    }

    /** A nested JSON table of dimensions {@code dims} whose entry at row-major position i is {@code value(i)}, quoted. */
    private static String table(int[] dims, java.util.function.IntFunction<String> value) {
        StringBuilder t = new StringBuilder();
        fill(t, dims, 0, value, new int[1]);
        return t.toString();
    }

    private static void fill(StringBuilder t, int[] dims, int level, java.util.function.IntFunction<String> value, int[] position) {
        t.append('[');
        for (int i = 0; i < dims[level]; i++) {
            t.append(i > 0 ? "," : "");
            if (level == dims.length - 1) {
                t.append('"').append(value.apply(position[0]++)).append('"');
            } else {
                fill(t, dims, level + 1, value, position);
            }
        }
        t.append(']');
    }

    /**
     * A 3,3,2,2 behaviour (uniform, 1/4 each) written p[a][b][x][y] has the shape [2][2][3][3]: the shape error
     * names the order that fits.
     */
    @Test
    void transposedShapeGetsTheOrderHint() {
        String quarter = "[\"1/4\",\"1/4\",\"1/4\"]";
        String rows = "[" + quarter + "," + quarter + "," + quarter + "]";
        String table = "[[" + rows + "," + rows + "],[" + rows + "," + rows + "]]";
        String m = error("{\"inputs\":[3,3],\"outputs\":[2,2],\"p\":" + table + "}", "u.json");
        assertEquals("u.json: p has 2 entries but inputs[0] = 3; the blocks sum to 1 if p is read as p[a][b][x][y]: add \"order\": \"abxy\"", m);
        Behaviour b = read("{\"inputs\":[3,3],\"outputs\":[2,2],\"order\":\"abxy\",\"p\":" + table + "}");
        assertEquals(Behaviour.uniform(Scenario.bipartite(3, 3, 2, 2)).exactEntries()[0], b.exact(0));
    }

    /** Counts N(ab|xy) give p = N/Σ_ab N exactly, and keep the per-setting totals. */
    @Test
    void countsGiveExactFrequenciesAndTotals() {
        Behaviour b = read("{\"inputs\":[1,2],\"outputs\":[2,2],\"counts\":[[[[3,1],[0,0]],[[0,\"5\"],[2,3e0]]]]}");
        assertEquals(new BigFraction(3, 4), b.exact(0));
        assertEquals(new BigFraction(1, 2), b.exact(5));
        assertEquals(new BigFraction(3, 10), b.exact(7));
        assertArrayEquals(new long[] {4, 10}, b.countTotals().orElseThrow());
        assertArrayEquals(new long[] {3, 1, 0, 0, 0, 5, 2, 3}, b.counts().orElseThrow());
        assertEquals("", b.normalisationNote());
    }

    /** The PR box from 250 runs per setting: counts 250 where a ⊕ b = xy, 0 elsewhere → exactly the PR box. */
    @Test
    void csvCountsAndProbabilitiesInAnyColumnOrder() {
        StringBuilder counts = new StringBuilder("# name: PR box from counts\nx,y,a,b,count\n");
        StringBuilder probs = new StringBuilder("B , A, \"y\",x ,P\r\n");
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        boolean on = (a ^ b) == (x & y);
                        counts.append(x).append(',').append(y).append(',').append(a).append(',').append(b).append(',').append(on ? 250 : 0).append('\n');
                        probs.append(b).append(',').append(a).append(',').append(y).append(',').append(x).append(',').append(on ? "1/2" : "0").append("\r\n");
                    }
                }
            }
        }
        Behaviour fromCounts = BehaviourFile.read(counts.toString(), "pr.csv", TOL);
        assertArrayEquals(prBox().exactEntries(), fromCounts.exactEntries());
        assertEquals("PR box from counts", fromCounts.name());
        assertArrayEquals(new long[] {500, 500, 500, 500}, fromCounts.countTotals().orElseThrow());
        assertArrayEquals(prBox().exactEntries(), BehaviourFile.read(probs.toString(), "pr.csv", TOL).exactEntries());
        String tabs = probs.toString().replace(',', '\t');
        assertArrayEquals(prBox().exactEntries(), BehaviourFile.read(tabs, "pr.tsv", TOL).exactEntries());
    }

    @Test
    void csvMistakesAreNamed() {
        assertEquals("t.csv: has no row for x=0, y=0, a=1, b=0 (every combination of inputs and outputs up to the largest index in each column "
                + "needs a row; write 0 for outcomes never seen)", error("x,y,a,b,p\n0,0,0,0,1\n1,1,1,0,1\n", "t.csv"));
        assertEquals("t.csv: line 3 repeats x=0, a=0 (first given on line 2)", error("x,a,p\n0,0,1\n0,0,1\n", "t.csv"));
        assertTrue(error("x,y,a,c,p\n", "t.csv").startsWith("t.csv: CSV header on line 1: column \"c\" is not an index of 2 parties nor p or count"));
        assertEquals("t.csv: count on line 2 (x=0, a=0) = 2.5 is not a whole number of runs", error("x,a,count\n0,0,2.5\n0,1,1\n", "t.csv"));
        assertEquals("t.csv: count on line 2 (x=0, a=0) = -1 is negative: a number of runs cannot be below 0", error("x,a,count\n0,0,-1\n0,1,1\n", "t.csv"));
        assertEquals("t.csv: the rows with x=1 has no runs (every count is 0): the probabilities of the setting x=1 are unknown",
                error("x,a,count\n0,0,1\n0,1,1\n1,0,0\n1,1,0\n", "t.csv"));
        assertEquals("t.csv: line 2 has 2 fields but the header names 3 columns", error("x,a,p\n0,0\n", "t.csv"));
    }

    /**
     * Correlator form, outcome 0 ↔ +1: p(ab|xy) = (1 + (−1)^a⟨A_x⟩ + (−1)^b⟨B_y⟩ + (−1)^(a+b)⟨A_xB_y⟩)/4. The PR box has
     * ⟨A_x⟩ = ⟨B_y⟩ = 0 and ⟨A_xB_y⟩ = (−1)^(xy); the Collins–Gisin form of the same box has p_A(0|x) = p_B(0|y) = 1/2 and
     * p(00|xy) = 1/2 except p(00|11) = 0.
     */
    @Test
    void correlatorAndCollinsGisinFormsOfThePrBox() {
        Behaviour corr = read("{\"inputs\":[2,2],\"correlators\":{\"A\":[0,0],\"B\":[0,0],\"AB\":[[1,1],[1,-1]]}}");
        assertArrayEquals(prBox().exactEntries(), corr.exactEntries());
        Behaviour cg = read("{\"inputs\":[2,2],\"outputs\":[2,2],\"collins-gisin\":{\"A\":[0.5,0.5],\"B\":[\"1/2\",\"1/2\"],\"AB\":[[0.5,0.5],[0.5,0]]}}");
        assertArrayEquals(prBox().exactEntries(), cg.exactEntries());
    }

    /**
     * A box with marginals: A always outputs 0, B outputs b = y. Correlators ⟨A_x⟩ = 1, ⟨B_y⟩ = (−1)^y,
     * ⟨A_xB_y⟩ = (−1)^y; Collins–Gisin p_A(0|x) = 1, p_B(0|y) = 1 − y, p(00|xy) = 1 − y. Both give p(0y|xy) = 1.
     */
    @Test
    void formsWithMarginals() {
        Behaviour corr = read("{\"inputs\":[2,2],\"correlators\":{\"A\":[1,1],\"B\":[1,-1],\"AB\":[[1,-1],[1,-1]]}}");
        Behaviour cg = read("{\"inputs\":[2,2],\"collins-gisin\":{\"A\":[1,1],\"B\":[1,0],\"AB\":[[1,0],[1,0]]}}");
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                assertEquals(BigFraction.ONE, corr.exact(s.index(x, y, 0, y)));
                assertEquals(BigFraction.ONE, cg.exact(s.index(x, y, 0, y)));
            }
        }
    }

    /**
     * Three parties: the GHZ state measured in X (0) or Y (1) has zero marginals and two-party correlators and
     * ⟨A_xB_yC_z⟩ = cos(π(x+y+z)/2) (1, 0, −1, 0 for 0, 1, 2, 3 Y's) — the shipped ghz.json, exactly.
     */
    @Test
    void threePartyCorrelatorsOfGhz() {
        String zero1 = "[0,0]";
        String zero2 = "[[0,0],[0,0]]";
        Behaviour b = read("{\"inputs\":[2,2,2],\"correlators\":{\"A\":" + zero1 + ",\"B\":" + zero1 + ",\"C\":" + zero1 + ",\"AB\":" + zero2
                + ",\"AC\":" + zero2 + ",\"BC\":" + zero2 + ",\"ABC\":[[[1,0],[0,-1]],[[0,-1],[-1,0]]]}}");
        assertArrayEquals(BehaviourFile.read(Path.of("examples/ghz.json"), TOL).exactEntries(), b.exactEntries());
    }

    /** ⟨A_0⟩ = ⟨B_0⟩ = 1 with ⟨A_0B_0⟩ = −1 gives p(00|00) = (1 + 1 + 1 − 1)/4 = 1/2 and p(11|00) = (1 − 1 − 1 − 1)/4 = −1/2. */
    @Test
    void impossibleCorrelatorsAreNamed() {
        String m = error("{\"inputs\":[1,1],\"correlators\":{\"A\":[1],\"B\":[1],\"AB\":[[-1]]}}", "c.json");
        assertEquals("c.json: p(11|00) = -0.5 is negative: a probability cannot be below 0; these correlators (outcome 0 = +1, 1 = -1) are not those of "
                + "any behaviour", m);
        assertEquals("c.json: correlators.AB[0][0] = 2 is not a correlator in [-1, 1]",
                error("{\"inputs\":[1,1],\"correlators\":{\"A\":[1],\"B\":[1],\"AB\":[[2]]}}", "c.json"));
        assertEquals("c.json: \"correlators\" has no key \"AB\" (<A_x B_y> nested as AB[x][y])",
                error("{\"inputs\":[1,1],\"correlators\":{\"A\":[1],\"B\":[1]}}", "c.json"));
        assertEquals("c.json: \"correlators\" describes two outputs per party, but \"outputs\" = [3,2]",
                error("{\"inputs\":[1,1],\"outputs\":[3,2],\"correlators\":{}}", "c.json"));
    }

    /** Every input form → canonical JSON and CSV → read again: the same exact entries, counts and name. */
    @Test
    void everyFormRoundTripsThroughTheCanonicalFiles() {
        String[] inputs = {
            "{\"name\":\"a\",\"inputs\":[2,2],\"outputs\":[2,2],\"order\":\"abxy\",\"p\":" + prBoxOutputsFirst() + "}",
            "{\"name\":\"b\",\"inputs\":[1,2],\"outputs\":[2,2],\"counts\":[[[[3,1],[0,0]],[[0,5],[2,3]]]]}",
            "{\"name\":\"c\",\"inputs\":[2,2],\"correlators\":{\"A\":[\"1/3\",0],\"B\":[0,0.2],\"AB\":[[0.1,0.1],[0.1,-0.1]]}}",
            "{\"name\":\"d\",\"inputs\":[2,1],\"collins-gisin\":{\"A\":[\"1/3\",0.5],\"B\":[0.5],\"AB\":[[0.25],[\"1/7\"]]}}",
            "{\"name\":\"e\",\"inputs\":[1,1],\"outputs\":[3,1],\"p\":[[[[0.1],[0.2],[0.7]]]]}",
        };
        for (String in : inputs) {
            Behaviour b = read(in);
            Behaviour json = read(BehaviourFile.toJson(b));
            Behaviour csv = BehaviourFile.read(BehaviourFile.toCsv(b), "b.csv", 0);
            for (Behaviour again : new Behaviour[] {json, csv}) {
                assertArrayEquals(b.exactEntries(), again.exactEntries(), in);
                assertEquals(b.counts().map(java.util.Arrays::toString), again.counts().map(java.util.Arrays::toString), in);
                assertEquals(b.name(), again.name());
                assertEquals(b.scenario(), again.scenario());
            }
        }
    }
}
