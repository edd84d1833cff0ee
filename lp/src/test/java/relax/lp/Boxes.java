package relax.lp;

import relax.core.Behaviour;
import relax.core.Scenario;

/** Behaviours written out by hand for the tests of this module. */
final class Boxes {
    private Boxes() {
    }

    /** PR box: a ⊕ b = x·y with uniform marginals. */
    static Behaviour prBox() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    p[s.index(x, y, a, a ^ (x & y))] = 0.5;
                }
            }
        }
        return new Behaviour(s, p, "PR box", "");
    }

    /** The deterministic behaviour a = f[x], b = g[y]. */
    static Behaviour deterministic(Scenario s, int[] f, int[] g) {
        double[] p = new double[s.size()];
        for (int x = 0; x < s.inputs(0); x++) {
            for (int y = 0; y < s.inputs(1); y++) {
                p[s.index(x, y, f[x], g[y])] = 1;
            }
        }
        return new Behaviour(s, p);
    }
}
