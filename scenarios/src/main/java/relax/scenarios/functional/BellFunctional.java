package relax.scenarios.functional;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.NearestDouble;
import relax.core.Scenario;

/**
 * A linear Bell functional F(p) = Σ_j f_j p_j + c over the entries of a behaviour, with the bound it
 * obeys in its causal structure (usually the local bound).
 *
 * <p>Coefficients are stored flat in the scenario's order ({@link Scenario#index}). Built-ins cite
 * their source and formula; {@link #evaluate} is the plain sum.
 *
 * <p>Every functional also has exact coefficients and constant: the built-ins' integers and fractions (CGLMP's
 * (d − 1 − 2k)/(d − 1)), and a file's numbers as written ({@code 1e-10} is 1/10^10). The doubles are the
 * nearest doubles to them ({@link #exact}); a functional made from doubles alone has their exact binary values.
 *
 * @param name        short name, e.g. {@code chsh}
 * @param scenario    the scenario it is defined on
 * @param coefficients f_j (not copied; treat as read-only)
 * @param constant    c
 * @param bound       the value no model of {@code boundFor} exceeds
 * @param boundFor    which structure the bound is for, e.g. "local hidden variables"
 * @param formula     the formula in words
 * @param source      where it comes from
 * @param exactCoefficients f_j exactly (not copied; treat as read-only)
 * @param exactConstant c exactly
 */
public record BellFunctional(String name, Scenario scenario, double[] coefficients, double constant, double bound, String boundFor,
        String formula, String source, BigFraction[] exactCoefficients, BigFraction exactConstant) {

    public BellFunctional {
        if (coefficients.length != scenario.size() || exactCoefficients.length != scenario.size()) {
            throw new IllegalArgumentException(name + ": a functional on scenario " + scenario + " needs " + scenario.size() + " coefficients");
        }
    }

    /** A functional given by doubles; its exact coefficients and constant are their exact binary values. */
    public BellFunctional(String name, Scenario scenario, double[] coefficients, double constant, double bound, String boundFor,
            String formula, String source) {
        this(name, scenario, coefficients, constant, bound, boundFor, formula, source, binary(coefficients), binary(constant));
    }

    /** A functional given exactly; the doubles are the nearest doubles to the exact values. */
    public static BellFunctional exact(String name, Scenario scenario, BigFraction[] coefficients, BigFraction constant, double bound,
            String boundFor, String formula, String source) {
        double[] f = new double[coefficients.length];
        for (int j = 0; j < f.length; j++) {
            f[j] = NearestDouble.of(coefficients[j]);
        }
        return new BellFunctional(name, scenario, f, NearestDouble.of(constant), bound, boundFor, formula, source, coefficients, constant);
    }

    private static BigFraction[] binary(double[] v) {
        BigFraction[] e = new BigFraction[v.length];
        for (int j = 0; j < v.length; j++) {
            e[j] = binary(v[j]);
        }
        return e;
    }

    private static BigFraction binary(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a functional's coefficients and constant must be finite, got " + v);
        }
        return v == 0 ? BigFraction.ZERO : new BigFraction(v);
    }

    /** Names {@link #named} accepts, for help texts. */
    public static final String NAMES = "chsh, chsh[stf] (the relabelling x+s, y+t, a+f of eq. 8), chsh-correlator, i3322, cglmpD (D >= 2, e.g. cglmp3), iab, mermin";

    /**
     * The built-in functional called {@code name}: {@code chsh} (eq. 8), {@code chsh[stf]} (one of its eight
     * relabellings, s, t, f ∈ {0,1}), {@code chsh-correlator}, {@code i3322}, {@code cglmpD} for D ≥ 2 outputs,
     * {@code iab} (eq. 10) or {@code mermin}; case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static BellFunctional named(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "chsh-correlator" -> chshCorrelator();
            case "i3322" -> i3322();
            case "iab" -> iAtoB();
            case "mermin" -> mermin();
            default -> {
                if (n.matches("cglmp[0-9]+")) {
                    if (n.length() > 9) {
                        throw new IllegalArgumentException("CGLMP with " + n.substring(5) + " outputs is too large a scenario");
                    }
                    yield cglmp(Integer.parseInt(n.substring(5)));
                }
                yield chshSymmetries().stream().filter(f -> f.name().equals(n)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown functional '" + name + "': expected one of " + NAMES));
            }
        };
    }

    /** F(p). */
    public double evaluate(Behaviour p) {
        if (!p.scenario().equals(scenario)) {
            throw new IllegalArgumentException(name + " is defined on scenario " + scenario + ", the behaviour is on " + p.scenario());
        }
        double s = constant;
        for (int j = 0; j < coefficients.length; j++) {
            s += coefficients[j] * p.get(j);
        }
        return s;
    }

    /**
     * CHSH in the form of Chaves et al. (2015), eq. (8):
     * p(00|00) + p(00|01) + p(00|10) − p(00|11) − p_A(0|0) − p_B(0|0) ≤ 0 for LHV models, with the marginals
     * read at the other party's input 0. For no-signalling behaviours it equals (S − 2)/4 with S the
     * correlator form; PR box 1/2, Tsirelson (√2 − 1)/2.
     */
    public static BellFunctional chsh() {
        return chshSymmetry(0, 0, 0);
    }

    /**
     * The eight relabellings of eq. (8) (Chaves et al. 2015 after eq. 7): eq. (8) evaluated on the relabelled behaviour
     * p'(a,b|x,y) = p(a ⊕ f, b | x ⊕ s, y ⊕ t) for s, t, f ∈ {0,1}. For a no-signalling p the eight values
     * are (S' − 2)/4 for the eight correlator forms S' = ±(E00 + E01 + E10 + E11 − 2E_st) — every sign
     * pattern with an odd number of minus signs.
     */
    public static List<BellFunctional> chshSymmetries() {
        List<BellFunctional> all = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            all.add(chshSymmetry(k & 1, (k >> 1) & 1, (k >> 2) & 1));
        }
        return all;
    }

    /** Eq. (8) on p'(a,b|x,y) = p(a ⊕ f, b | x ⊕ s, y ⊕ t). */
    private static BellFunctional chshSymmetry(int s, int t, int f) {
        Scenario sc = Scenario.bipartite(2, 2, 2, 2);
        double[] c = new double[sc.size()];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                c[sc.index(x ^ s, y ^ t, f, 0)] += x * y == 1 ? -1 : 1;
            }
        }
        for (int b = 0; b < 2; b++) {
            c[sc.index(s, t, f, b)] -= 1; // p'_A(0|0), read at y = 0
        }
        for (int a = 0; a < 2; a++) {
            c[sc.index(s, t, a, 0)] -= 1; // p'_B(0|0), read at x = 0
        }
        String label = s + t + f == 0 ? "chsh" : "chsh[" + s + t + f + "]";
        return new BellFunctional(label, sc, c, 0, 0, "local hidden variables",
                "p(00|00) + p(00|01) + p(00|10) - p(00|11) - pA(0|0) - pB(0|0)" + (s + t + f == 0 ? ""
                        : " on p relabelled by x -> x+" + s + ", y -> y+" + t + ", a -> a+" + f),
                "Chaves et al. 2015, eq. (8); Clauser, Horne, Shimony, Holt, PRL 23, 880 (1969)");
    }

    /**
     * The CHSH value of Chaves et al. (2015), eq. (7): eq. (8) maximised over its eight relabellings
     * ({@link #chshSymmetries()}). Positive exactly when p is non-local (for no-signalling p at most one
     * relabelling is positive).
     */
    public static double chshMax(Behaviour p) {
        double max = Double.NEGATIVE_INFINITY;
        for (BellFunctional f : chshSymmetries()) {
            max = Math.max(max, f.evaluate(p));
        }
        return max;
    }

    /**
     * The eight correlator forms of CHSH as violations, (S' − 2)/4 with S' = Σ_xy s_xy E_xy for every sign
     * pattern s with an odd number of minus signs (E_xy = Σ (−1)^(a+b) p(ab|xy)): equal to the relabellings
     * of eq. (8) on no-signalling behaviours, and — unlike eq. (8), which reads the marginals at one input —
     * defined without marginals, so they stay meaningful when Bob's marginal depends on x. Named by their
     * formula, e.g. {@code (E00+E01+E10-E11-2)/4}; constant −1/2 (the −2/4 on normalised behaviours).
     */
    public static List<BellFunctional> chshCorrelatorForms() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        List<BellFunctional> all = new ArrayList<>();
        for (int minus = 0; minus < 16; minus++) {
            if (Integer.bitCount(minus) % 2 == 0) {
                continue;
            }
            double[][] c = new double[2][2];
            StringBuilder name = new StringBuilder("(");
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    boolean negative = (minus >> (2 * x + y) & 1) == 1;
                    c[x][y] = negative ? -0.25 : 0.25;
                    name.append(negative ? "-" : name.length() > 1 ? "+" : "").append('E').append(x).append(y);
                }
            }
            name.append("-2)/4");
            all.add(new BellFunctional(name.toString(), s, correlators(s, c), -0.5, 0, "local hidden variables", name.toString(),
                    "Clauser, Horne, Shimony, Holt, PRL 23, 880 (1969); Chaves et al. 2015, Table I (points 2-9)"));
        }
        return all;
    }

    /** CHSH in correlator form E00 + E01 + E10 − E11 ≤ 2, E_xy = Σ (−1)^(a+b) p(ab|xy). */
    public static BellFunctional chshCorrelator() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] f = correlators(s, new double[][] {{1, 1}, {1, -1}});
        return new BellFunctional("chsh-correlator", s, f, 0, 2, "local hidden variables", "E00 + E01 + E10 - E11",
                "Clauser, Horne, Shimony, Holt, PRL 23, 880 (1969)");
    }

    /**
     * I3322 in the Collins–Gisin form used by Chaves et al. 2015 (Fig. 2):
     * p(00|00) + p(00|01) + p(00|02) + p(00|10) + p(00|11) − p(00|12) + p(00|20) − p(00|21) − p_A(0|0) − 2 p_B(0|0)
     * − p_B(0|1) ≤ 0. The box of eq. (36) gives 1, white noise −1.
     */
    public static BellFunctional i3322() {
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        double[] f = new double[s.size()];
        int[][] joint = {{1, 1, 1}, {1, 1, -1}, {1, -1, 0}};
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                f[s.index(x, y, 0, 0)] += joint[x][y];
            }
        }
        for (int b = 0; b < 2; b++) {
            f[s.index(0, 0, 0, b)] -= 1; // p_A(0|0) read at y = 0
        }
        for (int a = 0; a < 2; a++) {
            f[s.index(0, 0, a, 0)] -= 2; // p_B(0|0) read at x = 0
            f[s.index(0, 1, a, 0)] -= 1; // p_B(0|1) read at x = 0
        }
        return new BellFunctional("i3322", s, f, 0, 0, "local hidden variables",
                "p(00|00)+p(00|01)+p(00|02)+p(00|10)+p(00|11)-p(00|12)+p(00|20)-p(00|21)-pA(0|0)-2pB(0|0)-pB(0|1)",
                "Collins & Gisin, J. Phys. A 37, 1775 (2004); Chaves et al. 2015, eq. (36) and Fig. 2");
    }

    /**
     * CGLMP I_d for two inputs and d outputs (Collins, Gisin, Linden, Massar, Popescu, PRL 88, 040404):
     * I_d = Σ_{k=0}^{⌊d/2⌋−1} (1 − 2k/(d−1)) [P(A0 = B0 + k) + P(B0 = A1 + k + 1) + P(A1 = B1 + k) + P(B1 = A0 + k)
     * − P(A0 = B0 − k − 1) − P(B0 = A1 − k) − P(A1 = B1 − k − 1) − P(B1 = A0 − k − 1)] ≤ 2,
     * equalities mod d, A_x Alice's output for input x. I_2 is the correlator CHSH; the algebraic maximum is 4.
     */
    public static BellFunctional cglmp(int d) {
        if (d < 2) {
            throw new IllegalArgumentException("CGLMP needs d >= 2 outputs, got " + d);
        }
        if (4L * d * d > Behaviour.MAX_ENTRIES) {
            throw new IllegalArgumentException("CGLMP with " + d + " outputs has 4d^2 = " + 4L * d * d + " entries, more than the "
                    + Behaviour.MAX_ENTRIES + " the engine accepts");
        }
        Scenario s = Scenario.bipartite(2, 2, d, d);
        BigFraction[] f = new BigFraction[s.size()];
        java.util.Arrays.fill(f, BigFraction.ZERO);
        for (int k = 0; k < d / 2; k++) {
            BigFraction w = new BigFraction(d - 1 - 2 * k, d - 1); // 1 − 2k/(d−1)
            // P(A_x − B_y ≡ c) with sign: (x, y, c, sign)
            addDifference(s, f, 0, 0, k, w);          // A0 = B0 + k
            addDifference(s, f, 1, 0, -(k + 1), w);   // B0 = A1 + k + 1  ⇔ A1 − B0 = −(k+1)
            addDifference(s, f, 1, 1, k, w);          // A1 = B1 + k
            addDifference(s, f, 0, 1, -k, w);         // B1 = A0 + k  ⇔ A0 − B1 = −k
            addDifference(s, f, 0, 0, -(k + 1), w.negate());  // A0 = B0 − k − 1
            addDifference(s, f, 1, 0, k, w.negate());         // B0 = A1 − k  ⇔ A1 − B0 = k
            addDifference(s, f, 1, 1, -(k + 1), w.negate());  // A1 = B1 − k − 1
            addDifference(s, f, 0, 1, k + 1, w.negate());     // B1 = A0 − k − 1  ⇔ A0 − B1 = k + 1
        }
        return exact("cglmp" + d, s, f, BigFraction.ZERO, 2, "local hidden variables", "CGLMP I_" + d,
                "Collins, Gisin, Linden, Massar, Popescu, PRL 88, 040404 (2002)");
    }

    /** Adds w·P(A_x − B_y ≡ c mod d) (each entry is hit by one term, so entries share the w objects). */
    private static void addDifference(Scenario s, BigFraction[] f, int x, int y, int c, BigFraction w) {
        int d = s.outputs(0);
        for (int a = 0; a < d; a++) {
            int b = Math.floorMod(a - c, d);
            int j = s.index(x, y, a, b);
            f[j] = f[j].equals(BigFraction.ZERO) ? w : f[j].add(w);
        }
    }

    /**
     * I_A→B of Chaves et al. (2015), eq. (10): E00 − E02 − E11 + E12 − E20 + E21 ≤ 4 for every model in which Alice's
     * output may influence Bob's (Fig. 1b), in the 3,3,2,2 scenario.
     */
    public static BellFunctional iAtoB() {
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        double[] f = correlators(s, new double[][] {{1, 0, -1}, {0, -1, 1}, {-1, 1, 0}});
        return new BellFunctional("iab", s, f, 0, 4, "A->B models (Fig. 1b)", "E00 - E02 - E11 + E12 - E20 + E21",
                "Chaves et al. 2015, eq. (10)");
    }

    /**
     * Mermin's inequality for three parties with inputs 0 ↔ X, 1 ↔ Y: E000 − E011 − E101 − E110 ≤ 2 for LHV;
     * the GHZ state measured in X and Y reaches 4.
     */
    public static BellFunctional mermin() {
        Scenario s = Scenario.of(new int[] {2, 2, 2}, new int[] {2, 2, 2});
        double[] f = new double[s.size()];
        int[][] terms = {{0, 0, 0, 1}, {0, 1, 1, -1}, {1, 0, 1, -1}, {1, 1, 0, -1}};
        for (int[] t : terms) {
            int block = s.block(t[0], t[1], t[2]);
            for (int o = 0; o < 8; o++) {
                int parity = Integer.bitCount(o) & 1;
                f[s.index(block, o)] += t[3] * (parity == 0 ? 1 : -1);
            }
        }
        return new BellFunctional("mermin", s, f, 0, 2, "local hidden variables", "E000 - E011 - E101 - E110",
                "Mermin, PRL 65, 1838 (1990)");
    }

    /** Coefficients of Σ_xy c[x][y] E_xy for two-output parties, E_xy = Σ (−1)^(a+b) p(ab|xy). */
    private static double[] correlators(Scenario s, double[][] c) {
        double[] f = new double[s.size()];
        for (int x = 0; x < s.inputs(0); x++) {
            for (int y = 0; y < s.inputs(1); y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        f[s.index(x, y, a, b)] += c[x][y] * ((a ^ b) == 0 ? 1 : -1);
                    }
                }
            }
        }
        return f;
    }
}
