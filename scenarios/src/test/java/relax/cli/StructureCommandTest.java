package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructureCommandTest {
    private static final String X = "{\"name\": \"x\", \"kind\": \"setting\", \"values\": 2}";

    @Test
    void showsCountAndNoSignallingConditions() {
        Run r = Run.of("structure", "x2b");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("deterministic strategies: 64 = a(x): 2^2 · b(x,y): 2^4"), r.out());
        assertTrue(r.out().contains("p(a | x, y) does not depend on y   [a ⊥ y | x]"), r.out());
        assertTrue(!r.out().contains("p(b | x, y) does not depend on x"), r.out());
    }

    /** A behaviour in which b copies x signals from x to b, which LHV forbids (b ⊥ x | y). */
    @Test
    void reportsTheBrokenCondition(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("copy.json");
        Files.writeString(f, "{\"inputs\": [2, 2], \"outputs\": [2, 2], \"p\": [[[[0.5, 0], [0.5, 0]], [[0.5, 0], [0.5, 0]]],"
                + " [[[0, 0.5], [0, 0.5]], [[0, 0.5], [0, 0.5]]]]}");
        Run r = Run.of("structure", "lhv", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("breaks 1 implied independence, so no model of this structure reproduces it:\n"
                + "  p(b | x, y) does not depend on x, but p(b=0 | x=0,y=0) = 1 but p(b=0 | x=1,y=0) = 0"), r.out());
        Run ok = Run.of("structure", "x2b", f.toString());
        assertTrue(ok.out().contains("obeys every implied independence (within 1.0E-9)"), ok.out());
    }

    /** Every invalid structure file gets one line naming the file and the rule, exit 2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\", \"b\"]}, {\"name\": \"b\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"a\"]}]}"
            + "|the graph has a cycle: a -> b -> a",
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"z\"]}]}"
            + "|node 'a' has parent 'z', which is not a declared node (declare it or remove it)",
        "{\"nodes\": [{\"name\": \"x\", \"kind\": \"setting\", \"values\": 2, \"parents\": [\"a\"]}, {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2}]}"
            + "|node 'x' is a setting but has parents a; settings are roots chosen freely (make it a hidden node or an outcome to give it parents)",
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 0, \"parents\": [\"x\"]}]}"
            + "|node 'a' has 0 values; every node needs at least 1 (e.g. 2 for a bit)",
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\"]}, {\"name\": \"m\", \"kind\": \"hidden\", \"values\": 2, \"parents\": [\"a\"]}]}"
            + "|hidden node 'm' has no path to any outcome, so it cannot change p; remove it (or make an outcome its child)",
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\"]}], \"p\": [[0.5, 0.5]]}"
            + "|p has 1 entries but the values of x = 2 (p is nested over x, a)",
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2}], \"relax\": [\"x->a\"]}"
            + "|relaxed edge x->a is not an edge of the graph: the parents of a are none (add x to them to relax that edge)",
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parent\": [\"x\"]}]}"
            + "|nodes[1] 'a' has unknown key \"parent\" (allowed: distribution, kind, name, parents, values)",
        "{\"nodes\": [" + X + ", {\"name\": \"a\", \"kind\": \"output\", \"values\": 2}]}"
            + "|nodes[1] 'a': \"kind\" = \"output\" must be \"setting\", \"outcome\" or \"hidden\"",
    })
    void invalidFilesGetOneLineAndExit2(String json, String message, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, json);
        Run r = Run.of("structure", f.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.oneLineError(), r.err());
        assertEquals("relax: " + f + ": " + message, r.err().strip());
    }

    @Test
    void missingFileAndWrongBehaviourShapeExit2() {
        Run r = Run.of("structure", "nope.json");
        assertEquals(2, r.exit());
        assertEquals("relax: nope.json: no such file, and not a shipped structure (lhv, x2b, a2b, comm, lhv3, instrumental, bell-x-and-a-to-b, chain)",
                r.err().strip());
        Run s = Run.of("structure", "instrumental", "examples/pr-box.json");
        assertEquals(2, s.exit());
        assertTrue(s.oneLineError(), s.err());
        assertTrue(s.err().startsWith("relax: examples/pr-box.json: the behaviour has inputs [2, 2]"), s.err());
    }
}
