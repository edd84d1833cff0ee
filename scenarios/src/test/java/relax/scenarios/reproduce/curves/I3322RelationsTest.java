package relax.scenarios.reproduce.curves;

import relax.lp.engine.SolveOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.analysis.InfluenceAnalysis;

/** Chaves et al. 2015, Fig. 2: the black curve I3322/2 and the red curve's pieces and exact breakpoint 5/7. */
class I3322RelationsTest {
    private static final SolveOptions OPTIONS = SolveOptions.defaults();

    /** Paper, after eq. (36): min C_X→B = max(0, I3322/2) with I3322 = 2v − 1. */
    @Test
    void wholeBehaviourNeedsHalfTheViolation() {
        for (double v : new double[] {0.3, 0.5, 0.6, 0.8, 0.95, 1}) {
            RelaxationResult r = InfluenceAnalysis.run(ExampleBehaviours.i3322Box(v), CausalModel.X_TO_B, OPTIONS, 1e-9).result();
            assertEquals(Math.max(0, (2 * v - 1) / 2), r.value(), 1e-9, "v=" + v);
            assertTrue(r.verified());
        }
    }

    /**
     * On the grid −1, −6/7, …, 1 the certified lines are 0, 2I/5 and (3I − 1)/4, and consecutive ones cross
     * exactly at 0 and 5/7 (2I/5 = (3I − 1)/4 ⇔ 8I = 15I − 5).
     */
    @Test
    void valueOnlyCurveHasExactPiecesAndBreakpoints() {
        I3322Curve.Sweep s = new I3322Curve().sweep(15, OPTIONS, SweepProgress.NONE);
        assertEquals(List.of("0", "2/5 I", "3/4 I - 1/4"), s.lines().stream().map(I3322Curve.Line::toString).toList());
        assertEquals(List.of(BigFraction.ZERO, new BigFraction(5, 7)), s.breakpoints());
        for (I3322Curve.FunctionalPoint p : s.functional()) {
            double i = p.i3322();
            assertEquals(Math.max(0, Math.max(2 * i / 5, (3 * i - 1) / 4)), p.value(), 1e-9, "I=" + i);
            assertTrue(p.verified());
        }
    }
}
