package relax.scenarios.functional;

import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * The bilocality quantity of Branciard, Gisin &amp; Pironio, Chaves et al. 2015 eqs. (59)–(60), for the binary
 * swapping network (x, z, a, c bits; b = 2·b0 + b1 four-valued):
 * <pre>
 *   I = ¼ Σ_{x,z} ⟨A_x B_0 C_z⟩,   J = ¼ Σ_{x,z} (−1)^(x+z) ⟨A_x B_1 C_z⟩,
 *   ⟨A_x B_y C_z⟩ = Σ (−1)^(a + b_y + c) p(a, b0 b1, c | x, z),      B = √|I| + √|J|.
 * </pre>
 * Every bilocal behaviour has B ≤ 1.
 *
 * <p>{@link #nonBilocalityBound()} is a lower bound on the non-bilocality M_BL of every strategy
 * distribution reproducing p, proved in docs/bilocality.md: M_BL ≥ 4|I||J| − (1 − |I| − |J|)²
 * = (B² − 1)(1 − (√|I| − √|J|)²), which is B² − 1 when |I| = |J|.
 */
public record BilocalityInequality(double i, double j) {

    /** The scenario the quantity is defined on: inputs [2,1,2], outputs [2,4,2]. */
    public static final Scenario SCENARIO = Scenario.of(new int[] {2, 1, 2}, new int[] {2, 4, 2});

    /** I and J of behaviour {@code p}. */
    public static BilocalityInequality of(Behaviour p) {
        if (!p.scenario().equals(SCENARIO)) {
            throw new IllegalArgumentException("the bilocality quantity B needs inputs [2,1,2] and outputs [2,4,2], got scenario " + p.scenario());
        }
        double i = 0;
        double j = 0;
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                i += correlator(p, x, 0, z);
                j += ((x + z) % 2 == 0 ? 1 : -1) * correlator(p, x, 1, z);
            }
        }
        return new BilocalityInequality(i / 4, j / 4);
    }

    /** ⟨A_x B_y C_z⟩ of eq. (60), with b_y bit y of b = 2·b0 + b1. */
    private static double correlator(Behaviour p, int x, int y, int z) {
        Scenario s = p.scenario();
        double e = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 4; b++) {
                for (int c = 0; c < 2; c++) {
                    int by = y == 0 ? b >> 1 : b & 1;
                    e += ((a + by + c) % 2 == 0 ? 1 : -1) * p.get(s.index(s.block(x, 0, z), s.outcome(a, b, c)));
                }
            }
        }
        return e;
    }

    /** B = √|I| + √|J|. */
    public double b() {
        return Math.sqrt(Math.abs(i)) + Math.sqrt(Math.abs(j));
    }

    /** max(0, 4|I||J| − (1 − |I| − |J|)²): a lower bound on min M_BL (docs/bilocality.md). */
    public double nonBilocalityBound() {
        double ai = Math.abs(i);
        double aj = Math.abs(j);
        double rest = 1 - ai - aj;
        return Math.max(0, 4 * ai * aj - rest * rest);
    }
}
