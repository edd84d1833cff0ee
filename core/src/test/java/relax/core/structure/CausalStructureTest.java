package relax.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static relax.core.structure.Structures.bipartite;
import static relax.core.structure.Structures.edges;
import static relax.core.structure.Structures.hidden;
import static relax.core.structure.Structures.outcome;
import static relax.core.structure.Structures.setting;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relax.core.InvalidStructureException;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;

class CausalStructureTest {

    /**
     * The strategy counts of Fig. 1a–d equal those of the hand-written spaces and the paper's counting (Chaves et al.
     * 2015 after eq. 28): lhv oa^mx·ob^my; x2b oa^mx·ob^(mx·my) (CHSH: 4·4^2 = 64); a2b oa^mx·ob^(oa·my); comm
     * oa^mx·2^mx·ob^(2·my) (CHSH: 4·4·16 = 256; m's table needs only x, see {@link CausalStructure#tableInputs}).
     */
    @ParameterizedTest
    @CsvSource({"2,2,2,2", "3,2,2,2", "2,2,3,3", "3,2,3,2", "2,3,2,3", "3,3,2,2"})
    void bipartiteCountsEqualTheHandWrittenSpaces(int mx, int my, int oa, int ob) {
        Scenario s = Scenario.bipartite(mx, my, oa, ob);
        for (CausalModel m : CausalModel.values()) {
            CausalStructure c = bipartite(m.key(), mx, my, oa, ob);
            assertEquals(BigInteger.valueOf(m.strategies(s).size()), c.strategyCount(), m.key() + " " + s);
            assertEquals(s, c.scenario());
        }
        BigInteger p = BigInteger.valueOf(oa).pow(mx);
        assertEquals(p.multiply(BigInteger.valueOf(ob).pow(mx * my)), bipartite("x2b", mx, my, oa, ob).strategyCount());
        assertEquals(p.multiply(BigInteger.TWO.pow(mx)).multiply(BigInteger.valueOf(ob).pow(2 * my)), bipartite("comm", mx, my, oa, ob).strategyCount());
    }

    @Test
    void chshX2bHas64Strategies() {
        assertEquals(BigInteger.valueOf(64), bipartite("x2b", 2, 2, 2, 2).strategyCount());
    }

    /** N-party LHV (Fig. 1a for N parties, eq. 2): Π_i o_i^{m_i}, as {@link LhvStrategies}. */
    @Test
    void threePartyLhvCountEqualsTheHandWrittenSpace() {
        List<Node> n = List.of(setting("x", 2), setting("y", 3), setting("z", 2), outcome("a", 2, "x"), outcome("b", 2, "y"), outcome("c", 3, "z"));
        CausalStructure c = new CausalStructure("lhv3", "", n, List.of(), null);
        Scenario s = Scenario.of(new int[] {2, 3, 2}, new int[] {2, 2, 3});
        assertEquals(s, c.scenario());
        assertEquals(BigInteger.valueOf(new LhvStrategies(s).size()), c.strategyCount());
        assertEquals(BigInteger.valueOf(4 * 8 * 9), c.strategyCount());
    }

    /** Fig. 1d: the message m = h(x, a) is tabulated over x only (a = α_x is fixed by x); Bob's table keeps m. */
    @Test
    void determinedParentsAreLeftOutOfATable() {
        CausalStructure comm = bipartite("comm", 2, 2, 2, 2);
        assertEquals(List.of("x"), comm.tableInputs("m"));
        assertEquals(List.of("m", "y"), comm.tableInputs("b"));
        // the instrumental b keeps a: its setting ancestor x enters b through the relaxed edge only
        assertEquals(List.of("x", "a"), Structures.instrumental(3, true).tableInputs("b"));
        // 2^3 · 2^(3·2) = 512
        assertEquals(BigInteger.valueOf(512), Structures.instrumental(3, true).strategyCount());
    }

    /** Instrumental: one setting, two outcomes; the scenario pads Bob's missing input with one value. */
    @Test
    void scenarioPadsMissingInputs() {
        assertEquals(Scenario.of(new int[] {3, 1}, new int[] {2, 2}), Structures.instrumental(3, false).scenario());
        assertEquals(List.of("λ", "x", "a", "b"), Structures.instrumental(3, false).graph().nodes());
        assertEquals(List.of("a", "λ"), Structures.instrumental(3, false).graph().parents("b"));
    }

    private static String error(List<Node> nodes, List<Edge> relax, ValueProbability m) {
        return assertThrows(InvalidStructureException.class, () -> new CausalStructure("t", "", nodes, relax, m)).getMessage();
    }

    @Test
    void invalidStructuresGetOneLineEach() {
        assertEquals("the graph has a cycle: a -> b -> a", error(List.of(setting("x", 2), outcome("a", 2, "x", "b"), outcome("b", 2, "a")), List.of(), null));
        assertEquals("node 'b' has parent 'z', which is not a declared node (declare it or remove it)",
                error(List.of(setting("x", 2), outcome("b", 2, "z")), List.of(), null));
        assertEquals("node 'x' is a setting but has parents a; settings are roots chosen freely (make it a hidden node or an outcome to give it parents)",
                error(List.of(new Node("x", NodeKind.SETTING, 2, List.of("a")), outcome("a", 2)), List.of(), null));
        assertEquals("node 'a' has 0 values; every node needs at least 1 (e.g. 2 for a bit)",
                error(List.of(setting("x", 2), outcome("a", 0, "x")), List.of(), null));
        assertEquals("relaxed edge x->b is not an edge of the graph: the parents of b are a (add x to them to relax that edge)",
                error(List.of(setting("x", 2), outcome("a", 2, "x"), outcome("b", 2, "a")), edges("x->b"), null));
        assertEquals("relaxed edge x->c: 'c' is not a declared node", error(List.of(setting("x", 2), outcome("a", 2, "x")), edges("x->c"), null));
        assertEquals("hidden node 'm' has no path to any outcome, so it cannot change p; remove it (or make an outcome its child)",
                error(List.of(setting("x", 2), outcome("a", 2, "x"), hidden("m", 2, "a")), List.of(), null));
        assertEquals("the structure declares no outcome; nothing would be observed", error(List.of(setting("x", 2)), List.of(), null));
        assertEquals("node 'a' lists 'λ' as a parent; the latent λ is a parent of every non-setting node already, do not list it",
                error(List.of(setting("x", 2), outcome("a", 2, "x", "λ")), List.of(), null));
        assertEquals("node 'x' is declared twice", error(List.of(setting("x", 2), setting("x", 2), outcome("a", 2, "x")), List.of(), null));
        assertEquals("the measure p(a=0) needs a hidden node; 'a' is an outcome, whose distribution p fixes",
                error(List.of(setting("x", 2), outcome("a", 2, "x")), List.of(), new ValueProbability("a", 0)));
        assertEquals("setting 'x': its distribution sums to 0.9, not 1",
                error(List.of(new Node("x", NodeKind.SETTING, 2, List.of(), new double[] {0.5, 0.4}), outcome("a", 2, "x")), List.of(), null));
        assertEquals("'x-b' is not an edge; write it as \"parent->child\", e.g. \"x->b\"",
                assertThrows(InvalidStructureException.class, () -> Edge.parse("x-b")).getMessage());
    }

    @Test
    void edgesParseWithSpacesAndArrows() {
        assertEquals(new Edge("x", "b"), Edge.parse(" x -> b "));
        assertEquals(new Edge("x1", "b"), Edge.parse("x1→b"));
        assertEquals(new Edge("x-1", "b"), Edge.parse("x-1->b"));
    }
}
