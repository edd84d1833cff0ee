package relax.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {
    @Test
    void writesPngAndSvg(@TempDir Path dir) throws Exception {
        Chart.of("t", "x", "y").line("a", new double[] {0, 1}, new double[] {0, 1}).dashed("b", new double[] {0, 1}, new double[] {1, 0})
                .scatter("c", new double[] {0.5}, new double[] {0.5}).save(dir.resolve("plot"));
        assertTrue(Files.size(dir.resolve("plot.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("plot.svg")).contains("<svg"));
    }
}
