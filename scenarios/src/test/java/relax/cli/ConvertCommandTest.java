package relax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.Behaviour;
import relax.scenarios.io.BehaviourFile;

class ConvertCommandTest {

    /** CSV counts → canonical JSON keeps the counts; → CSV again gives the same table (the PR box from 250 runs per setting). */
    @Test
    void convertsCsvCountsToCanonicalJsonAndBack(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("x,y,a,b,count\n");
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        csv.append(x).append(',').append(y).append(',').append(a).append(',').append(b).append(',')
                                .append((a ^ b) == (x & y) ? 250 : 0).append('\n');
                    }
                }
            }
        }
        Path in = Files.writeString(dir.resolve("pr.csv"), csv.toString());
        Run r = Run.of("convert", in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        Behaviour json = BehaviourFile.read(r.out(), "out.json", 0);
        assertArrayEquals(BehaviourFile.read(Path.of("examples/pr-box.json"), 0).exactEntries(), json.exactEntries());
        assertArrayEquals(new long[] {500, 500, 500, 500}, json.countTotals().orElseThrow());
        Path out = dir.resolve("again.csv");
        assertEquals(0, Run.of("convert", in.toString(), "--out", out.toString()).exit());
        assertEquals(csv.toString(), Files.readString(out));
    }

    /** An accepted but unnormalised file: the note goes to standard error, the output is exact and passes at --tolerance 0. */
    @Test
    void renormalisationIsSaid(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("r.json"), "{\"inputs\":[1,1],\"outputs\":[2,1],\"p\":[[[[0.5001],[0.5]]]]}");
        Run r = Run.of("convert", in.toString(), "--tolerance", "1e-4");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("relax: note: " + in + ": renormalised: "), r.err());
        assertTrue(r.out().contains("\"5001/10001\""), r.out());
        assertEquals("", BehaviourFile.read(r.out(), "o.json", 0).normalisationNote());
    }

    @Test
    void badInputAndOutputGetOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("g.json"), "{\"inputs\":[1],\"outputs\":[1],\"p\":[[1]]}");
        Path exists = Files.writeString(dir.resolve("e.json"), "keep");
        String[][] cases = {
            {"convert", dir.resolve("missing.json").toString()},
            {"convert", good.toString(), "--format", "xml"},
            {"convert", good.toString(), "--tolerance", "0.5"},
            {"convert", good.toString(), "--out", exists.toString()},
            {"convert", good.toString(), "--out", dir.resolve("no/such/dir/o.json").toString()},
            {"convert", "/dev/zero"},
        };
        for (String[] args : cases) {
            Run r = Run.of(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.oneLineError(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out());
        }
        assertEquals("keep", Files.readString(exists), "an existing file is kept without --force");
        assertEquals(0, Run.of("convert", good.toString(), "--out", exists.toString(), "--force").exit());
        assertTrue(Files.readString(exists).contains("\"p\""));
        assertEquals("relax: cannot write " + dir.resolve("no/such/dir/o.json") + " (no such directory)\n",
                Run.of("convert", good.toString(), "--out", dir.resolve("no/such/dir/o.json").toString()).err());
    }
}
