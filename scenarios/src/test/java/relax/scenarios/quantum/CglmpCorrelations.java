package relax.scenarios.quantum;

import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * Test oracle, independent of the Born-rule code: the closed form of the quantum correlations that
 * violate the CGLMP inequality for d outcomes (Collins, Gisin, Linden,
 * Massar &amp; Popescu, PRL 88, 040404, 2002): the maximally entangled state of two qudits measured in
 * the settings of that paper, two inputs and d outputs per side,
 * <pre>  p(k, l | x, y) = 1 / (2 d³ sin²[π (k − l + α_x + β_y) / d]),   α = (0, ½),  β = (¼, −¼).</pre>
 * Normalisation follows from Σ_{j=0}^{d−1} sin⁻²(π(j + c)/d) = d² / sin²(πc) with sin²(πc) = ½ for every
 * c = α_x + β_y used here; every marginal is uniform.
 */
public final class CglmpCorrelations {
    private static final double[] ALPHA = {0, 0.5};
    private static final double[] BETA = {0.25, -0.25};

    private CglmpCorrelations() {
    }

    /** The CGLMP-violating correlations for d ≥ 2 outcomes, mixed with white noise at visibility v ∈ [0, 1]. */
    public static Behaviour of(int d, double v) {
        if (d < 2) {
            throw new IllegalArgumentException("CGLMP correlations need at least 2 outcomes, got " + d);
        }
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("visibility must be in [0, 1], got " + v);
        }
        Scenario s = Scenario.bipartite(2, 2, d, d);
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int k = 0; k < d; k++) {
                    for (int l = 0; l < d; l++) {
                        double sin = Math.sin(Math.PI * (k - l + ALPHA[x] + BETA[y]) / d);
                        p[s.index(x, y, k, l)] = v / (2.0 * d * d * d * sin * sin) + (1 - v) / ((double) d * d);
                    }
                }
            }
        }
        return new Behaviour(s, p, "CGLMP d=" + d + " v=" + v, "maximally entangled qudits in the CGLMP settings, visibility " + v);
    }
}
