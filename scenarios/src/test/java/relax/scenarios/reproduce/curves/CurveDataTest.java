package relax.scenarios.reproduce.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurveDataTest {

    @Test
    void writesCsvPngAndSvg(@TempDir Path dir) throws Exception {
        new CurveData("c", "t", "x [1]", "y [1]").add("a, b", CurveData.Style.LINE, new double[] {0, 1}, new double[] {0.5, 2})
                .add("d", CurveData.Style.SCATTER, new double[] {0.25}, new double[] {1}).write(dir);
        assertEquals(List.of("series,x,y", "\"a, b\",0.00000000000,0.500000000000", "\"a, b\",1.00000000000,2.00000000000",
                "\"d\",0.250000000000,1.00000000000"), Files.readAllLines(dir.resolve("c.csv")));
        assertTrue(Files.size(dir.resolve("c.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("<svg"));
    }

    @Test
    void namesEveryCurve() {
        assertEquals(List.of("chsh-x2b", "chsh-a2b", "chsh-comm", "i3322", "iab"), Curve.all().stream().map(Curve::id).toList());
        assertThrows(IllegalArgumentException.class, () -> Curve.named("fig3"));
    }
}
