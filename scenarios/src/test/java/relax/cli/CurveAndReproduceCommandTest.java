package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveAndReproduceCommandTest {

    @Test
    void curveWritesFilesAndFindings(@TempDir Path dir) throws Exception {
        Run r = Run.of("curve", "chsh-comm", "--points", "3", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(dir.resolve("chsh-comm.csv")).startsWith("series,x,y,certified\n"));
        assertTrue(Files.exists(dir.resolve("chsh-comm.png")) && Files.exists(dir.resolve("chsh-comm.svg")) && Files.exists(dir.resolve("chsh-comm.pdf")));
        assertTrue(r.out().contains("9 of 9 optima certified"), r.out());
        assertEquals("", r.err(), "no progress bar without a terminal");
    }

    @Test
    void curveRejectsBadInput() {
        for (String[] args : new String[][] {{"curve", "fig9"}, {"curve", "iab", "--points", "1"}, {"curve", "iab", "--points", "many"}}) {
            Run r = Run.of(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.oneLineError(), r.err());
        }
    }

    /**
     * A report of three claims (the full list grows as reproductions are registered, so the test picks its own):
     * the summary table with verdicts, the A→B contradiction flagged, the exact I3322 breakpoint, plots beside the report.
     */
    @Test
    void reproduceWritesTheReport(@TempDir Path dir) throws Exception {
        Run r = Run.of("reproduce", "--out", dir.toString(), "--only", "chsh-a2b,i3322,iab");
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("| # | id | claim | paper | engine | verdict | proof |"));
        for (String id : new String[] {"chsh-a2b", "i3322", "iab"}) {
            assertTrue(Files.exists(dir.resolve(id + ".png")), id);
        }
        assertTrue(md.contains("| 1 | `chsh-a2b` | [min C_A→B = max(0, CHSH) (eqs. 7 and 38)](#claim-1) | max(0, CHSH); PR box 1/2 | 2·max(0, CHSH)"), md);
        assertTrue(md.contains("3 claims: 2 agree, 0 refine, 1 contradict the paper."), md);
        assertTrue(r.out().contains("contradicts chsh-a2b"), r.out());
        assertTrue(md.contains("breaks at I = 0 and I = 5/7"), md);
    }

    @Test
    void reproductionIdsAreUnique() {
        var ids = ReproduceCommand.reproductions().stream().map(rep -> rep.id()).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
    }

    @Test
    void reproduceRejectsUnknownIds(@TempDir Path dir) {
        Run r = Run.of("reproduce", "--only", "fig9", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.oneLineError(), r.err());
    }
}
