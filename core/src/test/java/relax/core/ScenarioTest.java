package relax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void flatIndexFollowsJsonNesting() {
        Scenario s = Scenario.bipartite(3, 2, 2, 3);
        // p[x][y][a][b] row-major: ((x*my + y)*oa + a)*ob + b
        assertEquals(((2 * 2 + 1) * 2 + 1) * 3 + 2, s.index(2, 1, 1, 2));
        assertEquals(s.index(s.block(2, 1), s.outcome(1, 2)), s.index(2, 1, 1, 2));
        assertEquals(3 * 2 * 2 * 3, s.size());
        assertEquals("p(12|21)", s.entryName(s.index(2, 1, 1, 2)));
        assertEquals("p[2][1][1][2]", s.entryPath(s.index(2, 1, 1, 2)));
    }

    @Test
    void decodeInvertsEncode() {
        Scenario s = Scenario.of(new int[] {2, 3, 2}, new int[] {3, 2, 2});
        int[] x = new int[3];
        for (int block = 0; block < s.inputBlocks(); block++) {
            s.decodeBlock(block, x);
            assertEquals(block, s.block(x));
        }
    }

    @Test
    void parsesInputsThenOutputs() {
        assertEquals(Scenario.bipartite(3, 3, 2, 2), Scenario.parse("3,3,2,2"));
        assertEquals("3,3,2,2", Scenario.parse(" 3, 3,2 ,2").toString());
    }

    @Test
    void rejectsMalformedScenarios() {
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("2,2,2"));
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("2,x,2,2"));
        assertThrows(IllegalArgumentException.class, () -> Scenario.bipartite(2, 0, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Scenario.bipartite(2, 2, 2, 2).block(2, 0));
    }
}
