package relax.scenarios.reproduce.bilocality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/** The Fig. 4 and ternary sections run, agree with the paper and write their plots (Fig. 5's laws are tested in BilocalTest). */
class BilocalReproductionsTest {
    private static void runs(Reproduction r, Path dir) throws Exception {
        Reproduction.Section s = r.run(dir, line -> { });
        assertEquals(Verdict.AGREES, s.verdict(), s.markdown());
        assertTrue(s.markdown().startsWith("## "));
        assertTrue(Files.size(dir.resolve(r.id() + ".png")) > 1000);
        assertTrue(Files.readString(dir.resolve(r.id() + ".svg")).contains("<text"));
        assertTrue(Files.size(dir.resolve(r.id() + ".pdf")) > 1000);
        assertTrue(Files.exists(dir.resolve(r.id() + ".csv")));
    }

    @Test
    void figure4(@TempDir Path dir) throws Exception {
        runs(new Figure4Reproduction(), dir);
    }

    @Test
    void ternaryExample(@TempDir Path dir) throws Exception {
        runs(new TernaryReproduction(), dir);
    }
}
