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
            // issue 18: non-finite parameters wrote "NaN" probabilities with exit 0
            {"example", "two-qubit", "--alice-angles", "1e400,0"},
            {"example", "two-qubit", "--bob-angles", "NaN,0"},
            {"example", "two-qubit", "--alice-angles", "Infinity*pi,0"},
            {"example", "two-qubit", "--epsilon", "NaN"},
            {"example", "pr-box", "--visibility", "NaN"},
            {"example", "werner", "--visibility", "Infinity"},
        };
        for (String[] args : cases) {
            Run r = Run.of(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.oneLineError(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out());
        }
    }

    /**
     * Issue 18: --tolerance 0 rejected the engine's own `relax example werner` output (a block summing to
     * 0.9999999999999999). Every example, at several visibilities, is now accepted at --tolerance 0 exactly as
     * written. Each written value reads back as exactly the double the generator computed, except the largest
     * entry of each block, which absorbs the block's floating-point deviation from 1 (below 1e-14 for every
     * generator; the CGLMP eigenvector's blocks are off by about 7e-16).
     */
    @Test
    void everyExampleIsAcceptedAtToleranceZero() {
        for (ExampleCommand.Generator g : ExampleCommand.GENERATORS) {
            if (g.make() == null) {
                continue; // a contextuality file (peres-mermin): ContextualityCommandsTest.examplePeresMerminAtToleranceZero
            }
            for (String v : new String[] {"1", "0.7", "0.123"}) {
                String[] args = g.options().contains("--visibility") ? new String[] {"example", g.name(), "--visibility", v}
                        : new String[] {"example", g.name()};
                Run r = Run.of(args);
                assertEquals(0, r.exit(), g.name() + ": " + r.err());
                Behaviour written = BehaviourFile.read(r.out(), g.name() + ".json", 0);
                assertEquals("", written.normalisationNote(), g.name());
                ExampleCommand defaults = new ExampleCommand(); // the generator itself, with the command's defaults
                defaults.visibility = Double.parseDouble(v);
                defaults.epsilon = 0.25;
                defaults.d = 3;
                Behaviour computed = g.make().apply(defaults);
                int k = written.scenario().outcomesPerBlock();
                for (int block = 0; block < written.scenario().inputBlocks(); block++) {
                    int changed = 0;
                    for (int i = block * k; i < (block + 1) * k; i++) {
                        changed += written.get(i) == computed.get(i) ? 0 : 1;
                        assertEquals(computed.get(i), written.get(i), 1e-14, g.name() + " " + written.scenario().entryName(i));
                    }
                    assertTrue(changed <= 1, g.name() + ": " + changed + " entries of one block changed");
                }
                if (!g.options().contains("--visibility")) {
                    break;
                }
            }
        }
    }
}
