package relax.scenarios.reproduce.curves;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.Entropy;
import relax.core.Scenario;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.analysis.InfluenceAnalysis;

/**
 * The CHSH relations of Chaves et al. (2015), eqs. (7), (9), (38), checked against values derived by hand and the
 * relations proven in docs/functionals-and-curves.md.
 */
class ChshRelationsTest {
    private static final SolveOptions OPTIONS = SolveOptions.defaults();

    private static double min(Behaviour p, CausalModel m) {
        RelaxationResult r = InfluenceAnalysis.run(p, m, OPTIONS, 1e-9).result();
        assertEquals(Status.OPTIMAL, r.status(), m + " on " + p.name());
        assertTrue(r.verified(), "certificate for " + m + " on " + p.name());
        return r.value();
    }

    /**
     * PR box by hand: X→B splits the PR pattern between α_0 = α_1 (influence at y = 1) and α_0 ≠ α_1 (at y = 0),
     * 1/2 each; A→B must use α_0 ≠ α_1 and then influences b at y = 0 always, so 1; one bit: every strategy sends
     * x (p(m=0) = 1/2).
     */
    @Test
    void prBoxByHand() {
        Behaviour pr = ExampleBehaviours.prBox(1);
        assertEquals(0.5, min(pr, CausalModel.X_TO_B), 1e-9);
        assertEquals(1, min(pr, CausalModel.A_TO_B), 1e-9);
        assertEquals(0.5, min(pr, CausalModel.COMMUNICATION), 1e-9);
    }

    /** Tsirelson box, CHSH = (√2 − 1)/2: X→B and p(m=0) equal it, A→B twice it; H(m) = h(CHSH) ≈ 0.736 bit (paper, eq. 9). */
    @Test
    void tsirelsonBox() {
        Behaviour t = ExampleBehaviours.tsirelson(1);
        double chsh = (Math.sqrt(2) - 1) / 2;
        assertEquals(chsh, min(t, CausalModel.X_TO_B), 1e-9);
        assertEquals(2 * chsh, min(t, CausalModel.A_TO_B), 1e-9);
        double m = min(t, CausalModel.COMMUNICATION);
        assertEquals(chsh, m, 1e-9);
        assertEquals(0.736, Entropy.binary(m), 5e-4);
    }

    /** Non-signalling behaviours: quantum ones and noisy PR boxes, against the proven relation of each model. */
    @Test
    void nonSignallingBehavioursFollowTheProvenRelations() {
        Random rng = new Random(5);
        for (int i = 0; i < 16; i++) {
            Behaviour p = switch (i % 3) {
                case 0 -> ExampleBehaviours.randomQubits(rng);
                case 1 -> ExampleBehaviours.randomNearTsirelson(rng, 0.3);
                default -> ExampleBehaviours.prBox(rng.nextDouble());
            };
            double chsh = Math.max(0, BellFunctional.chshMax(p));
            assertEquals(chsh, min(p, CausalModel.X_TO_B), 1e-9, "x2b " + i);
            assertEquals(2 * chsh, min(p, CausalModel.A_TO_B), 1e-9, "a2b " + i);
            assertEquals(chsh, min(p, CausalModel.COMMUNICATION), 1e-9, "comm " + i);
        }
    }

    /**
     * The A→B lower bound 2·max(0, CHSH) holds for every behaviour, signalling ones included (its proof only
     * uses the strategies): random mixtures of deterministic A→B strategies.
     */
    @Test
    void aToBLowerBoundHoldsForSignallingBehavioursToo() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        Random rng = new Random(9);
        for (int trial = 0; trial < 12; trial++) {
            double[] p = new double[16];
            for (int k = 0; k < 4; k++) {
                int[] alpha = {rng.nextInt(2), rng.nextInt(2)};
                int[][] beta = {{rng.nextInt(2), rng.nextInt(2)}, {rng.nextInt(2), rng.nextInt(2)}};
                for (int x = 0; x < 2; x++) {
                    for (int y = 0; y < 2; y++) {
                        p[s.index(x, y, alpha[x], beta[alpha[x]][y])] += 0.25;
                    }
                }
            }
            Behaviour b = new Behaviour(s, p, "mixture " + trial, "");
            assertTrue(min(b, CausalModel.A_TO_B) >= 2 * Math.max(0, BellFunctional.chshMax(b)) - 1e-9, "trial " + trial);
        }
    }

    /**
     * The paper states min p(m=0) = max(0, CHSH) without restricting to non-signalling behaviours. Counterexample
     * by hand: a = 0, b = x. Every relabelling of eq. (8) gives at most 0 on it, but Bob's output depends on x,
     * so every strategy must send m = x (μ_0 ≠ μ_1) and p(m=0) = 1/2; X→B needs C = 1 (Table I, points 10–13).
     */
    @Test
    void signallingBehaviourBreaksTheCommunicationRelation() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                p[s.index(x, y, 0, x)] = 1;
            }
        }
        Behaviour b = new Behaviour(s, p, "b = x", "");
        assertEquals(0, BellFunctional.chshMax(b), 1e-15);
        assertEquals(0.5, min(b, CausalModel.COMMUNICATION), 1e-9);
        assertEquals(1, min(b, CausalModel.X_TO_B), 1e-9);
    }

    /** The curve runs all three families with certified optima and agrees with the proven relation. */
    @Test
    void curveSweepIsCertifiedAndFollowsTheRelation() {
        for (CausalModel m : List.of(CausalModel.X_TO_B, CausalModel.A_TO_B, CausalModel.COMMUNICATION)) {
            ChshCurve c = new ChshCurve(m);
            List<ChshCurve.Point> sweep = c.sweep(5, OPTIONS, SweepProgress.NONE);
            assertEquals(15, sweep.size());
            assertTrue(sweep.stream().allMatch(ChshCurve.Point::verified));
            assertTrue(ChshCurve.maxDeviation(sweep, c::proven) < 1e-9, m.key());
        }
    }
}
