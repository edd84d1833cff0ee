package relax.scenarios.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.microstate.MicrostateMeasure;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.microstate.Auditor;
import relax.scenarios.microstate.ModelFile;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.quantum.QuantumBehaviour;
import relax.scenarios.quantum.QuantumBehaviour.Basis;
import relax.scenarios.quantum.QuantumBehaviour.State;

/**
 * Minimal microstate dependence (docs/microstate-independence.md, §6) against values derived by hand and
 * against Theorem 4 on random behaviours, with CHSH from the independent {@link ChshLawsTest#chsh}.
 */
class MicrostateDependenceAnalysisTest {
    private static final Scenario S = Scenario.bipartite(2, 2, 2, 2);

    private static RelaxationResult solve(MicrostateMeasure m, Behaviour p) {
        MicrostateDependenceAnalysis.Outcome o = MicrostateDependenceAnalysis.run(p, m, SolveOptions.defaults(), 1e-9);
        assertEquals(Status.OPTIMAL, o.status(), o.message());
        assertTrue(o.result().verified());
        return o.result();
    }

    /** A local behaviour has a local model, in which Bob's response never depends on x or a: every measure is 0. */
    @Test
    void localBehavioursNeedNoDependence() throws Exception {
        Behaviour local = BehaviourFile.read(Path.of("examples/local-deterministic.json"), 1e-9);
        Behaviour noise = Behaviour.uniform(S);
        for (MicrostateMeasure m : MicrostateMeasure.values()) {
            assertEquals(0, solve(m, local).value(), 1e-9, m.key());
            assertEquals(0, solve(m, noise).value(), 1e-9, m.key());
        }
    }

    /**
     * PR box, a ⊕ b = xy. X kinds: a strategy reproducing it has a = α_x and b = h(x,y) = α_x ⊕ xy, so
     * h(0,·) = (α_0, α_0) is constant and h(1,·) = (α_1, α_1 ⊕ 1) is not: they always differ, D(on x) = 1.
     * Per y, d_0 = [α_0 ≠ α_1] and d_1 = [α_0 ≠ α_1 ⊕ 1]: exactly one is 1, so d_0 + d_1 = 1 in every strategy,
     * max_y Σ q d_y ≥ ½, attained with α uniform: D(on x | y) = ½ (= min C_X→B). A kinds: α_0 = α_1 would force
     * b(α_0, 1) = α_0 and = α_0 ⊕ 1, so α_0 ≠ α_1 and y = 0 forces b(a, 0) = a: Bob's response to a differs at
     * y = 0 in every strategy, D(on a) = D(on a | y) = 1 (= min C_A→B).
     */
    @Test
    void prBox() {
        Behaviour pr = ExampleBehaviours.prBox(1);
        assertEquals(1, solve(MicrostateMeasure.ON_X, pr).value(), 1e-9);
        assertEquals(0.5, solve(MicrostateMeasure.ON_X_GIVEN_Y, pr).value(), 1e-9);
        assertEquals(1, solve(MicrostateMeasure.ON_A, pr).value(), 1e-9);
        assertEquals(1, solve(MicrostateMeasure.ON_A_GIVEN_Y, pr).value(), 1e-9);
    }

    /**
     * Tsirelson's box, S = 2√2, CHSH c = (√2 − 1)/2. Lower bounds of Theorem 4 (strategy by strategy):
     * (S − 2)/2 = √2 − 1 for D(on x), D(on a), D(on a | y) and (S − 2)/4 = c for D(on x | y). Upper bounds: the
     * explicit model of scenarios/examples/microstate-escape-minimal.json, audited exactly below at √2 − 1, and
     * for the y-kind the same mixture with the PR part modelled y-wise (½ per y): (√2 − 1)·½.
     */
    @Test
    void tsirelsonBox() {
        Behaviour t = ExampleBehaviours.tsirelson(1);
        double c = (Math.sqrt(2) - 1) / 2;
        RelaxationResult onX = solve(MicrostateMeasure.ON_X, t);
        assertEquals(2 * c, onX.value(), 1e-9);
        assertEquals(2 * c, onX.certificate().boundValue(), 1e-9, "the exactly verified dual bound");
        assertEquals(c, solve(MicrostateMeasure.ON_X_GIVEN_Y, t).value(), 1e-9);
        assertEquals(2 * c, solve(MicrostateMeasure.ON_A, t).value(), 1e-9);
        assertEquals(2 * c, solve(MicrostateMeasure.ON_A_GIVEN_Y, t).value(), 1e-9);
        // the audited explicit model attains the LP's minimum exactly
        double audited = Auditor.audit(ModelFile.read(Path.of("examples/microstate-escape-minimal.json"))).dependence().get(0).value().doubleValue();
        assertEquals(onX.value(), audited, 1e-9);
    }

    /**
     * Theorem 4 on random no-signalling behaviours (random two-qubit states and measurements, noisy relabelled
     * PR boxes): D(on x | y) = max(0, CHSH) and D(on x) = D(on a) = D(on a | y) = 2·max(0, CHSH).
     */
    @Test
    void lawOnRandomBehaviours() {
        Random rng = new Random(25);
        int nonlocal = 0;
        for (int i = 0; i < 30; i++) {
            Behaviour p;
            if (i % 2 == 0) {
                Basis[][] m = new Basis[2][2];
                for (int party = 0; party < 2; party++) {
                    for (int x = 0; x < 2; x++) {
                        m[party][x] = Basis.qubit(rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian());
                    }
                }
                p = QuantumBehaviour.of(State.random(new int[] {2, 2}, rng), m, "random quantum", "");
            } else {
                int s = rng.nextInt(2);
                int t = rng.nextInt(2);
                int u = rng.nextInt(2);
                double[] q = new double[16];
                for (int x = 0; x < 2; x++) {
                    for (int y = 0; y < 2; y++) {
                        for (int a = 0; a < 2; a++) {
                            q[S.index(x, y, a, a ^ (x & y) ^ (s & x) ^ (t & y) ^ u)] = 0.5;
                        }
                    }
                }
                p = new Behaviour(S, q).mix(0.3 + 0.7 * rng.nextDouble(), Behaviour.uniform(S));
            }
            double c = Math.max(0, ChshLawsTest.chsh(p));
            nonlocal += c > 1e-6 ? 1 : 0;
            assertEquals(c, solve(MicrostateMeasure.ON_X_GIVEN_Y, p).value(), 1e-8, "behaviour " + i);
            assertEquals(2 * c, solve(MicrostateMeasure.ON_X, p).value(), 1e-8, "behaviour " + i);
            assertEquals(2 * c, solve(MicrostateMeasure.ON_A, p).value(), 1e-8, "behaviour " + i);
            assertEquals(2 * c, solve(MicrostateMeasure.ON_A_GIVEN_Y, p).value(), 1e-8, "behaviour " + i);
        }
        assertTrue(nonlocal >= 10, "enough non-local behaviours: " + nonlocal);
    }

    /**
     * With two results the y-kinds have the rows of C_X→B and C_A→B (Lemma 3), also for signalling behaviours:
     * random mixtures of X→B (resp. A→B) strategies, solved by the independent LocalityStrategies formulation.
     */
    @Test
    void givenYKindsEqualDirectCausalInfluence() {
        Random rng = new Random(8);
        for (int i = 0; i < 10; i++) {
            for (CausalModel kind : new CausalModel[] {CausalModel.X_TO_B, CausalModel.A_TO_B}) {
                double[] q = new double[16];
                for (int k = 0; k < 3; k++) {
                    double w = 1.0 / 3;
                    int[] alpha = {rng.nextInt(2), rng.nextInt(2)};
                    int[][] beta = {{rng.nextInt(2), rng.nextInt(2)}, {rng.nextInt(2), rng.nextInt(2)}};
                    for (int x = 0; x < 2; x++) {
                        for (int y = 0; y < 2; y++) {
                            int v = kind == CausalModel.X_TO_B ? x : alpha[x];
                            q[S.index(x, y, alpha[x], beta[v][y])] += w;
                        }
                    }
                }
                Behaviour p = new Behaviour(S, q);
                RelaxationResult influence = new Relaxation(kind.strategies(S), BehaviourConstraints.reproducing(p)).solve(SolveOptions.defaults());
                MicrostateMeasure m = kind == CausalModel.X_TO_B ? MicrostateMeasure.ON_X_GIVEN_Y : MicrostateMeasure.ON_A_GIVEN_Y;
                MicrostateMeasure whole = kind == CausalModel.X_TO_B ? MicrostateMeasure.ON_X : MicrostateMeasure.ON_A;
                double d = solve(m, p).value();
                assertEquals(influence.value(), d, 1e-9, kind.key() + " " + i);
                assertTrue(solve(whole, p).value() >= d - 1e-9, "the whole response differs at least as often as at one y");
            }
        }
    }

    /**
     * Four results: the distance is total variation, Chaves' C_X→B the largest change of one δ(b, ·). Alice
     * silent (one result), one y, p(b|x=0) uniform on {0,1}, p(b|x=1) uniform on {2,3}. Every model must move
     * all of λ_b's weight: TV = 1, so D(on x | y) = 1 — but C_X→B = ½: with b ∈ {0,1} for x = 0 and {2,3} for
     * x = 1, each δ(b, ·) changes in only half the strategies.
     */
    @Test
    void moreResultsSeparateTotalVariationFromDirectInfluence() {
        Scenario s = Scenario.bipartite(2, 1, 1, 4);
        Behaviour p = new Behaviour(s, new double[] {0.5, 0.5, 0, 0, 0, 0, 0.5, 0.5});
        assertEquals(1, solve(MicrostateMeasure.ON_X_GIVEN_Y, p).value(), 1e-9);
        RelaxationResult c = new Relaxation(CausalModel.X_TO_B.strategies(s), BehaviourConstraints.reproducing(p)).solve(SolveOptions.defaults());
        assertEquals(0.5, c.value(), 1e-9);
    }

    @Test
    void refusesThreeSettingsAndSignallingToAlice() {
        Behaviour three = Behaviour.uniform(Scenario.bipartite(3, 2, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> MicrostateDependenceAnalysis.run(three, MicrostateMeasure.ON_X, SolveOptions.defaults(), 1e-9));
        // Alice's result copies y: no model of the class lets her marginal depend on y
        double[] q = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                q[S.index(x, y, y, 0)] = 1;
            }
        }
        MicrostateDependenceAnalysis.Outcome o = MicrostateDependenceAnalysis.run(new Behaviour(S, q), MicrostateMeasure.ON_X, SolveOptions.defaults(), 1e-9);
        assertEquals(Status.INFEASIBLE, o.status());
        assertTrue(o.message().contains("which such models forbid"), o.message());
    }
}
