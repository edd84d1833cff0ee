package relax.scenarios.quantum;

import java.util.ArrayList;
import java.util.List;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;
import relax.core.contextuality.CorrelatorSum;

/**
 * The n-cycle scenarios of Araújo, Quintino, Budroni, Terra Cunha &amp; Cabello, PRA 88, 022118 (2013): ±1 measurements
 * m0 … m_{n−1} (outcome 0 is +1), contexts c_i = (m_i, m_{i+1 mod n}) — n = 4 is CHSH (m0, m2 Alice's, m1, m3
 * Bob's), n = 5 is KCBS — and the expression
 * <pre>  Ω = Σ_i γ_i ⟨A_i A_{i+1}⟩ ≤ n − 2   (noncontextual),</pre>
 * with an odd number of γ_i = −1: here γ_i = −1 for every i when n is odd, and only γ_{n−1} = −1 when n is even. The
 * quantum maximum is n cos(π/n) for even n and n(3 cos(π/n) − 1)/(1 + cos(π/n)) for odd n (Araújo et al. 2013).
 *
 * <p>{@link #quantum} builds the behaviour that attains it from explicit vectors:
 * <ul>
 *   <li>odd n: the state ψ = (1, 0, 0) of a qutrit and A_j = 2 v_j v_jᵀ − 1 with
 *       v_j = (cos θ, sin θ cos(jπ(n−1)/n), sin θ sin(jπ(n−1)/n)), cos²θ = cos(π/n)/(1 + cos(π/n)); consecutive
 *       v_j are orthogonal (so A_j, A_{j+1} commute), and p(+1, +1 | c_j) = 0, p(+1, −1) = p(−1, +1) = cos²θ;</li>
 *   <li>even n: the two-qubit state (|00⟩ + |11⟩)/√2 with m_j on qubit j mod 2 measuring cos φ_j σz + sin φ_j σx,
 *       φ_j = jπ/n, so ⟨A_j A_{j+1}⟩ = cos(π/n) and ⟨A_{n−1} A_0⟩ = −cos(π/n).</li>
 * </ul>
 */
public final class NCycle {
    private NCycle() {
    }

    /** The n-cycle scenario (n ≥ 3). */
    public static CompatibilityScenario scenario(int n) {
        if (n < 3) {
            throw new IllegalArgumentException("an n-cycle needs n >= 3, got " + n);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("m" + i);
        }
        List<String> contextNames = new ArrayList<>();
        List<List<String>> contexts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            contextNames.add("c" + i);
            contexts.add(List.of(names.get(i), names.get((i + 1) % n)));
        }
        int[] twos = new int[n];
        java.util.Arrays.fill(twos, 2);
        return CompatibilityScenario.of(names, twos, contextNames, contexts);
    }

    /** γ_i: all −1 for odd n; for even n all +1 but γ_{n−1} = −1. */
    public static int[] signs(int n) {
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = n % 2 == 1 || i == n - 1 ? -1 : 1;
        }
        return g;
    }

    /** Ω on {@code s} = {@link #scenario}(n). */
    public static CorrelatorSum expression(CompatibilityScenario s) {
        return new CorrelatorSum("Omega_" + s.contexts(), s, signs(s.contexts()));
    }

    /** The quantum maximum of Ω (Araújo et al. 2013). */
    public static double quantumMaximum(int n) {
        double c = Math.cos(Math.PI / n);
        return n % 2 == 0 ? n * c : n * (3 * c - 1) / (1 + c);
    }

    /** The quantum behaviour attaining {@link #quantumMaximum}, from the explicit vectors of the class comment, mixed with white noise. */
    public static CompatibilityBehaviour quantum(int n, double v) {
        CompatibilityScenario s = scenario(n);
        double[] p = new double[s.embedding().size()];
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    double q = n % 2 == 1 ? qutrit(n, i, a, j, b) : qubits(n, i, a, j, b);
                    // p(+1, +1) of orthogonal vectors is exactly 0; keep it so rather than as rounding noise of order 1e-17
                    q = Math.abs(q) < 1e-15 ? 0 : q;
                    p[s.entry(i, 2 * a + b)] = v * q + (1 - v) / 4;
                }
            }
        }
        String name = (n == 5 ? "KCBS" : n == 4 ? "CHSH" : n + "-cycle") + (v == 1 ? "" : ", visibility " + v);
        return new CompatibilityBehaviour(s, p, name, "quantum " + n + "-cycle behaviour maximising Omega (Araujo et al. 2013)");
    }

    /** The unit vector v_j of the odd-n construction. */
    static double[] vector(int n, int j) {
        double c = Math.cos(Math.PI / n);
        double cosTheta = Math.sqrt(c / (1 + c));
        double sinTheta = Math.sqrt(1 / (1 + c));
        double phi = j * Math.PI * (n - 1) / n;
        return new double[] {cosTheta, sinTheta * Math.cos(phi), sinTheta * Math.sin(phi)};
    }

    /** p(a_i = a, a_j = b) = ⟨ψ| Π^i_a Π^j_b |ψ⟩ for ψ = (1, 0, 0), Π_0 = v vᵀ, Π_1 = 1 − v vᵀ. */
    private static double qutrit(int n, int i, int a, int j, int b) {
        double[] vi = vector(n, i);
        double[] vj = vector(n, j);
        // Π^j_b ψ, then ⟨ψ| Π^i_a (·)
        double[] psi = {1, 0, 0};
        double[] x = apply(vj, b, psi);
        double[] y = apply(vi, a, x);
        return y[0];
    }

    private static double[] apply(double[] v, int outcome, double[] x) {
        double dot = v[0] * x[0] + v[1] * x[1] + v[2] * x[2];
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            double proj = v[k] * dot;
            r[k] = outcome == 0 ? proj : x[k] - proj;
        }
        return r;
    }

    /** |⟨e_a ⊗ f_b | Φ+⟩|² with m_i, m_j on different qubits (qubit of m_k is k mod 2). */
    private static double qubits(int n, int i, int a, int j, int b) {
        QuantumBehaviour.Basis bi = QuantumBehaviour.Basis.xz(i * Math.PI / n);
        QuantumBehaviour.Basis bj = QuantumBehaviour.Basis.xz(j * Math.PI / n);
        // the vector on qubit 1 (even index) and on qubit 2 (odd index)
        QuantumBehaviour.Basis first = i % 2 == 0 ? bi : bj;
        QuantumBehaviour.Basis second = i % 2 == 0 ? bj : bi;
        int x = i % 2 == 0 ? a : b;
        int y = i % 2 == 0 ? b : a;
        // ⟨e ⊗ f | Φ+⟩ = (e_0* f_0* + e_1* f_1*)/√2
        double re = 0;
        double im = 0;
        for (int k = 0; k < 2; k++) {
            double er = first.re()[x][k];
            double ei = -first.im()[x][k];
            double fr = second.re()[y][k];
            double fi = -second.im()[y][k];
            re += er * fr - ei * fi;
            im += er * fi + ei * fr;
        }
        return (re * re + im * im) / 2;
    }
}
