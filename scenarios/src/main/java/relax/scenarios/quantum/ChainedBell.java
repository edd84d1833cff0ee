package relax.scenarios.quantum;

import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * Chained-Bell behaviours (Braunstein–Caves chain) with m inputs per side and two outputs, the family
 * of the scale table in {@code docs/performance.md}.
 *
 * <p>The chain is the cycle of 2m input pairs (x, y) with y = x or y = x + 1 (mod m):
 * (0,0), (0,1), (1,1), (1,2), …, (m−1,m−1), (m−1,0). Its target relation is a ⊕ b = c(x, y) with
 * c = 1 on the closing pair (m−1, 0) and c = 0 on the others; no deterministic local strategy meets
 * all 2m relations, since their parities sum to 1 around the cycle.
 *
 * <ul>
 *   <li>{@link #box}: the chained PR-type box mixed with white noise,
 *       p = v·P_chain + (1−v)·U, where P_chain(a,b|x,y) = ½·[a ⊕ b = c(x,y)] on chain pairs and ¼ off
 *       the chain, and U = ¼ everywhere. Every marginal is uniform. For m = 2 it is the PR box up to
 *       relabelling.</li>
 *   <li>{@link #quantum}: the maximally entangled state |Φ⁺⟩ measured in the x–z plane at angles
 *       θ_x = xπ/m (Alice) and φ_y = (y − ½)π/m (Bob), mixed with white noise:
 *       p(a,b|x,y) = ¼·(1 + (−1)^{a⊕b} v cos(θ_x − φ_y)). On the chain the correlator is
 *       ±v cos(π/2m), with the sign of (−1)^c.</li>
 * </ul>
 */
public final class ChainedBell {
    private ChainedBell() {
    }

    /** The noisy chained PR-type box with m ≥ 2 inputs per side and visibility v ∈ [0, 1]. */
    public static Behaviour box(int m, double v) {
        Scenario s = scenario(m, v);
        double[] p = new double[s.size()];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                boolean chain = y == x || y == (x + 1) % m;
                int c = x == m - 1 && y == 0 ? 1 : 0;
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        double box = chain ? ((a ^ b) == c ? 0.5 : 0) : 0.25;
                        p[s.index(x, y, a, b)] = v * box + (1 - v) * 0.25;
                    }
                }
            }
        }
        return new Behaviour(s, p, "chained box m=" + m + " v=" + v,
                "chained PR-type box with " + m + " inputs per side mixed with white noise at visibility " + v);
    }

    /** Quantum chained-Bell correlations of |Φ⁺⟩ with m ≥ 2 inputs per side, visibility v ∈ [0, 1]. */
    public static Behaviour quantum(int m, double v) {
        Scenario s = scenario(m, v);
        double[] p = new double[s.size()];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                double e = v * Math.cos(x * Math.PI / m - (y - 0.5) * Math.PI / m);
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        p[s.index(x, y, a, b)] = 0.25 * (1 + ((a ^ b) == 0 ? e : -e));
                    }
                }
            }
        }
        return new Behaviour(s, p, "quantum chained Bell m=" + m + " v=" + v,
                "|Phi+> measured at the chained-Bell angles, " + m + " inputs per side, visibility " + v);
    }

    private static Scenario scenario(int m, double v) {
        if (m < 2) {
            throw new IllegalArgumentException("a chained-Bell behaviour needs at least 2 inputs per side, got " + m);
        }
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("visibility must be in [0, 1], got " + v);
        }
        return Scenario.bipartite(m, m, 2, 2);
    }
}
