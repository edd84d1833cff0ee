package relax.scenarios.io;

import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.ExampleBehaviours;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

class FunctionalFileTest {
    private static final String CORRELATOR = "[[[[1,-1],[-1,1]],[[1,-1],[-1,1]]],[[[1,-1],[-1,1]],[[-1,1],[1,-1]]]]";

    /** The correlator CHSH written by hand in a file, with constant −2 and scale 1/4 would be eq. (8); here S − 2 on the PR box is 2. */
    @Test
    void readsCoefficientsNestedLikeBehaviours() {
        BellFunctional f = FunctionalFile.parse("{\"name\":\"s\",\"inputs\":[2,2],\"outputs\":[2,2],\"coefficients\":" + CORRELATOR
                + ",\"constant\":-2,\"bound\":0}", null, "x");
        assertEquals("s", f.name());
        assertEquals(2, f.evaluate(ExampleBehaviours.prBox(1)), 1e-15);
        assertEquals(-2, f.evaluate(Behaviour.uniform(Scenario.bipartite(2, 2, 2, 2))), 1e-15);
        assertEquals(0, f.bound());
    }

    @Test
    void scenarioMayComeFromTheCommandLine() {
        BellFunctional f = FunctionalFile.parse("{\"coefficients\":" + CORRELATOR + "}", Scenario.parse("2,2,2,2"), "mine");
        assertEquals("mine", f.name());
        assertEquals(0, f.constant());
        assertTrue(Double.isNaN(f.bound()));
    }

    @Test
    void oneLineErrors() {
        Scenario chsh = Scenario.parse("2,2,2,2");
        assertThrows(InvalidBehaviourException.class, () -> FunctionalFile.parse("{\"coefficients\":" + CORRELATOR + "}", null, "x"),
                "no scenario anywhere");
        InvalidBehaviourException e = assertThrows(InvalidBehaviourException.class,
                () -> FunctionalFile.parse("{\"inputs\":[2,2],\"outputs\":[2,2],\"coefficients\":" + CORRELATOR + "}", Scenario.parse("3,3,2,2"), "x"));
        assertEquals("the file is for scenario 2,2,2,2 but --scenario says 3,3,2,2", e.getMessage());
        e = assertThrows(InvalidBehaviourException.class, () -> FunctionalFile.parse("{\"coefficients\":[[1,2]]}", chsh, "x"));
        assertEquals("coefficients has 1 entries but inputs[0] = 2", e.getMessage());
        e = assertThrows(InvalidBehaviourException.class,
                () -> FunctionalFile.parse("{\"coefficients\":" + CORRELATOR.replaceAll("-?1", "0") + "}", chsh, "x"));
        assertTrue(e.getMessage().contains("every coefficient is 0"), e.getMessage());
        e = assertThrows(InvalidBehaviourException.class,
                () -> FunctionalFile.parse("{\"coefficients\":" + CORRELATOR + ",\"constant\":\"two\"}", chsh, "x"));
        assertEquals("\"constant\" = \"two\" is not a number (write a decimal such as 0.25 or 1e-3, or a fraction such as \"1/4\")", e.getMessage());
        assertThrows(InvalidBehaviourException.class, () -> FunctionalFile.parse("{\"coefficients\":", chsh, "x"));
    }

    /**
     * Issue 18: a coefficient 1e-10 must be exactly 1/10^10 (it was rounded to a nearby simple fraction before the
     * exact check); "1/3" is 1/3; the constant is exact too; a constant 1e400 is refused, not read as Infinity.
     */
    @Test
    void coefficientsAreExactAsWritten() {
        String tiny = "{\"inputs\":[2,2],\"outputs\":[2,2],\"coefficients\":[[[[1e-10,0],[0,0]],[[0,0],[0,\"1/3\"]]],[[[0,0],[0,0]],[[0,0],[0,0]]]],"
                + "\"constant\":\"-0.1\"}";
        BellFunctional f = FunctionalFile.parse(tiny, null, "t");
        Scenario s = f.scenario();
        assertEquals(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(10)), f.exactCoefficients()[s.index(0, 0, 0, 0)]);
        assertEquals(1e-10, f.coefficients()[s.index(0, 0, 0, 0)]);
        assertEquals(new BigFraction(1, 3), f.exactCoefficients()[s.index(0, 1, 1, 1)]);
        assertEquals(new BigFraction(-1, 10), f.exactConstant());
        assertEquals(-0.1, f.constant());
        InvalidBehaviourException e = assertThrows(InvalidBehaviourException.class,
                () -> FunctionalFile.parse("{\"coefficients\":" + CORRELATOR + ",\"constant\":1e400}", Scenario.parse("2,2,2,2"), "x"));
        assertEquals("\"constant\" = 1e400 is too large: numbers must be below 1.8e308 in magnitude, the largest double", e.getMessage());
        e = assertThrows(InvalidBehaviourException.class,
                () -> FunctionalFile.parse("{\"coefficients\":" + CORRELATOR.replaceFirst("1", "NaN") + "}", Scenario.parse("2,2,2,2"), "x"));
        assertEquals("coefficients[0][0][0][0] = NaN is not a coefficient (only finite numbers are allowed)", e.getMessage());
    }

    /** Built-in CHSH correlator coefficients written as c[a][b][x][y] with "order": "abxy" read back as the built-in. */
    @Test
    void orderKeyAppliesToCoefficients() {
        BellFunctional builtIn = BellFunctional.chshCorrelator();
        Scenario s = builtIn.scenario();
        StringBuilder t = new StringBuilder("[");
        for (int a = 0; a < 2; a++) {
            t.append(a > 0 ? "," : "").append('[');
            for (int b = 0; b < 2; b++) {
                t.append(b > 0 ? "," : "").append('[');
                for (int x = 0; x < 2; x++) {
                    t.append(x > 0 ? "," : "").append('[');
                    for (int y = 0; y < 2; y++) {
                        t.append(y > 0 ? "," : "").append((int) builtIn.coefficients()[s.index(x, y, a, b)]);
                    }
                    t.append(']');
                }
                t.append(']');
            }
            t.append(']');
        }
        BellFunctional f = FunctionalFile.parse("{\"order\":\"abxy\",\"coefficients\":" + t.append(']') + "}", s, "c");
        assertArrayEquals(builtIn.exactCoefficients(), f.exactCoefficients());
    }

    /** The one-line message for a functional file, checked like every behaviour file message. */
    static String rejected(java.nio.file.Path file, Scenario scenario) {
        String m = assertThrows(InvalidBehaviourException.class, () -> FunctionalFile.read(file, scenario)).getMessage();
        HostileInputTest.clean(m, file.toString());
        return m;
    }
}
