package relax.scenarios.io;

import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.ExampleBehaviours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The one-line message for a functional file, checked like every behaviour file message. */
    static String rejected(java.nio.file.Path file, Scenario scenario) {
        String m = assertThrows(InvalidBehaviourException.class, () -> FunctionalFile.read(file, scenario)).getMessage();
        HostileInputTest.clean(m, file.toString());
        return m;
    }
}
