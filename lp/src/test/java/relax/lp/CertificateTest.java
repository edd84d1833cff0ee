package relax.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.CausalModel;
import relax.core.LocalityStrategies;

/** The exact check of {@link Certificate}: sound whatever the multipliers, tight when they are accurate. */
class CertificateTest {

    /**
     * Multipliers of the PR box's X→B optimum (value 1/2) blurred by noise of 1e-9 that no small
     * denominator captures: the dyadic rounding still admits the exact check, and the exact bound is
     * within 1e-8 of 1/2 and never above it (it is a proof).
     */
    @Test
    void noisyMultipliersStillGiveAnExactBoundBelowTheOptimum() {
        LocalityStrategies space = CausalModel.X_TO_B.strategies(Boxes.prBox().scenario());
        BehaviourConstraints constraints = BehaviourConstraints.reproducing(Boxes.prBox());
        RelaxationResult r = new Relaxation(space, constraints).solve(Relaxation.Options.defaults().withBackends(List.of(LpBackend.named("glop"))));
        Random random = new Random(7);
        double[] y = new double[constraints.rows()];
        double[] w = new double[space.measureRows()];
        BigFraction[] yExact = r.certificate().rowWeights();
        BigFraction[] wExact = r.certificate().measureWeights();
        for (int k = 0; k < y.length; k++) {
            y[k] = yExact[k].doubleValue() + 1e-9 * random.nextGaussian() * Math.PI;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = wExact[i].doubleValue() + 1e-9 * Math.abs(random.nextGaussian()) * Math.E;
        }
        Certificate c = Certificate.verify(space, constraints, y, w, 0.5);
        assertTrue(c.isChecked(), c.note());
        assertTrue(c.bound().compareTo(new BigFraction(1, 2)) <= 0, "an exact lower bound cannot exceed the optimum 1/2");
        assertEquals(0.5, c.boundValue(), 1e-8);
    }
}
