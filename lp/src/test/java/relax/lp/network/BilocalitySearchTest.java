package relax.lp.network;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import relax.lp.relaxation.RelaxationResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;

class BilocalitySearchTest {
    private static final SolveOptions OPTIONS = SolveOptions.defaults().withResolution(1e-3).withThreads(2);

    /** Bilocal by construction → M_BL = 0, with an explicit bilocal model that multiplies out to p. */
    @Test
    void productOfSourcesIsFoundBilocal() {
        Behaviour p = Networks.productOfSources();
        BilocalityResult r = BilocalitySearch.run(p, OPTIONS);
        assertEquals(Status.OPTIMAL, r.status());
        assertTrue(r.bilocal(), r.reason() + " " + r.diagnostics());
        assertEquals(0, r.value());
        assertTrue(r.decomposition().residual(p) <= 1e-9, "the model multiplied out is p");
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
        assertEquals(Status.INFEASIBLE, r.status());
        assertNotNull(r.network().certificate());
        assertTrue(r.network().certificate().provesInfeasible());
    }
}
