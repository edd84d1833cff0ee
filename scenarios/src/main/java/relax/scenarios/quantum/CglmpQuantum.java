package relax.scenarios.quantum;

import relax.scenarios.functional.BellFunctional;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.scenarios.quantum.QuantumBehaviour.Basis;
import relax.scenarios.quantum.QuantumBehaviour.State;

/**
 * Quantum behaviours for the CGLMP inequality I_d ≤ 2 ({@link BellFunctional#cglmp}) with two
 * d-outcome measurements per party, as used in Chaves et al. 2015, Fig. 3.
 *
 * <p><b>Measurements</b> (Collins, Gisin, Linden, Massar, Popescu, PRL 88, 040404 (2002); Acín, Durt,
 * Gisin, Latorre, PRA 65, 052325 (2002)): Alice's input x measures in the basis
 * |a⟩_x = d^{-1/2} Σ_j exp(2πi j (a + α_x)/d) |j⟩ with α_0 = 0, α_1 = 1/2; Bob's input y in
 * |b⟩_y = d^{-1/2} Σ_j exp(2πi j (−b + β_y)/d) |j⟩ with β_0 = 1/4, β_1 = −1/4.
 *
 * <p><b>State.</b> For these measurements the Bell operator B = Σ f(ab|xy) |a⟩⟨a|_x ⊗ |b⟩⟨b|_y (f the
 * CGLMP coefficients) is a d²×d² Hermitian matrix; the pure state maximising I_d = ⟨ψ|B|ψ⟩ is its
 * eigenvector of largest eigenvalue. It is computed by embedding B = R + iS as the real symmetric
 * matrix [[R, −S], [S, R]] (whose eigenvalues are those of B, each twice; an eigenvector (u, v) gives
 * ψ = u + iv) and diagonalising it with Commons Math's {@link EigenDecomposition}. For d = 2 the
 * optimum is 2√2 (Tsirelson); for d ≥ 3 the optimal state is not maximally entangled (d = 3:
 * 1 + √(11/3) ≈ 2.9149 against 2.8729 for the maximally entangled state). Numerical optimisation over
 * all measurements (Acín et al.; Navascués–Pironio–Acín bounds) indicates these are the optimal
 * values over all projective measurements and pure states, which is what Fig. 3 uses.
 */
public final class CglmpQuantum {
    private CglmpQuantum() {
    }

    /** Alice's (party 0) or Bob's (party 1) CGLMP measurement for input x. */
    public static Basis basis(int d, int party, int x) {
        requireDimension(d);
        double shift = party == 0 ? (x == 0 ? 0 : 0.5) : (x == 0 ? 0.25 : -0.25);
        double sign = party == 0 ? 1 : -1;
        double[][] re = new double[d][d];
        double[][] im = new double[d][d];
        double norm = 1 / Math.sqrt(d);
        for (int a = 0; a < d; a++) {
            for (int j = 0; j < d; j++) {
                double phase = 2 * Math.PI * j * (sign * a + shift) / d;
                re[a][j] = norm * Math.cos(phase);
                im[a][j] = norm * Math.sin(phase);
            }
        }
        return new Basis(re, im);
    }

    private static Basis[][] measurements(int d) {
        return new Basis[][] {{basis(d, 0, 0), basis(d, 0, 1)}, {basis(d, 1, 0), basis(d, 1, 1)}};
    }

    /** The eigenvector of largest eigenvalue of the CGLMP Bell operator for the measurements above. */
    public static State optimalState(int d) {
        requireDimension(d);
        int n = d * d;
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        double[] f = BellFunctional.cglmp(d).coefficients();
        Scenario s = Scenario.bipartite(2, 2, d, d);
        Basis[][] m = measurements(d);
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        double c = f[s.index(x, y, a, b)];
                        if (c != 0) {
                            addProjector(re, im, c, m[0][x], a, m[1][y], b, d);
                        }
                    }
                }
            }
        }
        double[][] big = new double[2 * n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                big[i][j] = re[i][j];
                big[i + n][j + n] = re[i][j];
                big[i][j + n] = -im[i][j];
                big[i + n][j] = im[i][j];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(big, false));
        double[] values = eig.getRealEigenvalues();
        int top = 0;
        for (int i = 1; i < values.length; i++) {
            top = values[i] > values[top] ? i : top;
        }
        RealVector v = eig.getEigenvector(top);
        double[] psiRe = new double[n];
        double[] psiIm = new double[n];
        for (int i = 0; i < n; i++) {
            psiRe[i] = v.getEntry(i);
            psiIm[i] = v.getEntry(i + n);
        }
        return new State(new int[] {d, d}, psiRe, psiIm);
    }

    /** Adds c·|v⟩⟨v| for the product vector v = e_a ⊗ e_b to the Hermitian matrix (re, im). */
    private static void addProjector(double[][] re, double[][] im, double c, Basis alice, int a, Basis bob, int b, int d) {
        int n = d * d;
        double[] vr = new double[n];
        double[] vi = new double[n];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double ar = alice.re()[a][i];
                double ai = alice.im()[a][i];
                double br = bob.re()[b][j];
                double bi = bob.im()[b][j];
                vr[i * d + j] = ar * br - ai * bi;
                vi[i * d + j] = ar * bi + ai * br;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // (v v†)_{ij} = v_i conj(v_j)
                re[i][j] += c * (vr[i] * vr[j] + vi[i] * vi[j]);
                im[i][j] += c * (vi[i] * vr[j] - vr[i] * vi[j]);
            }
        }
    }

    /** The behaviour of the optimal state ({@link #optimalState}) under the CGLMP measurements: the largest I_d. */
    public static Behaviour optimal(int d) {
        return QuantumBehaviour.of(optimalState(d), measurements(d), "CGLMP d=" + d + " optimal",
                "top eigenvector of the CGLMP Bell operator measured in the CGLMP bases (Collins et al. 2002)");
    }

    /** The maximally entangled state Σ_j |jj⟩/√d under the CGLMP measurements. */
    public static Behaviour maximallyEntangled(int d) {
        requireDimension(d);
        return QuantumBehaviour.of(State.maximallyEntangled(d), measurements(d), "CGLMP d=" + d + " maximally entangled",
                "maximally entangled state measured in the CGLMP bases (Collins et al. 2002)");
    }

    /**
     * v·p_opt + (1 − v)·white noise (Chaves et al. 2015, Fig. 3): the optimal behaviour seen with visibility v,
     * which is what the state v|ψ⟩⟨ψ| + (1 − v)·1/d² gives.
     */
    public static Behaviour withVisibility(int d, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("visibility must be in [0,1], got " + v);
        }
        Behaviour p = optimal(d);
        return p.mix(v, Behaviour.uniform(p.scenario())).named("CGLMP d=" + d + " optimal, visibility " + v,
                "v p_opt + (1-v) white noise, v = " + v);
    }

    private static void requireDimension(int d) {
        if (d < 2 || d > 16) {
            throw new IllegalArgumentException("CGLMP needs 2 <= d <= 16 outputs, got " + d);
        }
    }
}
