package relax.scenarios.reproduce.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/** Runs every measurement-dependence reproduction as relax reproduce would, and checks its verdict (the one it states, confirmed by the run). */
class ReproductionsTest {

    @Test
    void reproductionsRunAndReportTheirVerdicts(@TempDir Path dir) throws Exception {
        List<Reproduction> all = List.of(new SingletMutualInformation(), new GhzMutualInformation(), new CglmpLaw(), new CglmpMutualInformationFigure());
        Verdict[] expected = {Verdict.REFINES, Verdict.REFINES, Verdict.REFINES, Verdict.REFINES};
        for (int i = 0; i < all.size(); i++) {
            long t0 = System.nanoTime();
            Reproduction.Section s = all.get(i).run(dir, line -> { });
            System.out.printf("%s: %.1f s%n%s%n", all.get(i).id(), (System.nanoTime() - t0) / 1e9, s.markdown());
            assertTrue(s.markdown().startsWith("## "), all.get(i).id());
            assertEquals(expected[i], s.verdict(), all.get(i).id() + ": " + s.proof());
        }
        assertTrue(Files.size(dir.resolve("md-fig3.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("md-fig3.csv")).startsWith("series,x,y,certified\n"));
        assertTrue(Files.size(dir.resolve("md-fig3.pdf")) > 1000);
    }
}
