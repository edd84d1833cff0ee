package relax.benchmarks;

import java.util.Random;
import relax.core.strategy.Pricing;
import relax.core.strategy.StrategySpace;

/**
 * One exact pricing call of a strategy space at seeded random multipliers: z Gaussian (one per entry of p), w
 * uniform in [0, 1/|w|) (one per measure row), 30 best strategies kept — the state the pricing benchmarks time.
 */
final class PricingCall {
    private final StrategySpace space;
    private final double[] z;
    private final double[] w;
    private final Pricing pricing;

    PricingCall(StrategySpace space) {
        this.space = space;
        Random random = new Random(42);
        z = new double[space.scenario().size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian();
        }
        w = new double[space.measureRows()];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextDouble() / w.length;
        }
        pricing = new Pricing(30, space.digits().length());
    }

    /** Runs the search; the best score (returned so that JMH keeps the call). */
    double price() {
        space.price(z, w, pricing);
        return pricing.max();
    }
}
