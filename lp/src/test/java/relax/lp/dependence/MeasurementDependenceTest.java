package relax.lp.dependence;

import relax.lp.engine.Status;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.Boxes;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;
import relax.core.Scenario;

class MeasurementDependenceTest {
    private static final double TOL = 1e-9;

    static MeasurementDependenceResult solve(Behaviour p, MeasurementDependenceMeasure measure, InputDistribution inputs) {
        return new MeasurementDependence(new LhvStrategies(p.scenario()), BehaviourConstraints.reproducing(p), inputs, measure)
                .solve(SolveOptions.defaults());
    }

    static MeasurementDependenceResult solve(Behaviour p, MeasurementDependenceMeasure measure) {
        return solve(p, measure, InputDistribution.uniform(p.scenario()));
    }

    /** Correlators E_xy = ±1/√2 with uniform marginals: the singlet measured at Tsirelson's angles. */
    static Behaviour tsirelson() {
        return isotropic(1 / Math.sqrt(2));
    }

    /** Uniform marginals and correlators E_xy = e for (x,y) ≠ (1,1), −e for (1,1); e = 1 is the PR box. */
    static Behaviour isotropic(double e) {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                double exy = x * y == 1 ? -e : e;
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        p[s.index(x, y, a, b)] = (1 + (a == b ? exy : -exy)) / 4;
                    }
                }
            }
        }
        return new Behaviour(s, p, "isotropic " + e, "");
    }

    /** Mermin's GHZ behaviour: X (input 0) or Y (input 1) on (|000⟩ + |111⟩)/√2, E_xyz = cos(π(x+y+z)/2). */
    static Behaviour ghz() {
        Scenario s = Scenario.of(new int[] {2, 2, 2}, new int[] {2, 2, 2});
        double[] p = new double[s.size()];
        for (int block = 0; block < 8; block++) {
            double e = Math.round(Math.cos(Math.PI / 2 * Integer.bitCount(block)));
            for (int o = 0; o < 8; o++) {
                p[s.index(block, o)] = (1 + ((Integer.bitCount(o) & 1) == 0 ? e : -e)) / 8;
            }
        }
        return new Behaviour(s, p, "GHZ", "");
    }

    private static void assertVerified(MeasurementDependenceResult r) {
        assertEquals(Status.OPTIMAL, r.status(), r.reason() + " " + r.diagnostics());
        assertTrue(r.verified(), () -> "value " + r.value() + " bound " + r.certificate().boundValue() + " model " + r.modelMeasure() + " residual "
                + r.residual() + " " + r.certificate().note());
    }

    @Test
    void localDeterministicBehaviourNeedsNoMeasurementDependence() {
        Behaviour p = Boxes.deterministic(Scenario.bipartite(2, 3, 2, 3), new int[] {1, 0}, new int[] {2, 0, 1});
        for (MeasurementDependenceMeasure m : MeasurementDependenceMeasure.values()) {
            MeasurementDependenceResult r = solve(p, m);
            assertVerified(r);
            assertEquals(0, r.value(), TOL);
            assertEquals(0, r.model().mutualInformation(), TOL);
        }
    }

    /**
     * PR box, by hand. Lower bound: ẑ = (correlator-CHSH coefficients − 1/2 per block)/4 is a valid
     * certificate (every ζ lies in [−3/2, 1/2], so the cap −2 never binds, and Σ_x ζ_x = (CHSH_λ − 2)/4 ≤ 0),
     * giving (4 − 2)/4 = 1/2. Upper bound: {@link #prBoxModel} has M = 1/2.
     */
    @Test
    void prBoxNeedsMOfOneHalf() {
        MeasurementDependenceResult r = solve(Boxes.prBox(), MeasurementDependenceMeasure.M);
        assertVerified(r);
        assertEquals(0.5, r.value(), TOL);
        assertEquals(new BigFraction(1, 2), r.certificate().bound());
    }

    /**
     * Hall's measure of the PR box is 2/3, by hand: for uniform p(x) every model has
     * M = Σ_x p(x)‖q(λ|x) − q(λ)‖₁ ≤ Σ_{x,x'} p(x)p(x')‖q(λ|x) − q(λ|x')‖₁ ≤ (3/4) M_Hall, so M_Hall ≥ (4/3)(1/2);
     * {@link #prBoxModel} reaches 2/3.
     */
    @Test
    void prBoxNeedsHallOfTwoThirds() {
        MeasurementDependenceResult r = solve(Boxes.prBox(), MeasurementDependenceMeasure.HALL);
        assertVerified(r);
        assertEquals(2.0 / 3, r.value(), TOL);
    }

    /**
     * The explicit PR-box model: the 8 strategies that satisfy a ⊕ b = xy on exactly three of the four
     * input pairs, each with p(λ) = 1/8; input pair x uses, uniformly, the 6 that satisfy it. Computed by
     * hand: p(a,b|x) is the PR box; M = 1/2 (each strategy has q = 1/24 on its three pairs and 0 on the fourth,
     * against p(x)p(λ) = 1/32: 3/96 + 1/32 = 1/16 per strategy); M_Hall = 2/3 (two pairs share 4 of 6 strategies); I = log2 8 − log2 6 = log2(4/3).
     */
    @Test
    void explicitPrBoxModelHasTheHandComputedMeasures() {
        MeasurementDependentModel model = prBoxModel();
        double[] p = model.behaviour();
        for (int j = 0; j < p.length; j++) {
            assertEquals(Boxes.prBox().get(j), p[j], 1e-15);
        }
        assertEquals(0.5, model.measure(), 1e-15);
        assertEquals(2.0 / 3, model.hall(), 1e-15);
        assertEquals(Math.log(4.0 / 3) / Math.log(2), model.mutualInformation(), 1e-15);
    }

    static MeasurementDependentModel prBoxModel() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        LhvStrategies space = new LhvStrategies(s);
        long[] used = new long[8];
        double[] q = new double[8 * 4];
        int n = 0;
        for (long index = 0; index < space.size(); index++) {
            int[] lambda = space.digits().digits(index);
            int satisfied = 0;
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    satisfied += (space.output(lambda, 0, x) ^ space.output(lambda, 1, y)) == (x & y) ? 1 : 0;
                }
            }
            if (satisfied == 3) {
                for (int block = 0; block < 4; block++) {
                    int x = block >> 1;
                    int y = block & 1;
                    boolean ok = (space.output(lambda, 0, x) ^ space.output(lambda, 1, y)) == (x & y);
                    q[n * 4 + block] = ok ? 1.0 / 24 : 0;
                }
                used[n++] = index;
            }
        }
        assertEquals(8, n);
        return new MeasurementDependentModel(space, InputDistribution.uniform(s), used, q);
    }

    /**
     * Tsirelson, by hand: the CHSH certificate gives M ≥ (2√2 − 2)/4, and p = (√2−1)·PR + (2−√2)·L with L the
     * local box of correlators ±1/2, so mixing the PR model with weight √2 − 1 and a local model gives
     * M ≤ (√2−1)/2.
     */
    @Test
    void tsirelsonNeedsRootTwoMinusOneOverTwo() {
        MeasurementDependenceResult r = solve(tsirelson(), MeasurementDependenceMeasure.M);
        assertVerified(r);
        assertEquals((Math.sqrt(2) - 1) / 2, r.value(), TOL);
    }

    /**
     * Noisy PR boxes v·PR + (1−v)·noise: min M = max(0, v − 1/2) — the CHSH certificate gives v − 1/2, and
     * mixing the PR model (weight 2v − 1) with a local one at v = 1/2 attains it. M = 0 exactly when the LHV
     * structure reproduces p, which the locality LP decides independently.
     */
    @Test
    void noisyPrBoxesFollowTheChshLawAndAgreeWithLocality() {
        for (double v : new double[] {0.3, 0.5, 0.6, 0.85}) {
            Behaviour p = isotropic(v);
            MeasurementDependenceResult r = solve(p, MeasurementDependenceMeasure.M);
            assertVerified(r);
            assertEquals(Math.max(0, v - 0.5), r.value(), TOL, "v = " + v);
            RelaxationResult local = new Relaxation(CausalModel.LHV.strategies(p.scenario()), BehaviourConstraints.reproducing(p))
                    .solve(SolveOptions.defaults());
            assertEquals(r.value() > 1e-7, local.status() == Status.INFEASIBLE, "v = " + v);
        }
    }

    /**
     * GHZ (three parties), by hand: ẑ = (Mermin coefficients − 1/2 on Mermin's four input triples)/8 is a
     * valid certificate (ζ ∈ [−3/2, 1/2] ∪ {0}, Σ_x ζ_x = (Mermin_λ − 2)/8 ≤ 0), giving (4 − 2)/8 = 1/4; the
     * LP's model, recomputed, attains it.
     */
    @Test
    void ghzNeedsOneQuarter() {
        MeasurementDependenceResult r = solve(ghz(), MeasurementDependenceMeasure.M);
        assertVerified(r);
        assertEquals(0.25, r.value(), TOL);
    }

    /**
     * Four-party GHZ, X (input 0) or Y (input 1) on (|0000⟩ + |1111⟩)/√2, E_x = cos(π k/2) for k inputs Y.
     * By hand, a lower bound from Mermin's polynomial B = Σ_{x: k even} (−1)^{k/2} E_x (8 input tuples):
     * a deterministic strategy gives B_λ = Re Π_i (a_i + i b_i) ≤ (√2)^4 = 4, GHZ gives 8, and in a
     * measurement-dependent model with p(x) = 1/16, B = Σ_λ q(λ) B_λ + Σ_x (−1)^{k/2} Σ_λ (q(λ|x) − q(λ)) E_x(λ)
     * ≤ 4 + 16 Σ_{x,λ} |q(x,λ) − p(x) q(λ)| = 4 + 16 M, so M ≥ (8 − 4)/16 = 1/4. The model the LP returns,
     * recomputed from its definition, attains it.
     */
    @Test
    void fourPartyGhzNeedsOneQuarter() {
        MeasurementDependenceResult r = solve(ghz4(), MeasurementDependenceMeasure.M);
        assertVerified(r);
        assertEquals(Method.ENUMERATE, r.diagnostics().method());
        assertEquals(0.25, r.value(), TOL);
        assertEquals(0.25, r.model().measure(), TOL);
    }

    /** Four-party GHZ, X (input 0) or Y (input 1) on (|0000⟩ + |1111⟩)/√2: p(a|x) = (1 + (−1)^{Σa} cos(π k/2))/16 for k inputs Y. */
    static Behaviour ghz4() {
        Scenario s = Scenario.of(new int[] {2, 2, 2, 2}, new int[] {2, 2, 2, 2});
        double[] p = new double[s.size()];
        for (int block = 0; block < 16; block++) {
            double e = Math.round(Math.cos(Math.PI / 2 * Integer.bitCount(block)));
            for (int o = 0; o < 16; o++) {
                p[s.index(block, o)] = (1 + ((Integer.bitCount(o) & 1) == 0 ? e : -e)) / 16;
            }
        }
        return new Behaviour(s, p, "GHZ4", "");
    }

    /**
     * Four-party GHZ needs M_Hall = 2/3. Lower bound by hand: on the four input tuples XXYY, XYXY, XYYX
     * (outputs of odd parity) and XXXX (even parity) every party's X and every party's Y occur an even
     * number of times, so the four output parities of any deterministic λ add up to 0 mod 2 while GHZ
     * demands 1: every λ breaks the constraint of at least one of them. With A_i the strategies meeting
     * tuple i's constraint, q_i = q(·|x_i) lives on A_i, and d the largest total-variation distance among
     * the q_i: q_j(A_i^c) ≤ q_i(A_i^c) + d = d, so 1 = q_j(∪_{i≠j} A_i^c) ≤ 3d and M_Hall = 2d ≥ 2/3.
     * Upper bound, independently: the LP written from the definition over all 256 strategies, 16 input
     * tuples and 120 pairs (|q(λ|x) − q(λ|x')| ≤ t per pair and strategy; 34,817 variables, SciPy/HiGHS,
     * scripts/md-hall-reference.py) gives 0.666666666666667. Solved by ray columns (the only formulation for M_Hall); the model the LP
     * returns, recomputed, attains it.
     */
    @Test
    void fourPartyGhzNeedsHallOfTwoThirds() {
        MeasurementDependenceResult r = solve(ghz4(), MeasurementDependenceMeasure.HALL);
        assertVerified(r);
        assertEquals(Method.COLGEN, r.diagnostics().method());
        assertEquals(2.0 / 3, r.value(), TOL);
        assertEquals(2.0 / 3, r.model().hall(), TOL);
    }

    /** A behaviour of the two-output scenario {@code s} with every block drawn uniformly from (0,1)^4 and normalised. */
    private static Behaviour randomBehaviour(Random rng, Scenario s) {
        double[] p = new double[s.size()];
        for (int block = 0; block < s.inputBlocks(); block++) {
            double sum = 0;
            for (int o = 0; o < 4; o++) {
                p[block * 4 + o] = rng.nextDouble();
                sum += p[block * 4 + o];
            }
            for (int o = 0; o < 4; o++) {
                p[block * 4 + o] /= sum;
            }
        }
        return new Behaviour(s, p);
    }

    /**
     * Two independent formulations of min M: the program over every pair (x, λ) (ENUMERATE) and the ray
     * columns generated by pricing (COLGEN) give the same exactly verified value on seeded random
     * behaviours, with uniform and with skewed p(x).
     */
    @Test
    void compactAndRayFormulationsAgree() {
        Random rng = new Random(5);
        Scenario s = Scenario.bipartite(2, 3, 2, 2);
        InputDistribution skewed = InputDistribution.parse(s, "0.1,0.2,0.1,0.25,0.15,0.2");
        for (int trial = 0; trial < 3; trial++) {
            Behaviour b = randomBehaviour(rng, s);
            for (InputDistribution inputs : List.of(InputDistribution.uniform(s), skewed)) {
                MeasurementDependence md = new MeasurementDependence(new LhvStrategies(s), BehaviourConstraints.reproducing(b), inputs,
                        MeasurementDependenceMeasure.M);
                MeasurementDependenceResult compact = md.solve(SolveOptions.defaults().withMethod(Method.ENUMERATE));
                MeasurementDependenceResult rays = md.solve(SolveOptions.defaults().withMethod(Method.COLGEN));
                assertVerified(compact);
                assertVerified(rays);
                assertEquals(Method.ENUMERATE, compact.diagnostics().method());
                assertEquals(Method.COLGEN, rays.diagnostics().method());
                assertEquals(rays.value(), compact.value(), TOL);
                assertEquals(compact.value(), compact.model().measure(), TOL);
            }
        }
    }

    /** Strong duality with exact certificates on seeded random behaviours, for both measures and a non-uniform p(x). */
    @Test
    void randomBehavioursHaveExactlyVerifiedOptima() {
        Random rng = new Random(11);
        Scenario s = Scenario.bipartite(2, 3, 2, 2);
        InputDistribution skewed = InputDistribution.parse(s, "0.1,0.2,0.1,0.25,0.15,0.2");
        for (int trial = 0; trial < 4; trial++) {
            Behaviour b = randomBehaviour(rng, s);
            for (MeasurementDependenceMeasure m : MeasurementDependenceMeasure.values()) {
                assertVerified(solve(b, m));
                assertVerified(solve(b, m, skewed));
            }
        }
    }

    @Test
    void inputDistributionRejectsBadInput() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        assertEquals(new BigFraction(1, 3), InputDistribution.parse(s, "1/3,1/6,1/6,1/3").exact(0));
        assertThrows(IllegalArgumentException.class, () -> InputDistribution.parse(s, "0.5,0.5"));
        assertThrows(IllegalArgumentException.class, () -> InputDistribution.parse(s, "0.5,0.5,0,0"));
        assertThrows(IllegalArgumentException.class, () -> InputDistribution.parse(s, "0.3,0.3,0.3,0.3"));
        assertThrows(IllegalArgumentException.class, () -> InputDistribution.parse(s, "a,b,c,d"));
        assertThrows(IllegalArgumentException.class, () -> MeasurementDependenceMeasure.fromKey("l2"));
    }

    @Test
    void rejectsMismatchedScenarios() {
        Behaviour p = tsirelson();
        assertThrows(IllegalArgumentException.class, () -> new MeasurementDependence(new LhvStrategies(Scenario.bipartite(2, 3, 2, 2)),
                BehaviourConstraints.reproducing(p), InputDistribution.uniform(p.scenario()), MeasurementDependenceMeasure.M));
    }
}
