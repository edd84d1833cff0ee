package relax.scenarios.quantum;

import java.util.Random;
import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * Born-rule behaviours of local projective measurements on a pure state of N parties:
 * <pre>  p(a_1…a_N | x_1…x_N) = |⟨e^{(1)}_{a_1|x_1} ⊗ … ⊗ e^{(N)}_{a_N|x_N} | ψ⟩|²,</pre>
 * where party i measures, for input x, in the orthonormal basis {e^{(i)}_{a|x}} of its d_i-dimensional
 * system (so it has d_i outputs). Noise is added afterwards with {@link Behaviour#mix}: a Werner-type
 * state v|ψ⟩⟨ψ| + (1−v)·1/D gives exactly v·p_ψ + (1−v)·white noise for such measurements.
 *
 * <p>Amplitudes are stored as separate real and imaginary arrays over the product basis, party 0 the
 * most significant digit.
 */
public final class QuantumBehaviour {
    private QuantumBehaviour() {
    }

    /** A pure state of parties with local dimensions {@code dims}, amplitudes re + i·im (normalised on construction). */
    public record State(int[] dims, double[] re, double[] im) {
        public State {
            int total = 1;
            for (int d : dims) {
                total *= d;
            }
            if (re.length != total || im.length != total) {
                throw new IllegalArgumentException("a state of local dimensions " + java.util.Arrays.toString(dims) + " needs " + total + " amplitudes");
            }
            double norm = 0;
            for (int k = 0; k < total; k++) {
                norm += re[k] * re[k] + im[k] * im[k];
            }
            if (!(norm > 0)) {
                throw new IllegalArgumentException("the zero vector is not a state");
            }
            double s = 1 / Math.sqrt(norm);
            re = re.clone();
            im = im.clone();
            for (int k = 0; k < total; k++) {
                re[k] *= s;
                im[k] *= s;
            }
        }

        /** √ε|00⟩ + √(1−ε)|11⟩ (Chaves et al. 2015, the family of eq. 10). */
        public static State twoQubit(double epsilon) {
            if (!(epsilon >= 0 && epsilon <= 1)) {
                throw new IllegalArgumentException("epsilon must be in [0,1], got " + epsilon);
            }
            return new State(new int[] {2, 2}, new double[] {Math.sqrt(epsilon), 0, 0, Math.sqrt(1 - epsilon)}, new double[4]);
        }

        /** Σ_k |kk⟩/√d. */
        public static State maximallyEntangled(int d) {
            double[] re = new double[d * d];
            for (int k = 0; k < d; k++) {
                re[k * d + k] = 1;
            }
            return new State(new int[] {d, d}, re, new double[d * d]);
        }

        /** The singlet (|01⟩ − |10⟩)/√2. */
        public static State singlet() {
            return new State(new int[] {2, 2}, new double[] {0, 1, -1, 0}, new double[4]);
        }

        /** GHZ state (|0…0⟩ + |1…1⟩)/√2 of n qubits. */
        public static State ghz(int n) {
            int[] dims = new int[n];
            java.util.Arrays.fill(dims, 2);
            double[] re = new double[1 << n];
            re[0] = 1;
            re[(1 << n) - 1] = 1;
            return new State(dims, re, new double[1 << n]);
        }

        /** The tensor product of this state (first) with {@code other}. */
        public State tensor(State other) {
            int[] dims = new int[this.dims.length + other.dims.length];
            System.arraycopy(this.dims, 0, dims, 0, this.dims.length);
            System.arraycopy(other.dims, 0, dims, this.dims.length, other.dims.length);
            int n2 = other.re.length;
            double[] r = new double[re.length * n2];
            double[] i = new double[re.length * n2];
            for (int a = 0; a < re.length; a++) {
                for (int b = 0; b < n2; b++) {
                    r[a * n2 + b] = re[a] * other.re[b] - im[a] * other.im[b];
                    i[a * n2 + b] = re[a] * other.im[b] + im[a] * other.re[b];
                }
            }
            return new State(dims, r, i);
        }

        /** A Haar-random pure state of the given local dimensions (complex Gaussian amplitudes, normalised). */
        public static State random(int[] dims, Random rng) {
            int total = 1;
            for (int d : dims) {
                total *= d;
            }
            double[] re = new double[total];
            double[] im = new double[total];
            for (int k = 0; k < total; k++) {
                re[k] = rng.nextGaussian();
                im[k] = rng.nextGaussian();
            }
            return new State(dims, re, im);
        }
    }

    /**
     * A projective measurement in an orthonormal basis: row a of (re, im) is the vector e_a of outcome a.
     * Orthonormality is checked on construction (to 1e-9).
     */
    public record Basis(double[][] re, double[][] im) {
        public Basis {
            int d = re.length;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double sr = 0;
                    double si = 0;
                    for (int k = 0; k < d; k++) {
                        sr += re[a][k] * re[b][k] + im[a][k] * im[b][k];
                        si += re[a][k] * im[b][k] - im[a][k] * re[b][k];
                    }
                    if (Math.abs(sr - (a == b ? 1 : 0)) > 1e-9 || Math.abs(si) > 1e-9) {
                        throw new IllegalArgumentException("measurement vectors " + a + " and " + b + " are not orthonormal");
                    }
                }
            }
        }

        public int dimension() {
            return re.length;
        }

        /**
         * Qubit measurement of the observable n·σ for the unit Bloch vector n = (nx, ny, nz): outcome 0 is
         * the +1 eigenvector, outcome 1 the −1 eigenvector (so ⟨A⟩ = p(0) − p(1), the paper's (−1)^a).
         */
        public static Basis qubit(double nx, double ny, double nz) {
            double norm = Math.sqrt(nx * nx + ny * ny + nz * nz);
            nx /= norm;
            ny /= norm;
            nz /= norm;
            double theta = Math.acos(Math.max(-1, Math.min(1, nz)));
            double phi = Math.atan2(ny, nx);
            double c = Math.cos(theta / 2);
            double s = Math.sin(theta / 2);
            // |+n> = (cos θ/2, e^{iφ} sin θ/2), |−n> = (−e^{−iφ} sin θ/2, cos θ/2) up to phases
            return new Basis(new double[][] {{c, s * Math.cos(phi)}, {-s * Math.cos(phi), c}},
                    new double[][] {{0, s * Math.sin(phi)}, {s * Math.sin(phi), 0}});
        }

        /** Qubit measurement of cos θ·Z + sin θ·X (X–Z plane of the Bloch sphere, Chaves et al. 2015 after eq. 38). */
        public static Basis xz(double theta) {
            return qubit(Math.sin(theta), 0, Math.cos(theta));
        }

        /** The computational basis of dimension d. */
        public static Basis computational(int d) {
            double[][] re = new double[d][d];
            for (int a = 0; a < d; a++) {
                re[a][a] = 1;
            }
            return new Basis(re, new double[d][d]);
        }

        /** The two-qubit Bell basis in the order |Φ+⟩, |Φ−⟩, |Ψ+⟩, |Ψ−⟩ (outcomes b0b1 = 00, 01, 10, 11 of Chaves et al. (2015) eq. 54). */
        public static Basis bell() {
            double h = Math.sqrt(0.5);
            return new Basis(new double[][] {{h, 0, 0, h}, {h, 0, 0, -h}, {0, h, h, 0}, {0, h, -h, 0}}, new double[4][4]);
        }
    }

    /**
     * The behaviour of measuring {@code state} with {@code bases[i][x]} for party i and input x.
     *
     * @throws IllegalArgumentException if a basis dimension differs from the party's local dimension
     */
    public static Behaviour of(State state, Basis[][] bases, String name, String description) {
        int n = state.dims().length;
        if (bases.length != n) {
            throw new IllegalArgumentException("the state has " + n + " parties but measurements are given for " + bases.length);
        }
        int[] inputs = new int[n];
        int[] outputs = state.dims().clone();
        for (int i = 0; i < n; i++) {
            inputs[i] = bases[i].length;
            for (Basis b : bases[i]) {
                if (b.dimension() != outputs[i]) {
                    throw new IllegalArgumentException("party " + Scenario.partyName(i) + " has dimension " + outputs[i] + " but a basis of dimension "
                            + b.dimension());
                }
            }
        }
        Scenario s = Scenario.of(inputs, outputs);
        double[] p = new double[s.size()];
        int[] x = new int[n];
        int total = state.re().length;
        double[] re = new double[total];
        double[] im = new double[total];
        double[] tr = new double[total];
        double[] ti = new double[total];
        for (int block = 0; block < s.inputBlocks(); block++) {
            s.decodeBlock(block, x);
            System.arraycopy(state.re(), 0, re, 0, total);
            System.arraycopy(state.im(), 0, im, 0, total);
            int inner = total;
            for (int i = 0; i < n; i++) {
                int d = outputs[i];
                inner /= d;
                Basis b = bases[i][x[i]];
                // amplitude'(…, a, …) = Σ_k conj(e_a[k]) amplitude(…, k, …) on party i's digit
                for (int outer = 0; outer < total / (inner * d); outer++) {
                    for (int r = 0; r < inner; r++) {
                        for (int a = 0; a < d; a++) {
                            double sr = 0;
                            double si = 0;
                            for (int k = 0; k < d; k++) {
                                int idx = (outer * d + k) * inner + r;
                                double er = b.re()[a][k];
                                double ei = -b.im()[a][k];
                                sr += er * re[idx] - ei * im[idx];
                                si += er * im[idx] + ei * re[idx];
                            }
                            int out = (outer * d + a) * inner + r;
                            tr[out] = sr;
                            ti[out] = si;
                        }
                    }
                }
                System.arraycopy(tr, 0, re, 0, total);
                System.arraycopy(ti, 0, im, 0, total);
            }
            for (int o = 0; o < total; o++) {
                p[s.index(block, o)] = re[o] * re[o] + im[o] * im[o];
            }
        }
        return new Behaviour(s, p, name, description);
    }
}
