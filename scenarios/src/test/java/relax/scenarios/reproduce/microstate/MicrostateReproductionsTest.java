package relax.scenarios.reproduce.microstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Runs the Ciepielewski & Okon reproductions as relax reproduce would: the escape model agrees with the paper, the
 * printed eq. (25) is the documented discrepancy (one-time pad), the law of minimal dependence holds.
 */
class MicrostateReproductionsTest {

    @Test
    void reproductionsRunAndReportTheirVerdicts(@TempDir Path dir) throws Exception {
        List<Reproduction> all = List.of(new EscapeModelReproduction(), new PrintedIndependenceReproduction(), new MinimalDependenceReproduction());
        Verdict[] expected = {Verdict.AGREES, Verdict.CONTRADICTS, Verdict.REFINES};
        String[] mustContain = {"CHSH is violated at Tsirelson's value", "the printed form does not give factorizability", "every one certified"};
        for (int i = 0; i < all.size(); i++) {
            Reproduction.Section s = all.get(i).run(dir, line -> { });
            assertTrue(s.markdown().startsWith("## "), all.get(i).id());
            assertEquals(expected[i], s.verdict(), all.get(i).id() + "\n" + s.markdown());
            assertTrue(s.markdown().contains(mustContain[i]), s.markdown());
        }
    }
}
