package relax.scenarios.quantum;

import java.util.ArrayList;
import java.util.List;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;
import relax.core.contextuality.CorrelatorSum;

/**
 * The Peres–Mermin square as Pearl &amp; Cavalcanti, Sec. 5 present it: nine ±1 measurements m1 … m9 (outcome 0 is
 * +1, outcome 1 is −1), contexts R1 = (m1, m2, m3), R2 = (m4, m5, m6), R3 = (m7, m8, m9) and C1 = (m1, m4, m7),
 * C2 = (m2, m5, m8), C3 = (m3, m6, m9) (Fig. 2) — in a row the measurement of column j fills slot j, in a column the
 * measurement of row i fills slot i, so only m1, m5, m9 keep their slot — and the two-qubit Pauli array of eq. (7):
 * <pre>
 *   m1 = σx⊗1    m2 = 1⊗σx    m3 = σx⊗σx
 *   m4 = 1⊗σy    m5 = σy⊗1    m6 = σy⊗σy
 *   m7 = σx⊗σy   m8 = σy⊗σx   m9 = σz⊗σz
 * </pre>
 * (eq. 7 as printed: σ_x^(1), σ_x^(2), σ_x^(1)⊗σ_x^(2) / σ_y^(2), σ_y^(1), σ_y^(1)⊗σ_y^(2) / σ_x^(1)⊗σ_y^(2),
 * σ_x^(2)⊗σ_y^(1), σ_z^(1)⊗σ_z^(2), the superscript naming the qubit). The observables of each context commute and
 * multiply to +1 except in C3, where (σx⊗σx)(σy⊗σy)(σz⊗σz) = −1, so quantum theory gives every state
 * ⟨KS⟩ = ⟨R1⟩ + ⟨R2⟩ + ⟨R3⟩ + ⟨C1⟩ + ⟨C2⟩ − ⟨C3⟩ = 6 (eq. 6), against 4 for noncontextual models.
 *
 * <p>The behaviour of a two-qubit density matrix ρ is p(a_1 a_2 a_3 | c) = Tr[ρ Π_1 Π_2 Π_3] with
 * Π_k = (1 + (−1)^{a_k} O_k)/2 the spectral projector of the context's k-th observable O_k.
 */
public final class PeresMermin {
    /** The signs of ⟨KS⟩, eq. (6), on R1, R2, R3, C1, C2, C3. */
    public static final int[] KS_SIGNS = {1, 1, 1, 1, 1, -1};
    private static final List<String> CONTEXTS = List.of("R1", "R2", "R3", "C1", "C2", "C3");
    /** Pauli index of each qubit's factor: 0 = 1, 1 = σx, 2 = σy, 3 = σz; {qubit 1, qubit 2}. */
    private static final int[][] PAULIS = {{1, 0}, {0, 1}, {1, 1}, {0, 2}, {2, 0}, {2, 2}, {1, 2}, {2, 1}, {3, 3}};

    private PeresMermin() {
    }

    /** The scenario with Pearl &amp; Cavalcanti's slot order (see the class comment). */
    public static CompatibilityScenario scenario() {
        List<List<String>> contexts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            contexts.add(List.of(name(3 * i), name(3 * i + 1), name(3 * i + 2)));
        }
        for (int j = 0; j < 3; j++) {
            contexts.add(List.of(name(j), name(j + 3), name(j + 6)));
        }
        return CompatibilityScenario.of(measurements(), twos(), CONTEXTS, contexts);
    }

    /**
     * The same square with a Latin-square slot order: the measurement at row i, column j fills slot (i + j) mod 3 of
     * both its row and its column, so every measurement keeps its slot.
     */
    public static CompatibilityScenario latinScenario() {
        List<List<String>> contexts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String[] row = new String[3];
            for (int j = 0; j < 3; j++) {
                row[(i + j) % 3] = name(3 * i + j);
            }
            contexts.add(List.of(row));
        }
        for (int j = 0; j < 3; j++) {
            String[] col = new String[3];
            for (int i = 0; i < 3; i++) {
                col[(i + j) % 3] = name(3 * i + j);
            }
            contexts.add(List.of(col));
        }
        return CompatibilityScenario.of(measurements(), twos(), CONTEXTS, contexts);
    }

    /** ⟨KS⟩ of eq. (6) on {@code s} (either slot order). */
    public static CorrelatorSum ks(CompatibilityScenario s) {
        return new CorrelatorSum("<KS>", s, KS_SIGNS);
    }

    /** The pure state |ψ⟩ as a density matrix |ψ⟩⟨ψ| (re, im; 4 × 4, basis |00⟩, |01⟩, |10⟩, |11⟩). */
    public static double[][][] density(QuantumBehaviour.State psi) {
        if (psi.re().length != 4) {
            throw new IllegalArgumentException("the Peres-Mermin square needs a two-qubit state");
        }
        double[][] re = new double[4][4];
        double[][] im = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                re[i][j] = psi.re()[i] * psi.re()[j] + psi.im()[i] * psi.im()[j];
                im[i][j] = psi.im()[i] * psi.re()[j] - psi.re()[i] * psi.im()[j];
            }
        }
        return new double[][][] {re, im};
    }

    /** The maximally mixed two-qubit state 1/4. */
    public static double[][][] maximallyMixed() {
        double[][] re = new double[4][4];
        for (int i = 0; i < 4; i++) {
            re[i][i] = 0.25;
        }
        return new double[][][] {re, new double[4][4]};
    }

    /** The quantum behaviour of the pure state |ψ⟩ on {@code s}, mixed with white noise: v·p + (1 − v)·uniform. */
    public static CompatibilityBehaviour behaviour(CompatibilityScenario s, QuantumBehaviour.State psi, double v) {
        return behaviour(s, density(psi), v);
    }

    /**
     * The quantum behaviour of the density matrix ρ = {re, im} on {@code s} (the measurements m1 … m9 of eq. 7, in
     * either slot order), mixed with white noise: v·p + (1 − v)·uniform, the uniform distribution over each context's
     * eight outcome tuples (noise on the outcomes; noise on the state, ρ → vρ + (1 − v)/4, would change nothing, since
     * ⟨KS⟩ = 6 for every state).
     */
    public static CompatibilityBehaviour behaviour(CompatibilityScenario s, double[][][] rho, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("the visibility must be in [0, 1], got " + v);
        }
        double[] p = new double[s.embedding().size()];
        for (int c = 0; c < s.contexts(); c++) {
            for (int t = 0; t < 8; t++) {
                double[][] pr = identity();
                double[][] pi = new double[4][4];
                for (int slot = 0; slot < 3; slot++) {
                    int m = s.measurement(c, slot);
                    double sign = s.outcome(c, t, slot) == 0 ? 1 : -1;
                    double[][][] o = observable(m);
                    double[][] qr = new double[4][4];
                    double[][] qi = new double[4][4];
                    for (int i = 0; i < 4; i++) {
                        for (int j = 0; j < 4; j++) {
                            qr[i][j] = ((i == j ? 1 : 0) + sign * o[0][i][j]) / 2;
                            qi[i][j] = sign * o[1][i][j] / 2;
                        }
                    }
                    double[][][] prod = multiply(pr, pi, qr, qi);
                    pr = prod[0];
                    pi = prod[1];
                }
                double tr = 0;
                for (int i = 0; i < 4; i++) {
                    for (int k = 0; k < 4; k++) {
                        tr += rho[0][i][k] * pr[k][i] - rho[1][i][k] * pi[k][i];
                    }
                }
                p[s.entry(c, t)] = v * tr + (1 - v) / 8;
            }
        }
        return new CompatibilityBehaviour(s, p, v == 1 ? "Peres-Mermin" : "Peres-Mermin, visibility " + v,
                "two qubits measured with the Pauli array of Pearl & Cavalcanti eq. (7)" + (v == 1 ? "" : ", mixed with white noise"));
    }

    /**
     * The example of {@code relax example peres-mermin}: the state √ε|00⟩ + √(1−ε)|11⟩ (ε = 1: the product state |00⟩,
     * the default), Pearl &amp; Cavalcanti's slot order, visibility v — mixed in exact arithmetic, v taken as the
     * decimal it prints as, so the behaviour of |00⟩ at v = 0.8 is exactly 1/4·4/5 + 1/40 = 9/40 on its right tuples.
     */
    public static CompatibilityBehaviour example(double epsilon, double v) {
        QuantumBehaviour.State psi = QuantumBehaviour.State.twoQubit(epsilon);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("the visibility must be in [0, 1], got " + v);
        }
        // mixed exactly, with v read as the decimal it prints as (0.8 is 4/5), so that |00>'s 1/4 and 1/2 stay exact
        CompatibilityBehaviour pure = behaviour(scenario(), psi, 1);
        java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(v));
        org.apache.commons.math3.fraction.BigFraction exact = d.scale() <= 0 ? new org.apache.commons.math3.fraction.BigFraction(d.toBigIntegerExact())
                : new org.apache.commons.math3.fraction.BigFraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
        CompatibilityBehaviour mixed = pure.mix(exact, CompatibilityBehaviour.uniform(pure.scenario()));
        CompatibilityBehaviour b = mixed.named(v == 1 ? "Peres-Mermin" : "Peres-Mermin, visibility " + v, pure.description()
                + (v == 1 ? "" : ", mixed with white noise"));
        String state = epsilon == 1 ? "|00>" : "sqrt(" + epsilon + ")|00> + sqrt(" + (1 - epsilon) + ")|11>";
        return b.named(b.name() + " on " + state, b.description() + "; state " + state);
    }

    /** The observable of measurement m (0-based) as {re, im}, 4 × 4. */
    public static double[][][] observable(int m) {
        double[][][] a = pauli(PAULIS[m][0]);
        double[][][] b = pauli(PAULIS[m][1]);
        double[][] re = new double[4][4];
        double[][] im = new double[4][4];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    for (int l = 0; l < 2; l++) {
                        re[2 * i + k][2 * j + l] = a[0][i][j] * b[0][k][l] - a[1][i][j] * b[1][k][l];
                        im[2 * i + k][2 * j + l] = a[0][i][j] * b[1][k][l] + a[1][i][j] * b[0][k][l];
                    }
                }
            }
        }
        return new double[][][] {re, im};
    }

    private static double[][][] pauli(int k) {
        double[][] re = new double[2][2];
        double[][] im = new double[2][2];
        switch (k) {
            case 0 -> {
                re[0][0] = 1;
                re[1][1] = 1;
            }
            case 1 -> {
                re[0][1] = 1;
                re[1][0] = 1;
            }
            case 2 -> {
                im[0][1] = -1;
                im[1][0] = 1;
            }
            default -> {
                re[0][0] = 1;
                re[1][1] = -1;
            }
        }
        return new double[][][] {re, im};
    }

    private static double[][] identity() {
        double[][] r = new double[4][4];
        for (int i = 0; i < 4; i++) {
            r[i][i] = 1;
        }
        return r;
    }

    private static double[][][] multiply(double[][] ar, double[][] ai, double[][] br, double[][] bi) {
        double[][] r = new double[4][4];
        double[][] i2 = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    r[i][j] += ar[i][k] * br[k][j] - ai[i][k] * bi[k][j];
                    i2[i][j] += ar[i][k] * bi[k][j] + ai[i][k] * br[k][j];
                }
            }
        }
        return new double[][][] {r, i2};
    }

    private static String name(int m) {
        return "m" + (m + 1);
    }

    private static List<String> measurements() {
        List<String> n = new ArrayList<>();
        for (int m = 0; m < 9; m++) {
            n.add(name(m));
        }
        return n;
    }

    private static int[] twos() {
        int[] d = new int[9];
        java.util.Arrays.fill(d, 2);
        return d;
    }
}
