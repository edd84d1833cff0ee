package relax.scenarios.analysis;

import relax.lp.engine.SolveOptions;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.quantum.QuantumBehaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.Scenario;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.quantum.QuantumBehaviour.Basis;
import relax.scenarios.quantum.QuantumBehaviour.State;

/**
 * The CHSH laws of Chaves et al. (2015) on 300 behaviours (random two-qubit states with random projective
 * measurements, noisy singlets with perturbed CHSH-optimal measurements, noisy and relabelled PR boxes, random mixtures of local deterministic strategies),
 * against CHSH computed by the plain function {@link #chsh} below — eq. (8) written out term by term on
 * every relabelling of inputs and outputs, independent of {@link BellFunctional}.
 * <ul>
 *   <li>eq. (7): min C_X→B = max(0, CHSH);</li>
 *   <li>communication (after eq. 39): min p(m=0) = max(0, CHSH);</li>
 *   <li>eq. (38) claims min C_A→B = max(0, CHSH); it is false (PR box: 1, proved in RelaxationTest and
 *       README). The true law is min C_A→B = 2·max(0, CHSH), tested here.</li>
 * </ul>
 */
public class ChshLawsTest {
    private static final Scenario S = Scenario.bipartite(2, 2, 2, 2);
    private static final List<Behaviour> BEHAVIOURS = new ArrayList<>();

    @BeforeAll
    static void behaviours() {
        BEHAVIOURS.addAll(sample());
    }

    /** The 300 behaviours of this test (seeded), also used by {@code GenericStructuresTest}. */
    static List<Behaviour> sample() {
        List<Behaviour> sample = new ArrayList<>();
        Random rng = new Random(2015);
        for (int i = 0; i < 120; i++) {
            Basis[][] m = new Basis[2][2];
            for (int party = 0; party < 2; party++) {
                for (int x = 0; x < 2; x++) {
                    m[party][x] = Basis.qubit(rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian());
                }
            }
            sample.add(QuantumBehaviour.of(State.random(new int[] {2, 2}, rng), m, "random quantum", ""));
        }
        for (int i = 0; i < 60; i++) {
            // singlet with perturbed CHSH-optimal X–Z measurements and white noise: mostly nonlocal
            double[] ta = {rng.nextGaussian() * 0.3, Math.PI / 2 + rng.nextGaussian() * 0.3};
            double[] tb = {Math.PI / 4 + rng.nextGaussian() * 0.3, -Math.PI / 4 + rng.nextGaussian() * 0.3};
            Behaviour q = QuantumBehaviour.of(State.singlet(), new Basis[][] {{Basis.xz(ta[0]), Basis.xz(ta[1])}, {Basis.xz(tb[0]), Basis.xz(tb[1])}},
                    "noisy singlet", "");
            sample.add(q.mix(0.7 + 0.3 * rng.nextDouble(), Behaviour.uniform(S)));
        }
        for (int i = 0; i < 60; i++) {
            // PR box relabelled by a ⊕ b = xy ⊕ s·x ⊕ t·y ⊕ u, mixed with white noise at visibility v
            int s = rng.nextInt(2);
            int t = rng.nextInt(2);
            int u = rng.nextInt(2);
            double[] p = new double[16];
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    for (int a = 0; a < 2; a++) {
                        p[S.index(x, y, a, a ^ (x & y) ^ (s & x) ^ (t & y) ^ u)] = 0.5;
                    }
                }
            }
            sample.add(new Behaviour(S, p).mix(rng.nextDouble(), Behaviour.uniform(S)));
        }
        for (int i = 0; i < 60; i++) {
            double[] p = new double[16];
            double total = 0;
            double[] weights = new double[1 + rng.nextInt(6)];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = rng.nextDouble();
                total += weights[k];
            }
            for (double w : weights) {
                int f = rng.nextInt(4);
                int g = rng.nextInt(4);
                for (int x = 0; x < 2; x++) {
                    for (int y = 0; y < 2; y++) {
                        p[S.index(x, y, (f >> x) & 1, (g >> y) & 1)] += w / total;
                    }
                }
            }
            sample.add(new Behaviour(S, p));
        }
        return sample;
    }

    /**
     * max over x → x ⊕ s, y → y ⊕ t, a → a ⊕ f, b → b ⊕ g and the exchange of the parties of
     * p(00|00) + p(00|01) + p(00|10) − p(00|11) − p_A(0|0) − p_B(0|0) (eq. 8) on the relabelled p.
     */
    public static double chsh(Behaviour p) {
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 32; k++) {
            int s = k & 1;
            int t = (k >> 1) & 1;
            int f = (k >> 2) & 1;
            int g = (k >> 3) & 1;
            boolean swap = (k >> 4) == 1;
            double[][][][] q = new double[2][2][2][2];
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    for (int a = 0; a < 2; a++) {
                        for (int b = 0; b < 2; b++) {
                            double v = swap ? p.get(y ^ t, x ^ s, b ^ g, a ^ f) : p.get(x ^ s, y ^ t, a ^ f, b ^ g);
                            q[x][y][a][b] = v;
                        }
                    }
                }
            }
            double value = q[0][0][0][0] + q[0][1][0][0] + q[1][0][0][0] - q[1][1][0][0]
                    - (q[0][0][0][0] + q[0][0][0][1]) - (q[0][0][0][0] + q[0][0][1][0]);
            best = Math.max(best, value);
        }
        return best;
    }

    private static RelaxationResult solve(CausalModel m, Behaviour p) {
        return new Relaxation(m.strategies(S), BehaviourConstraints.reproducing(p)).solve(SolveOptions.defaults());
    }

    @Test
    void directCausalInfluenceXtoBEqualsChsh() {
        for (Behaviour p : BEHAVIOURS) {
            RelaxationResult r = solve(CausalModel.X_TO_B, p);
            assertTrue(r.verified(), p.name());
            assertEquals(Math.max(0, chsh(p)), r.value(), 1e-9, p.name());
        }
    }

    @Test
    void oneBitCommunicationEqualsChsh() {
        for (Behaviour p : BEHAVIOURS) {
            RelaxationResult r = solve(CausalModel.COMMUNICATION, p);
            assertTrue(r.verified(), p.name());
            assertEquals(Math.max(0, chsh(p)), r.value(), 1e-9, p.name());
        }
    }

    @Test
    void directCausalInfluenceAtoBIsTwiceChsh() {
        for (Behaviour p : BEHAVIOURS) {
            RelaxationResult r = solve(CausalModel.A_TO_B, p);
            assertTrue(r.verified(), p.name());
            assertEquals(2 * Math.max(0, chsh(p)), r.value(), 1e-9, p.name());
        }
    }

    /** The sample must exercise both sides of the CHSH facet, including strongly nonlocal points. */
    @Test
    void sampleCoversLocalAndNonlocalBehaviours() {
        long nonlocal = BEHAVIOURS.stream().filter(p -> chsh(p) > 1e-6).count();
        assertTrue(BEHAVIOURS.size() >= 200);
        assertTrue(nonlocal >= 60, nonlocal + " nonlocal");
        assertTrue(BEHAVIOURS.size() - nonlocal >= 60);
        assertTrue(BEHAVIOURS.stream().mapToDouble(ChshLawsTest::chsh).max().orElseThrow() > 0.3);
    }
}
