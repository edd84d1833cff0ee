package relax.scenarios.quantum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;

/**
 * The Born-rule CGLMP behaviour of the maximally entangled state ({@link CglmpQuantum#maximallyEntangled})
 * against the closed form p(k,l|x,y) = 1/(2d³ sin²[π(k − l + α_x + β_y)/d]) of Collins et al. 2002
 * ({@link CglmpCorrelations}), entry by entry.
 */
class CglmpQuantumCrossCheckTest {
    @Test
    void bornRuleMatchesTheClosedForm() {
        for (int d = 2; d <= 8; d++) {
            Behaviour born = CglmpQuantum.maximallyEntangled(d);
            Behaviour closed = CglmpCorrelations.of(d, 1);
            for (int i = 0; i < born.scenario().size(); i++) {
                assertEquals(closed.get(i), born.get(i), 1e-12, "d=" + d + " " + born.scenario().entryName(i));
            }
        }
    }
}
