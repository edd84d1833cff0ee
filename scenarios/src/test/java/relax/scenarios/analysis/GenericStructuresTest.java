package relax.scenarios.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.structure.CausalStructure;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.scenarios.io.StructureFile;
import relax.scenarios.quantum.CglmpCorrelations;
import relax.scenarios.quantum.CglmpQuantum;
import relax.scenarios.quantum.ChainedBell;
import relax.scenarios.quantum.ExampleBehaviours;

/**
 * The generic path ({@code --structure NAME}: the shipped structure file, its values taken from the behaviour, solved
 * over {@link relax.core.structure.StructureStrategies}) against the hand-written spaces ({@code --model NAME}) on
 * every behaviour the hand-written spaces are tested on: the 300 behaviours of {@link ChshLawsTest}, those of
 * RelaxationTest (lp module), ChainedBellTest, the I3322 box and CGLMP d = 3. Same status, values equal to 1e-9,
 * and both answers verified (exact certificates). The hand-written values themselves are derived independently in
 * those tests; here the claim is that the generic construction reproduces them.
 */
class GenericStructuresTest {

    /** The behaviours of RelaxationTest, ChainedBellTest, I3322 and CGLMP d = 3 (the CHSH sample is separate). */
    static Stream<Arguments> behaviours() {
        List<Behaviour> l = new ArrayList<>();
        l.add(ExampleBehaviours.prBox(1));
        l.add(deterministic(Scenario.bipartite(2, 2, 3, 2), new int[] {2, 0}, new int[] {1, 0}));
        l.add(deterministic(Scenario.bipartite(3, 2, 3, 3), new int[] {2, 0, 1}, new int[] {1, 1}));
        l.add(box(Scenario.bipartite(2, 2, 2, 2), (x, y, a) -> x, "Bob reads x"));
        l.add(aliceSignals());
        for (int d = 2; d <= 3; d++) {
            int dd = d;
            l.add(uniformA(Scenario.bipartite(2, 2, d, d), (x, y, a) -> Math.floorMod(a - x * y, dd), d + "-output PR box"));
        }
        l.add(uniformA(Scenario.bipartite(3, 2, 2, 2), (x, y, a) -> a ^ ((x == 2 ? 1 : 0) & y), "asymmetric"));
        l.add(uniformA(Scenario.bipartite(3, 3, 2, 2), (x, y, a) -> a ^ (x + y == 3 ? 1 : 0), "I3322 PR box"));
        l.add(ExampleBehaviours.i3322Box(0.9));
        for (int m = 2; m <= 4; m++) {
            l.add(ChainedBell.box(m, 0.9));
        }
        l.add(ChainedBell.quantum(3, 0.9));
        l.add(ChainedBell.quantum(3, 0.5));
        l.add(CglmpCorrelations.of(3, 1));
        l.add(CglmpQuantum.maximallyEntangled(3));
        l.add(Behaviour.uniform(Scenario.bipartite(3, 3, 2, 2)));
        return l.stream().map(b -> Arguments.of(b.name() + " " + b.scenario(), b));
    }

    @FunctionalInterface
    private interface Response {
        int b(int x, int y, int a);
    }

    /** a = 0 always and b = f(x, y, a). */
    private static Behaviour box(Scenario s, Response f, String name) {
        double[] p = new double[s.size()];
        for (int x = 0; x < s.inputs(0); x++) {
            for (int y = 0; y < s.inputs(1); y++) {
                p[s.index(x, y, 0, f.b(x, y, 0))] = 1;
            }
        }
        return new Behaviour(s, p, name, "");
    }

    /** a uniform and b = f(x, y, a). */
    private static Behaviour uniformA(Scenario s, Response f, String name) {
        double[] p = new double[s.size()];
        for (int x = 0; x < s.inputs(0); x++) {
            for (int y = 0; y < s.inputs(1); y++) {
                for (int a = 0; a < s.outputs(0); a++) {
                    p[s.index(x, y, a, f.b(x, y, a))] = 1.0 / s.outputs(0);
                }
            }
        }
        return new Behaviour(s, p, name, "");
    }

    /** a = y: Alice's marginal depends on Bob's input (RelaxationTest: infeasible for every structure). */
    private static Behaviour aliceSignals() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                p[s.index(x, y, y, 0)] = 1;
            }
        }
        return new Behaviour(s, p, "a = y", "");
    }

    private static Behaviour deterministic(Scenario s, int[] alpha, int[] beta) {
        double[] p = new double[s.size()];
        for (int x = 0; x < alpha.length; x++) {
            for (int y = 0; y < beta.length; y++) {
                p[s.index(x, y, alpha[x], beta[y])] = 1;
            }
        }
        return new Behaviour(s, p, "deterministic local", "");
    }

    /** Both paths for one behaviour and one model: same status, same value, both verified. */
    static void assertSameAnswer(Behaviour p, CausalModel m) {
        SolveOptions options = SolveOptions.defaults();
        InfluenceAnalysis.Outcome hand = InfluenceAnalysis.run(p, m, options, 1e-9);
        StructureFile.Contents c = StructureFile.load(m.key(), 1e-9);
        CausalStructure s = c.resolve(p.scenario(), "test");
        StructureAnalysis.Outcome generic = StructureAnalysis.run(StructureFile.behaviourFor(s, p, "test"), s, options, 1e-9);
        String what = p.name() + " " + p.scenario() + " under " + m.key() + ": " + generic.message() + " / " + hand.message();
        assertEquals(hand.status(), generic.status(), what);
        assertTrue(hand.result().verified() && generic.result().verified(), what);
        if (hand.status() == Status.OPTIMAL) {
            assertEquals(hand.result().value(), generic.result().value(), 1e-9, what);
            assertEquals(generic.result().value(), generic.result().certificate().boundValue(), 1e-9, what);
        } else if (hand.result().certificate() != null && hand.status() == Status.INFEASIBLE) {
            assertTrue(generic.result().certificate() == null || generic.result().certificate().provesInfeasible(), what);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("behaviours")
    void genericStructuresGiveTheHandWrittenAnswers(String name, Behaviour p) {
        for (CausalModel m : CausalModel.values()) {
            assertSameAnswer(p, m);
        }
    }

    /** The 300 CHSH-scenario behaviours of ChshLawsTest, under all four structures. */
    @Test
    void genericStructuresGiveTheHandWrittenAnswersOnTheChshSample() {
        for (Behaviour p : ChshLawsTest.sample()) {
            for (CausalModel m : CausalModel.values()) {
                assertSameAnswer(p, m);
            }
        }
    }
}
