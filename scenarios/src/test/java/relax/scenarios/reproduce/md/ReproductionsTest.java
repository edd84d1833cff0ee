package relax.scenarios.reproduce.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.scenarios.report.Reproduction;

/** Runs every measurement-dependence reproduction as relax reproduce would, and checks its verdict. */
class ReproductionsTest {

    @Test
    void reproductionsRunAndReportTheirVerdicts(@TempDir Path dir) throws Exception {
        List<Reproduction> all = List.of(new SingletMutualInformation(), new GhzMutualInformation(), new CglmpLaw(), new CglmpMutualInformationFigure());
        boolean[] expected = {true, false, true, true};
        for (int i = 0; i < all.size(); i++) {
            long t0 = System.nanoTime();
            Reproduction.Section s = all.get(i).run(dir, line -> { });
            System.out.printf("%s: %.1f s%n%s%n", all.get(i).id(), (System.nanoTime() - t0) / 1e9, s.markdown());
            assertTrue(s.markdown().startsWith("## "), all.get(i).id());
            assertEquals(expected[i], s.agrees(), all.get(i).id());
        }
        assertTrue(Files.size(dir.resolve("md-fig3.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("md-fig3.svg")));
    }
}
