package relax.scenarios.quantum;

import java.util.Random;
import relax.core.Behaviour;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.scenarios.quantum.QuantumBehaviour.Basis;
import relax.scenarios.quantum.QuantumBehaviour.State;

/**
 * The behaviours of Chaves et al. (2015) and the textbook boxes around it, each mixed with white noise at visibility
 * v: {@code v·p + (1 − v)·uniform}. For the quantum ones this is exactly the behaviour of the state
 * v|ψ⟩⟨ψ| + (1 − v)·1/D under the same measurements.
 */
public final class ExampleBehaviours {
    private ExampleBehaviours() {
    }

    /** The PR box a ⊕ b = x·y (Popescu–Rohrlich): E_xy = (−1)^(xy), CHSH of eq. (8) = v − 1/2. */
    public static Behaviour prBox(double visibility) {
        return noisy(correlated(2, (x, y) -> x * y == 1 ? -1 : 1), visibility, "PR box", "a+b = xy mod 2 with uniform marginals (Popescu-Rohrlich)");
    }

    /**
     * The Tsirelson box p(ab|xy) = (1 + (−1)^(a+b+xy)/√2)/4, the correlations of CHSH-optimal measurements
     * on a maximally entangled state: correlator CHSH 2√2·v, eq. (8) value (2√2·v − 2)/4.
     */
    public static Behaviour tsirelson(double visibility) {
        return noisy(correlated(2, (x, y) -> (x * y == 1 ? -1 : 1) / Math.sqrt(2)), visibility, "Tsirelson",
                "p(ab|xy) = (1 + (-1)^(a+b+xy)/sqrt(2))/4");
    }

    /** E_xy of a box with uniform marginals. */
    @FunctionalInterface
    private interface Correlator {
        double at(int x, int y);
    }

    /** The two-output box with uniform marginals and correlators E_xy: p(ab|xy) = (1 + (−1)^(a+b) E_xy)/4. */
    private static Behaviour correlated(int inputs, Correlator e) {
        Scenario s = Scenario.bipartite(inputs, inputs, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < inputs; x++) {
            for (int y = 0; y < inputs; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        p[s.index(x, y, a, b)] = (1 + (a == b ? 1 : -1) * e.at(x, y)) / 4;
                    }
                }
            }
        }
        return new Behaviour(s, p);
    }

    /**
     * The Werner state v|Ψ−⟩⟨Ψ−| + (1 − v)·1/4 measured with CHSH-optimal settings in the X–Z plane:
     * Alice at angles 0, π/2, Bob at 5π/4, 3π/4 (Born rule, {@link QuantumBehaviour}). The singlet gives
     * E_xy = −cos(θ_x − θ_y), so E00 + E01 + E10 − E11 = 2√2·v.
     */
    public static Behaviour werner(double visibility) {
        Basis[][] m = {{Basis.xz(0), Basis.xz(Math.PI / 2)}, {Basis.xz(5 * Math.PI / 4), Basis.xz(3 * Math.PI / 4)}};
        return noisy(QuantumBehaviour.of(State.singlet(), m, "", ""), visibility, "Werner",
                "singlet with CHSH-optimal X-Z measurements (Alice 0, pi/2; Bob 5pi/4, 3pi/4)");
    }

    /**
     * The state √ε|00⟩ + √(1−ε)|11⟩ with each party measuring cos θ·Z + sin θ·X for the angle of its input
     * (outcome 0 = eigenvalue +1), Chaves et al. 2015 after eq. (38). The number of angles fixes the number of inputs.
     */
    public static Behaviour twoQubit(double epsilon, double[] aliceAngles, double[] bobAngles, double visibility) {
        if (aliceAngles.length == 0 || bobAngles.length == 0) {
            throw new IllegalArgumentException("each party needs at least one measurement angle");
        }
        Basis[][] m = new Basis[2][];
        m[0] = new Basis[aliceAngles.length];
        m[1] = new Basis[bobAngles.length];
        for (int x = 0; x < aliceAngles.length; x++) {
            m[0][x] = Basis.xz(aliceAngles[x]);
        }
        for (int y = 0; y < bobAngles.length; y++) {
            m[1][y] = Basis.xz(bobAngles[y]);
        }
        return noisy(QuantumBehaviour.of(State.twoQubit(epsilon), m, "", ""), visibility, "two-qubit eps=" + Numbers.format(epsilon),
                "sqrt(eps)|00> + sqrt(1-eps)|11> with X-Z plane measurements, Alice at " + angles(aliceAngles) + ", Bob at " + angles(bobAngles)
                        + " (radians)");
    }

    /** Alice's angles of Chaves et al. (2015) after eq. (38): θ^A = (0, π, π/2). */
    public static double[] iAtoBAliceAngles() {
        return new double[] {0, Math.PI, Math.PI / 2};
    }

    /**
     * Bob's angles of Chaves et al. (2015) after eq. (38): θ^B = (0, θ, −π) with θ = arctan(2√(ε(1−ε))), the angle that
     * maximises I_A→B = 3 + cos θ + 2√(ε(1−ε)) sin θ, giving 3 + √(1 + 4ε(1−ε)) &gt; 4 for 0 &lt; ε &lt; 1.
     */
    public static double[] iAtoBBobAngles(double epsilon) {
        return new double[] {0, Math.atan(2 * Math.sqrt(epsilon * (1 - epsilon))), -Math.PI};
    }

    /**
     * The box of Chaves et al. (2015), eq. (36): a ⊕ b = 1 if x + y = 3, else a ⊕ b = 0, uniform marginals, three
     * inputs and two outputs each; I3322 = 2v − 1.
     */
    public static Behaviour i3322Box(double visibility) {
        return noisy(correlated(3, (x, y) -> x + y == 3 ? -1 : 1), visibility, "I3322 PR box",
                "eq. (36) of Chaves et al. 2015: a+b = 1 mod 2 iff x+y = 3, uniform marginals");
    }

    /** The three-qubit GHZ state measured in X (input 0) or Y (input 1) by every party: Mermin's E000 − E011 − E101 − E110 = 4v. */
    public static Behaviour ghz(double visibility) {
        Basis x = Basis.qubit(1, 0, 0);
        Basis y = Basis.qubit(0, 1, 0);
        return noisy(QuantumBehaviour.of(State.ghz(3), new Basis[][] {{x, y}, {x, y}, {x, y}}, "", ""), visibility, "GHZ",
                "(|000> + |111>)/sqrt(2), every party measures X (input 0) or Y (input 1)");
    }

    /**
     * A random two-qubit quantum behaviour with two inputs each, drawn from {@code rng}: a Haar-random pure
     * state measured along uniformly random Bloch directions.
     */
    public static Behaviour randomQubits(Random rng) {
        Basis[][] m = new Basis[2][2];
        for (int i = 0; i < 2; i++) {
            for (int x = 0; x < 2; x++) {
                m[i][x] = Basis.qubit(rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian());
            }
        }
        return QuantumBehaviour.of(State.random(new int[] {2, 2}, rng), m, "random quantum", "Haar-random two-qubit state, random projective measurements");
    }

    /**
     * A random quantum behaviour near the CHSH-optimal one: the state √ε|00⟩ + √(1−ε)|11⟩ with ε uniform in
     * [0, 1/2], X–Z plane measurements at the Tsirelson angles (0, π/2 for Alice, ±π/4 for Bob) each
     * perturbed by a uniform angle in [−spread, spread], and a visibility uniform in [0.7, 1]. Such
     * behaviours cover the whole range of CHSH violations up to Tsirelson's bound.
     */
    public static Behaviour randomNearTsirelson(Random rng, double spread) {
        double[] a = {jitter(rng, 0, spread), jitter(rng, Math.PI / 2, spread)};
        double[] b = {jitter(rng, Math.PI / 4, spread), jitter(rng, -Math.PI / 4, spread)};
        return twoQubit(rng.nextDouble() / 2, a, b, 0.7 + 0.3 * rng.nextDouble()).named("random quantum", "");
    }

    private static double jitter(Random rng, double centre, double spread) {
        return centre + spread * (2 * rng.nextDouble() - 1);
    }

    private static Behaviour noisy(Behaviour p, double visibility, String name, String description) {
        if (!(visibility >= 0 && visibility <= 1)) {
            throw new IllegalArgumentException("the visibility must be in [0,1], got " + visibility);
        }
        String n = visibility == 1 ? name : name + " at visibility " + Numbers.format(visibility);
        String d = visibility == 1 ? description : Numbers.format(visibility) + " x (" + description + ") + " + Numbers.format(1 - visibility)
                + " x white noise";
        return p.mix(visibility, Behaviour.uniform(p.scenario())).named(n, d);
    }

    private static String angles(double[] t) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < t.length; i++) {
            s.append(i > 0 ? ", " : "").append(Numbers.format(t[i]));
        }
        return s.append(')').toString();
    }
}
