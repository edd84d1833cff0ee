package relax.scenarios.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.contextuality.CausalGraph;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.Faithfulness;
import relax.scenarios.io.StructureFile;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.quantum.PeresMermin;

/**
 * Fine-tuning claims read off the graphs of Chaves et al. 2015, Fig. 1, by hand: on the no-signalling Tsirelson box
 * the independence b ⊥ x | y is a d-separation only without a path from x to b — broken by x → b (Fig. 1c), x → a → b
 * (Fig. 1b) and x → m → b (Fig. 1d), and by λ → x under measurement dependence; LHV (Fig. 1a) d-separates both.
 */
class FaithfulnessAnalysisTest {

    private static FaithfulnessAnalysis.Outcome under(String model, Behaviour p) {
        return FaithfulnessAnalysis.run(p, model, StructureFile.load(model, 1e-9).structure(), 1e-9);
    }

    @Test
    void relaxationsOfChavesAreFineTunedOnTsirelson() {
        Behaviour p = ExampleBehaviours.tsirelson(1);
        FaithfulnessAnalysis.Outcome lhv = under("lhv", p);
        assertTrue(lhv.faithful());
        assertTrue(lhv.broken().isEmpty());
        for (String m : List.of("x2b", "a2b", "comm")) {
            FaithfulnessAnalysis.Outcome o = under(m, p);
            assertFalse(o.faithful(), m);
            assertEquals(List.of("b ⊥ x | y"), o.fineTuned().stream().map(Faithfulness.Statement::statement).toList(), m);
        }
        FaithfulnessAnalysis.Outcome md = FaithfulnessAnalysis.run(CompatibilityBehaviour.fromBell(p), CausalGraph.measurementDependence(2), 1e-9);
        assertEquals(2, md.fineTuned().size());
    }

    /** Fig. 1 is faithful to the Peres–Mermin behaviour; the context-influence graph fine-tunes all six independences. */
    @Test
    void peresMermin() {
        CompatibilityBehaviour p = PeresMermin.example(1, 1);
        FaithfulnessAnalysis.Outcome canonical = FaithfulnessAnalysis.run(p, CausalGraph.canonical(3), 1e-9);
        assertTrue(canonical.faithful());
        assertTrue(canonical.ksScenario());
        assertTrue(canonical.symmetry().isEmpty());
        assertEquals(6, FaithfulnessAnalysis.run(p, CausalGraph.contextInfluence(3), 1e-9).fineTuned().size());
    }
}
