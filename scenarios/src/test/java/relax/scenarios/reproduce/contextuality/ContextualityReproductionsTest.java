package relax.scenarios.reproduce.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.scenarios.report.Reproduction;

/**
 * The n-cycle and fine-tuning sections confirm their stated verdicts (n-cycle agrees, fine-tuning refines: Fig. 1 implies
 * factorisability only with Def. 4.2's symmetry clause) and write their plots (each section checks its own
 * numbers against the closed forms; the Peres–Mermin section runs in relax reproduce, its parts are tested in
 * ContextualityAnalysisTest, PeresMerminTest and the LP tests).
 */
class ContextualityReproductionsTest {

    @Test
    void nCycleAndFineTuning(@TempDir Path dir) throws Exception {
        for (Reproduction r : new Reproduction[] {new NCycleReproduction(), new FineTuningReproduction()}) {
            Reproduction.Section s = r.run(dir, line -> { });
            assertEquals(r.verdict(), s.verdict(), s.markdown());
            assertTrue(Files.exists(dir.resolve(r.id() + ".png")), r.id());
            assertTrue(Files.exists(dir.resolve(r.id() + ".csv")), r.id());
        }
        // the Peres-Mermin enumeration of eq. (6), independent of the pricing search
        assertEquals(4, PeresMerminReproduction.enumerate());
    }
}
