package relax.scenarios.io;

import relax.scenarios.analysis.ChshLawsTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

class BehaviourFileTest {

    private static String message(String json) {
        return assertThrows(InvalidBehaviourException.class, () -> BehaviourFile.parse(json).validate(1e-9)).getMessage();
    }

    @Test
    void readsNestingInJsonOrder() {
        Behaviour b = BehaviourFile.parse("{\"inputs\":[1,2],\"outputs\":[2,1],\"p\":[[[[0.25],[0.75]],[[1],[0]]]]}");
        Scenario s = b.scenario();
        assertEquals(Scenario.bipartite(1, 2, 2, 1), s);
        assertEquals(0.75, b.get(0, 0, 1, 0));
        assertEquals(1, b.get(0, 1, 0, 0));
    }

    @Test
    void roundTripsThroughJson() {
        Behaviour b = BehaviourFile.parse("{\"name\":\"n\",\"inputs\":[1,2],\"outputs\":[2,1],\"p\":[[[[0.25],[0.75]],[[1],[0]]]]}");
        Behaviour again = BehaviourFile.parse(BehaviourFile.toJson(b));
        assertEquals(java.util.Arrays.toString(b.toArray()), java.util.Arrays.toString(again.toArray()));
        assertEquals("n", again.name());
    }

    @Test
    void shapeErrorsNameTheEntryAndTheRule() {
        assertEquals("p[0] has 3 entries but inputs[1] = 2",
                message("{\"inputs\":[1,2],\"outputs\":[1,1],\"p\":[[[[1]],[[1]],[[1]]]]}"));
        assertEquals("p[0][1][0][0] = \"x\" is not a probability (write a decimal such as 0.25 or 1e-3, or a fraction such as \"1/4\")",
                message("{\"inputs\":[1,2],\"outputs\":[1,1],\"p\":[[[[1]],[[\"x\"]]]]}"));
        assertEquals("missing key \"p\" (the probabilities, nested as p[x1]..[xN][a1]..[aN]; or \"counts\", \"correlators\" or \"collins-gisin\")",
                message("{\"inputs\":[1],\"outputs\":[1]}"));
        assertEquals("\"inputs\" lists 2 parties but \"outputs\" lists 1", message("{\"inputs\":[1,1],\"outputs\":[1],\"p\":[]}"));
        assertEquals("\"outputs\"[0] = 0 must be at least 1 (every party has at least one output)", message("{\"inputs\":[1],\"outputs\":[0],\"p\":[]}"));
    }

    @Test
    void malformedJsonIsReportedWithPosition() {
        String m = message("{\"inputs\":[1,}");
        assertEquals(true, m.startsWith("not valid JSON (line 1, column 14: "), m);
        assertEquals("ends before the JSON is complete (at line 1, column 14): is the file truncated?", message("{\"inputs\":[1,"));
    }

    @Test
    void fileErrorsStartWithTheFileName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"inputs\":[1,1],\"outputs\":[2,2],\"p\":[[[[0.5,0.5],[0.5,0.5]]]]}");
        String m = assertThrows(InvalidBehaviourException.class, () -> BehaviourFile.read(f, 1e-9)).getMessage();
        assertEquals(f + ": p[0][0] sums to 2, not 1 (the probabilities of each input setting must sum to 1 within --tolerance 1e-9)", m);
        String missing = assertThrows(InvalidBehaviourException.class, () -> BehaviourFile.read(dir.resolve("none.json"), 1e-9)).getMessage();
        assertEquals(dir.resolve("none.json") + ": no such file", missing);
    }

    /** The shipped examples are valid and are what their names say (values derived in their descriptions). */
    @Test
    void shippedExamplesAreValid() {
        Behaviour pr = BehaviourFile.read(Path.of("examples/pr-box.json"), 1e-9);
        Behaviour ts = BehaviourFile.read(Path.of("examples/tsirelson.json"), 1e-9);
        Behaviour ld = BehaviourFile.read(Path.of("examples/local-deterministic.json"), 1e-9);
        assertEquals(0.5, ChshLawsTest.chsh(pr), 1e-15);
        assertEquals((Math.sqrt(2) - 1) / 2, ChshLawsTest.chsh(ts), 1e-15);
        assertEquals(1, ld.get(1, 0, 1, 1));
    }
}
