package relax.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.BilocalModel;
import relax.core.Scenario;

class BilocalitySearchTest {
    private static final BilocalitySearch.Options OPTIONS = BilocalitySearch.Options.defaults().withResolution(1e-3).withThreads(2);

    /**
     * p(a,b,c|x,z) = Σ q^a_ᾱ q^c_γ̄ [a = α_x] P(b|ᾱ,γ̄) [c = γ_z], summed here independently of
     * {@link BilocalModel#behaviour()}.
     */
    static double multipliedOut(BilocalModel m, Scenario s, int x, int z, int a, int b, int c) {
        double[] qa = m.alice();
        double[] qc = m.charlie();
        double[] pb = m.bob();
        int mx = s.inputs(0);
        int mz = s.inputs(2);
        int ob = s.outputs(1);
        double sum = 0;
        for (int alpha = 0; alpha < qa.length; alpha++) {
            int alphaX = alpha / (int) Math.pow(s.outputs(0), mx - 1 - x) % s.outputs(0);
            for (int gamma = 0; gamma < qc.length; gamma++) {
                int gammaZ = gamma / (int) Math.pow(s.outputs(2), mz - 1 - z) % s.outputs(2);
                if (alphaX == a && gammaZ == c) {
                    sum += qa[alpha] * qc[gamma] * pb[(alpha * qc.length + gamma) * ob + b];
                }
            }
        }
        return sum;
    }

    static void assertReproduces(BilocalModel m, Behaviour p, double tolerance) {
        Scenario s = p.scenario();
        for (int x = 0; x < s.inputs(0); x++) {
            for (int z = 0; z < s.inputs(2); z++) {
                for (int a = 0; a < s.outputs(0); a++) {
                    for (int b = 0; b < s.outputs(1); b++) {
                        for (int c = 0; c < s.outputs(2); c++) {
                            int e = s.index(s.block(x, 0, z), s.outcome(a, b, c));
                            assertEquals(p.get(e), multipliedOut(m, s, x, z, a, b, c), tolerance, s.entryName(e));
                        }
                    }
                }
            }
        }
    }

    /** Bilocal by construction → M_BL = 0, with an explicit bilocal model that multiplies out to p. */
    @Test
    void productOfSourcesIsFoundBilocal() {
        Behaviour p = Networks.productOfSources();
        BilocalityResult r = BilocalitySearch.run(p, OPTIONS);
        assertEquals(RelaxationResult.Status.OPTIMAL, r.status());
        assertTrue(r.bilocal(), r.diagnostics());
        assertEquals(0, r.value());
        assertReproduces(r.decomposition(), p, 1e-9);
    }

    /** The shared bit: min M_BL = 1 exactly (see {@link Networks#sharedBit}), ν = ½ forced. */
    @Test
    void sharedBitNeedsNonBilocalityOne() {
        BilocalityResult r = BilocalitySearch.run(Networks.sharedBit(Networks.BINARY), OPTIONS);
        assertFalse(r.bilocal());
        assertTrue(r.converged());
        assertEquals(1, r.value(), 1e-9);
        assertTrue(r.lowerBound().doubleValue() <= 1 + 1e-12 && r.lowerBound().doubleValue() >= 1 - 1e-3);
        assertEquals(0.5, r.nu()[0], 1e-9);
        assertEquals(0.5, r.nuMin()[0], 1e-9);
        assertEquals(0.5, r.nuMax()[0], 1e-9);
    }

    /** With one input for Alice q^a is fixed by p(a): no free parameter, one LP gives the exact value (1 again, same argument). */
    @Test
    void noFreeParameterWithOneInput() {
        Scenario s = Scenario.of(new int[] {1, 1, 2}, new int[] {2, 2, 2});
        BilocalityResult r = BilocalitySearch.run(Networks.sharedBit(s), OPTIONS);
        assertEquals(0, r.parameters());
        assertEquals(1, r.value(), 1e-9);
        assertEquals(1, r.lowerBound().doubleValue(), 1e-9);
    }

    /** Alice's output equals Charlie's input: no network model at all, proven by an exact Farkas certificate. */
    @Test
    void signallingBehaviourIsInfeasibleWithCertificate() {
        Scenario s = Networks.BINARY;
        double[] q = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                q[s.index(s.block(x, 0, z), s.outcome(z, 0, 0))] = 1;
            }
        }
        BilocalityResult r = BilocalitySearch.run(new Behaviour(s, q), OPTIONS);
        assertEquals(RelaxationResult.Status.INFEASIBLE, r.status());
        assertNotNull(r.network().certificate());
        assertTrue(r.network().certificate().provesInfeasible());
    }
}
