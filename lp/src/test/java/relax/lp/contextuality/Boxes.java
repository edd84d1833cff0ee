package relax.lp.contextuality;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;

/** Behaviours for the tests, written out by hand. */
final class Boxes {
    private Boxes() {
    }

    /** The Peres–Mermin square, Pearl &amp; Cavalcanti's slot order (rows R1–R3, columns C1–C3, Fig. 2). */
    static CompatibilityScenario peresMermin() {
        int[] twos = new int[9];
        java.util.Arrays.fill(twos, 2);
        return CompatibilityScenario.of(List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"), twos,
                List.of("R1", "R2", "R3", "C1", "C2", "C3"),
                List.of(List.of("m1", "m2", "m3"), List.of("m4", "m5", "m6"), List.of("m7", "m8", "m9"),
                        List.of("m1", "m4", "m7"), List.of("m2", "m5", "m8"), List.of("m3", "m6", "m9")));
    }

    /**
     * The quantum Peres–Mermin behaviour of the maximally mixed state, with white noise: quantum theory gives each
     * context the 4 outcome tuples whose ±1 product is the operator identity of eq. (7) (+1 for R1–R3, C1, C2; −1 for
     * C3) with probability 1/4 each (Tr[(1/4)·Π] = 1/4 for a rank-one projector Π of the common eigenbasis); then
     * p_v = v·p + (1 − v)/8, exactly.
     */
    static CompatibilityBehaviour peresMerminMixed(BigFraction v) {
        CompatibilityScenario s = peresMermin();
        BigFraction[] e = new BigFraction[s.embedding().size()];
        BigFraction noise = BigFraction.ONE.subtract(v).divide(8);
        for (int c = 0; c < 6; c++) {
            int sign = c == 5 ? -1 : 1;
            for (int t = 0; t < 8; t++) {
                boolean right = (Integer.bitCount(t) % 2 == 0 ? 1 : -1) == sign;
                e[s.entry(c, t)] = noise.add(right ? v.divide(4) : BigFraction.ZERO);
            }
        }
        return CompatibilityBehaviour.ofExact(s, e, "PM maximally mixed", "");
    }

    /** The isotropic CHSH box p(ab|xy) = (1 + E (−1)^{a⊕b⊕xy})/4 as a compatibility behaviour; CHSH value S = 4E. */
    static CompatibilityBehaviour isotropic(BigFraction e) {
        CompatibilityScenario s = CompatibilityScenario.fromBell(Scenario.bipartite(2, 2, 2, 2));
        BigFraction[] p = new BigFraction[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        int sign = ((a ^ b) == (x & y)) ? 1 : -1;
                        p[((x * 2 + y) * 2 + a) * 2 + b] = BigFraction.ONE.add(e.multiply(sign)).divide(4);
                    }
                }
            }
        }
        return CompatibilityBehaviour.ofExact(s, p, "isotropic", "");
    }
}
