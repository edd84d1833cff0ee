package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized but valid inputs that used to run for hours (issue 11, "Runs that never end") are refused up front: one line
 * naming the estimated size and the limit, exit 2, before any LP is built (each case here takes well under a second).
 */
class SizeLimitsTest {

    /**
     * lhv with 50 outputs per party: 2·2·50·50 = 10000 entries, hence a column-generation master of 10000 rows, over
     * 50^2·50^2 = 6250000 strategies (more than the 20000 that auto enumerates); the limit is 4096 rows.
     */
    @Test
    void fiftyOutputsAreRefusedWithTheMasterSize(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("uniform-50.json");
        Files.writeString(f, uniform(50));
        Run r = Run.of("influence", "--model", "lhv", f.toString());
        assertEquals(ExitCode.INVALID, r.exit(), r.err());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains(f + ": scenario 2,2,50,50") && r.err().contains("6250000 lhv strategies") && r.err().contains("10000 rows")
                && r.err().contains("at most 4096 rows"), r.err());
        assertEquals("", r.out());
    }

    /**
     * X→B in functional mode with CGLMP d = 128 (2,2,128,128): the exact pricing search would take 4d⁴ + 6d³ ≈ 1.09e9
     * operations per call (derived in LocalityStrategiesTest), above 2^30. (d = 500, which ran out of memory, is refused
     * the same way; LocalityStrategiesTest checks it without building its million-entry functional.)
     */
    @Test
    void cglmpFunctionalAboveTheSearchLimitIsRefused() {
        Run r = Run.of("influence", "--model", "x2b", "--functional", "cglmp128", "--value", "0.5");
        assertEquals(ExitCode.INVALID, r.exit(), r.err());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("scenario 2,2,128,128") && r.err().contains("about 1.09e+09 (2^30.02) operations per call")
                && r.err().contains("at most 2^30"), r.err());
        assertEquals("", r.out());
    }

    /** A behaviour file of the uniform distribution, 2 inputs and {@code o} outputs per party (entries 1/o², exact). */
    private static String uniform(int o) {
        String entry = "\"1/" + o * o + "\"";
        String row = "[" + String.join(",", java.util.Collections.nCopies(o, entry)) + "]";
        String block = "[" + String.join(",", java.util.Collections.nCopies(o, row)) + "]";
        String y = "[" + block + "," + block + "]";
        return "{\"inputs\":[2,2],\"outputs\":[" + o + "," + o + "],\"p\":[" + y + "," + y + "]}";
    }
}
