package relax.lp.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.ContextualModel;
import relax.core.contextuality.ContextualStrategies;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/** Exact models recovered on the support of floating-point ones. */
class ExactModelTest {

    /**
     * Peres–Mermin, maximally mixed state at the critical visibility v = 2/3 (p = 1/6 per right tuple, 1/24 per wrong
     * one): the floating-point noncontextual model's support carries an exact rational model.
     */
    @Test
    void criticalPeresMerminModelIsExact() {
        CompatibilityBehaviour p = Boxes.peresMerminMixed(new BigFraction(2, 3));
        ContextualStrategies nc = ContextualModel.NONCONTEXTUAL.strategies(p.scenario());
        RelaxationResult r = new Relaxation(nc, BehaviourConstraints.reproducing(p.asBehaviour())).solve(SolveOptions.defaults());
        assertEquals(Status.OPTIMAL, r.status(), r.reason());
        List<int[]> support = new ArrayList<>();
        r.model().forEach(w -> support.add(w.strategy()));
        BigFraction[] q = ExactModel.solve(nc, support, p.exactEntries());
        assertNotNull(q);
        BigFraction total = BigFraction.ZERO;
        for (BigFraction x : q) {
            assertTrue(x.compareTo(BigFraction.ZERO) >= 0);
            total = total.add(x);
        }
        assertEquals(BigFraction.ONE, total);
        // and nothing exact exists above the threshold on any support: a model of p at v = 2/3 + 1/100 would violate eq. (6)
        BigFraction[] above = Boxes.peresMerminMixed(new BigFraction(2, 3).add(new BigFraction(1, 100))).exactEntries();
        assertNull(ExactModel.solve(nc, support, above));
    }
}
