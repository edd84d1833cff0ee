package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.functional.BellFunctional;

class ExampleCommandTest {

    /** The file written for the PR box at visibility 0.5 reads back as a valid behaviour with CHSH = 0.5 − 1/2 = 0. */
    @Test
    void writesAValidBehaviourFile() {
        Run r = Run.of("example", "pr-box", "--visibility", "0.5");
        assertEquals(0, r.exit(), r.err());
        Behaviour b = BehaviourFile.parse(r.out());
        b.validate(1e-12);
        assertEquals(0, BellFunctional.chshMax(b), 1e-12);
        assertEquals(2, BellFunctional.chshCorrelator().evaluate(b), 1e-12);
    }

    /**
     * two-qubit with explicit angles: Alice at 0, π/2 and Bob at ±π/4 on ε = 1/2 (a maximally entangled state
     * with E = cos θ_A cos θ_B + sin θ_A sin θ_B = cos(θ_A − θ_B)) reach S = 2√2.
     */
    @Test
    void twoQubitAnglesAcceptMultiplesOfPi() {
        Run r = Run.of("example", "two-qubit", "--epsilon", "0.5", "--alice-angles", "0,pi/2", "--bob-angles", "pi/4,-pi/4");
        assertEquals(0, r.exit(), r.err());
        assertEquals(2 * Math.sqrt(2), BellFunctional.chshCorrelator().evaluate(BehaviourFile.parse(r.out())), 1e-12);
    }

    /** Without angles the paper's eq. (10) settings are used: I_A→B = 3 + √(1 + 4ε(1−ε)). */
    @Test
    void twoQubitDefaultsToThePapersAngles() {
        Run r = Run.of("example", "two-qubit", "--epsilon", "0.1");
        assertEquals(3 + Math.sqrt(1 + 0.36), BellFunctional.iAtoB().evaluate(BehaviourFile.parse(r.out())), 1e-12);
    }

    @Test
    void angleConverter() {
        ExampleCommand.Angle a = new ExampleCommand.Angle();
        assertEquals(Math.PI / 2, a.convert("pi/2"), 1e-15);
        assertEquals(-3 * Math.PI / 4, a.convert("-3pi/4"), 1e-15);
        assertEquals(0.5 * Math.PI, a.convert("0.5*pi"), 1e-15);
        assertEquals(-Math.PI, a.convert("-pi"), 1e-15);
        assertEquals(1.25, a.convert("1.25"), 1e-15);
    }

    @Test
    void helpListsEveryExample() {
        Run r = Run.of("example", "--help");
        for (ExampleCommand.Generator g : ExampleCommand.GENERATORS) {
            assertTrue(r.out().contains("  " + g.name() + " "), g.name());
        }
    }

    /**
     * CGLMP d = 3: the optimal state reaches I_3 = 1 + √(11/3) ≈ 2.9149 (Acín, Durt, Gisin, Latorre 2002), white
     * noise gives 0, so visibility v gives v·(1 + √(11/3)).
     */
    @Test
    void cglmpExampleReachesTheKnownMaximum() {
        Run r = Run.of("example", "cglmp", "--d", "3", "--visibility", "0.9");
        assertEquals(0, r.exit());
        Behaviour p = BehaviourFile.parse(r.out());
        assertEquals(0.9 * (1 + Math.sqrt(11.0 / 3)), BellFunctional.cglmp(3).evaluate(p), 1e-9);
    }

    /** Eq. (54): B = √|I| + √|J| = √2·v (Chaves et al. 2015 after eq. 60). */
    @Test
    void bilocalExampleHasTheBilocalityValueOfThePaper() {
        Run r = Run.of("example", "bilocal", "--visibility", "0.8");
        assertEquals(0, r.exit());
        Behaviour p = BehaviourFile.parse(r.out());
        assertEquals(Math.sqrt(2) * 0.8, relax.scenarios.functional.BilocalityInequality.of(p).b(), 1e-12);
    }

    @Test
    void badInputGetsOneLineAndExitTwo() {
        String[][] cases = {
            {"example", "nope"},
            {"example", "pr-box", "--epsilon", "0.3"},
            {"example", "pr-box", "--visibility", "1.2"},
            {"example", "two-qubit", "--alice-angles", "0,foo"},
            {"example", "cglmp", "--d", "1"},
        };
        for (String[] args : cases) {
            Run r = Run.of(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.oneLineError(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out());
        }
    }
}
