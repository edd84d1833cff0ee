package relax.lp.network;

import relax.core.Behaviour;
import relax.core.Scenario;

/** Behaviours of the swapping network written out by hand for the tests of this module. */
final class Networks {
    static final Scenario BINARY = Scenario.of(new int[] {2, 1, 2}, new int[] {2, 4, 2});

    /** Source 1: p(λ1); Alice's p(a=0|x,λ1); source 2: p(λ2); Charlie's p(c=0|z,λ2); Bob's p(b|λ1,λ2). */
    static final double[] SOURCE1 = {0.5, 0.3, 0.2};
    static final double[][] ALICE = {{0.9, 0.2}, {0.1, 0.6}, {0.5, 0.5}};
    static final double[] SOURCE2 = {0.6, 0.4};
    static final double[][] CHARLIE = {{0.7, 0.3}, {0.2, 0.8}};
    static final double[][][] BOB = {
        {{0.1, 0.2, 0.3, 0.4}, {0.7, 0.1, 0.1, 0.1}},
        {{0.25, 0.25, 0.25, 0.25}, {0, 0.5, 0, 0.5}},
        {{1, 0, 0, 0}, {0.4, 0.3, 0.2, 0.1}}};

    private Networks() {
    }

    /**
     * A bilocal behaviour built explicitly from two independent sources with stochastic responses (seed
     * 002, eq. 43): p(a,b,c|x,z) = Σ p(λ1) p(λ2) p(a|x,λ1) p(b|λ1,λ2) p(c|z,λ2).
     */
    static Behaviour productOfSources() {
        double[] p = new double[BINARY.size()];
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 4; b++) {
                        for (int c = 0; c < 2; c++) {
                            double s = 0;
                            for (int l1 = 0; l1 < SOURCE1.length; l1++) {
                                for (int l2 = 0; l2 < SOURCE2.length; l2++) {
                                    double pa = a == 0 ? ALICE[l1][x] : 1 - ALICE[l1][x];
                                    double pc = c == 0 ? CHARLIE[l2][z] : 1 - CHARLIE[l2][z];
                                    s += SOURCE1[l1] * SOURCE2[l2] * pa * BOB[l1][l2][b] * pc;
                                }
                            }
                            p[BINARY.index(BINARY.block(x, 0, z), BINARY.outcome(a, b, c))] = s;
                        }
                    }
                }
            }
        }
        return new Behaviour(BINARY, p, "product of sources", "");
    }

    /**
     * ν = q^a_00 of the product-of-sources model when Alice answers each input independently given λ1:
     * Σ_λ1 p(λ1) p(a=0|x=0,λ1) p(a=0|x=1,λ1).
     */
    static double productOfSourcesNu() {
        double nu = 0;
        for (int l1 = 0; l1 < SOURCE1.length; l1++) {
            nu += SOURCE1[l1] * ALICE[l1][0] * ALICE[l1][1];
        }
        return nu;
    }

    /**
     * One uniformly random bit shared by everyone: a = b = c whatever x, z (b ∈ {0, 1}). Every q reproducing it
     * puts weight ½ on (ᾱ = 00, γ̄ = 00) and ½ on (11, 11) (a = c in every block forces constant and equal
     * responses), so q^a = q^c = (½, 0, 0, ½), ν = q^a_00 = ½ is forced and M_BL = 2·¼ + 2·¼ = 1 by eq. (46).
     */
    static Behaviour sharedBit(Scenario s) {
        double[] p = new double[s.size()];
        for (int block = 0; block < s.inputBlocks(); block++) {
            for (int bit = 0; bit < 2; bit++) {
                p[s.index(block, s.outcome(bit, bit, bit))] = 0.5;
            }
        }
        return new Behaviour(s, p, "shared bit", "");
    }
}
