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
        assertTrue(Files.readString(dir.resolve("chsh-comm.csv")).startsWith("series,x,y\n"));
        assertTrue(Files.exists(dir.resolve("chsh-comm.png")) && Files.exists(dir.resolve("chsh-comm.svg")));
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

    /** The whole report: every claim present in the summary table, a-b disagreement flagged, plots beside it. */
    @Test
    void reproduceWritesTheReport(@TempDir Path dir) throws Exception {
        Run r = Run.of("reproduce", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("| # | claim | paper | engine | agrees? |"));
        for (var rep : ReproduceCommand.reproductions()) {
            assertTrue(md.contains(rep.title()), rep.id());
            assertTrue(Files.exists(dir.resolve(rep.id() + ".png")), rep.id());
        }
        assertTrue(md.contains("| [min C_A→B = max(0, CHSH) (eqs. 7 and 38)](#claim-2) | max(0, CHSH); PR box 1/2 | 2·max(0, CHSH)"), md);
        assertTrue(md.contains("4 of 5 claims agree."), md);
        assertTrue(md.contains("break at [0, 5/7]"), md);
    }

    @Test
    void reproduceRejectsUnknownIds(@TempDir Path dir) {
        Run r = Run.of("reproduce", "--only", "fig9", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.oneLineError(), r.err());
    }
}
