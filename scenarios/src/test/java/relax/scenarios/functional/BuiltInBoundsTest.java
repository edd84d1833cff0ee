package relax.scenarios.functional;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.FunctionalAnalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * The documented bound of every built-in bipartite functional, recomputed: the largest value a model of its
 * structure reaches is the bound the Farkas certificate proves just above it (in exact arithmetic), and the
 * bound itself is reached.
 */
class BuiltInBoundsTest {
    private static final SolveOptions OPTIONS = SolveOptions.defaults();

    private static void boundIsTight(BellFunctional f, CausalModel model, boolean noSignalling) {
        FunctionalAnalysis.Outcome above = FunctionalAnalysis.run(f, f.bound() + 0.01, model, noSignalling, OPTIONS);
        assertEquals(Status.INFEASIBLE, above.status(), f.name());
        // exact for the coefficients as stored; CGLMP's weights 1 − 2k/(d − 1) are rounded to doubles for d ≥ 4
        assertEquals(f.bound(), above.reachableBound().doubleValue(), 1e-12, f.name());
        assertEquals(Status.OPTIMAL, FunctionalAnalysis.run(f, f.bound(), model, noSignalling, OPTIONS).status(), f.name());
    }

    @Test
    void localBoundsOfTheBipartiteFunctionals() {
        List<BellFunctional> local = new ArrayList<>(BellFunctional.chshSymmetries());
        local.add(BellFunctional.chshCorrelator());
        local.add(BellFunctional.i3322());
        for (int d = 2; d <= 5; d++) {
            local.add(BellFunctional.cglmp(d));
        }
        for (BellFunctional f : local) {
            assertEquals("local hidden variables", f.boundFor());
            boundIsTight(f, CausalModel.LHV, true);
        }
    }

    /** Eq. (10) holds for every A→B model, signalling or not. */
    @Test
    void iAtoBBoundHoldsForEveryAtoBModel() {
        boundIsTight(BellFunctional.iAtoB(), CausalModel.A_TO_B, false);
    }

    /** Mermin's local bound 2, by enumerating the 4³ deterministic local strategies of three parties with two inputs. */
    @Test
    void merminLocalBoundByEnumeration() {
        BellFunctional m = BellFunctional.mermin();
        double max = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < 64; s++) {
            double[] p = new double[m.scenario().size()];
            for (int block = 0; block < 8; block++) {
                int[] x = new int[3];
                m.scenario().decodeBlock(block, x);
                int[] a = new int[3];
                for (int party = 0; party < 3; party++) {
                    a[party] = (s >> (2 * party + x[party])) & 1;
                }
                p[m.scenario().index(block, m.scenario().outcome(a))] = 1;
            }
            max = Math.max(max, m.evaluate(new relax.core.Behaviour(m.scenario(), p)));
        }
        assertEquals(m.bound(), max);
    }

    @Test
    void namedLooksUpEveryBuiltIn() {
        assertEquals("chsh[101]", BellFunctional.named("CHSH[101]").name());
        assertEquals("cglmp4", BellFunctional.named("cglmp4").name());
        assertEquals("iab", BellFunctional.named("iab").name());
        assertEquals(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> BellFunctional.named("cglmp1"))
                .getMessage(), "CGLMP needs d >= 2 outputs, got 1");
    }
}
