package relax.lp;

import relax.core.Behaviour;
import relax.core.Scenario;

/** Behaviours written out by hand for the tests of this module. */
public final class Boxes {
    private Boxes() {
    }

    /** PR box: a ⊕ b = x·y with uniform marginals. */
    public static Behaviour prBox() {
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

    /** Tsirelson's box: p(a,b|x,y) = (1 + (−1)^{a⊕b⊕xy}/√2)/4, the quantum maximum of CHSH. */
    public static Behaviour tsirelson() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        p[s.index(x, y, a, b)] = (1 + ((a ^ b ^ (x & y)) == 0 ? 1 : -1) / Math.sqrt(2)) / 4;
                    }
                }
            }
        }
        return new Behaviour(s, p, "Tsirelson box", "");
    }

    /** The deterministic behaviour a = f[x], b = g[y]. */
    public static Behaviour deterministic(Scenario s, int[] f, int[] g) {
        double[] p = new double[s.size()];
        for (int x = 0; x < s.inputs(0); x++) {
            for (int y = 0; y < s.inputs(1); y++) {
                p[s.index(x, y, f[x], g[y])] = 1;
            }
        }
        return new Behaviour(s, p);
    }
}
