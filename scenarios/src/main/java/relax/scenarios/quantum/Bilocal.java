package relax.scenarios.quantum;

import relax.core.Behaviour;
import relax.core.Scenario;
import relax.scenarios.quantum.QuantumBehaviour.Basis;
import relax.scenarios.quantum.QuantumBehaviour.State;

/**
 * Behaviours of the entanglement-swapping network (Chaves et al. 2015, Fig. 1f): Alice and Bob share a state from
 * source 1, Bob and Charlie one from source 2; Alice measures with input x, Charlie with input z, Bob
 * measures his two systems jointly without input. Scenario {@code inputs [mx, 1, mz]}.
 */
public final class Bilocal {
    private Bilocal() {
    }

    /**
     * The noisy entanglement-swapping behaviour of Chaves et al. (2015), eqs. (54)–(55) (from Branciard, Gisin &amp; Pironio):
     * <pre>
     *   p_v(a,b,c|x,z) = v² p(a,b,c|x,z) + (1 − v²)/16,
     *   p(a,b,c|x,z) = (1/16) (1 + (−1)^(a+c) ((−1)^b0 + (−1)^(x+z+b1)) / 2),
     * </pre>
     * with b = 2·b0 + b1 (Bob's two bits, b0 the more significant). It is what two Werner states
     * v|Ψ−⟩⟨Ψ−| + (1 − v)𝟙/4 give when Alice and Charlie measure (Z ± X)/√2 and Bob measures in the Bell
     * basis |Φ+⟩, |Φ−⟩, |Ψ+⟩, |Ψ−⟩ ↦ b0b1 = 00, 01, 10, 11. Scenario [2,1,2] inputs, [2,4,2] outputs.
     *
     * @param v the visibility of each Werner state, in [0, 1]
     */
    public static Behaviour werner(double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("the visibility v must be in [0, 1], got " + v);
        }
        Scenario s = Scenario.of(new int[] {2, 1, 2}, new int[] {2, 4, 2});
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 4; b++) {
                        for (int c = 0; c < 2; c++) {
                            int b0 = b >> 1;
                            int b1 = b & 1;
                            double ideal = (1 + sign(a + c) * (sign(b0) + sign(x + z + b1)) / 2) / 16;
                            p[s.index(s.block(x, 0, z), s.outcome(a, b, c))] = v * v * ideal + (1 - v * v) / 16;
                        }
                    }
                }
            }
        }
        return new Behaviour(s, p, "swapping-werner-v" + v,
                "entanglement swapping with two Werner states of visibility " + v + " (Chaves et al. 2015, eq. 54)");
    }

    private static double sign(int exponent) {
        return (exponent & 1) == 0 ? 1 : -1;
    }

    /**
     * The Born-rule behaviour of entanglement swapping with pure states: source 1 gives {@code first} to
     * Alice (its first system) and Bob, source 2 gives {@code second} to Bob and Charlie (its second
     * system); Bob measures his two systems jointly in {@code bob} (first system the more significant
     * digit), Alice measures {@code alice[x]}, Charlie {@code charlie[z]}.
     */
    public static Behaviour swapping(State first, State second, Basis[] alice, Basis bob, Basis[] charlie, String name, String description) {
        if (first.dims().length != 2 || second.dims().length != 2) {
            throw new IllegalArgumentException("each source of the swapping network emits two systems");
        }
        State joint = first.tensor(second);
        State network = new State(new int[] {first.dims()[0], first.dims()[1] * second.dims()[0], second.dims()[1]}, joint.re(), joint.im());
        return QuantumBehaviour.of(network, new Basis[][] {alice, {bob}, charlie}, name, description);
    }

    /**
     * The ternary example of Chaves et al. (2015) (end of the appendix): two singlets, Alice and Charlie measure
     * X, Y, Z, Bob in the Bell basis. The paper shows it is bilocal with q^a_000 = 0,
     * q^a_001 = q^a_010 = q^a_100 = 1/4. Scenario [3,1,3] inputs, [2,4,2] outputs.
     */
    public static Behaviour pauliSwapping() {
        Basis[] pauli = {Basis.qubit(1, 0, 0), Basis.qubit(0, 1, 0), Basis.qubit(0, 0, 1)};
        return swapping(State.singlet(), State.singlet(), pauli, Basis.bell(), pauli, "swapping-pauli",
                "two singlets, Alice and Charlie measure X, Y, Z, Bob in the Bell basis (Chaves et al. 2015, ternary bilocality example)");
    }
}
