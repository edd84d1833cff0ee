package relax.scenarios;

import java.util.List;
import java.util.Locale;
import relax.core.Scenario;
import relax.lp.BehaviourConstraints;

/**
 * The functional mode of seed 002 (Theorem 1 with V a Bell functional, and the CGLMP study of eq. 11):
 * instead of a whole behaviour, only the value of a Bell functional is prescribed, optionally together
 * with no-signalling. This class turns a built-in functional's name and value into
 * {@link BehaviourConstraints}, for every command that offers {@code --functional}.
 */
public final class FunctionalConstraints {
    private FunctionalConstraints() {
    }

    /** The names {@link #named} knows. */
    public static List<String> names() {
        return List.of("chsh", "chsh-correlator", "i3322", "cglmp", "iab", "mermin");
    }

    /**
     * The built-in functional {@code name} on {@code scenario}: chsh (eq. 8), chsh-correlator, i3322,
     * iab (eq. 10), mermin, or cglmp — whose number of outputs d is read from the scenario (2,2,d,d).
     *
     * @throws IllegalArgumentException if the name is unknown or the functional lives on another scenario
     */
    public static BellFunctional named(String name, Scenario scenario) {
        BellFunctional f = switch (name.toLowerCase(Locale.ROOT)) {
            case "chsh" -> BellFunctional.chsh();
            case "chsh-correlator" -> BellFunctional.chshCorrelator();
            case "i3322" -> BellFunctional.i3322();
            case "iab" -> BellFunctional.iAtoB();
            case "mermin" -> BellFunctional.mermin();
            case "cglmp" -> {
                if (scenario.parties() != 2 || scenario.outputs(0) != scenario.outputs(1) || scenario.outputs(0) < 2) {
                    throw new IllegalArgumentException("cglmp needs a scenario 2,2,d,d (two inputs and d outputs per party), got " + scenario);
                }
                yield BellFunctional.cglmp(scenario.outputs(0));
            }
            default -> throw new IllegalArgumentException("unknown functional '" + name + "': expected one of " + String.join(", ", names()));
        };
        if (!f.scenario().equals(scenario)) {
            throw new IllegalArgumentException(f.name() + " is defined on scenario " + f.scenario() + ", not " + scenario);
        }
        return f;
    }

    /**
     * Rows: normalisation, F(p) = value (i.e. Σ f_j p_j = value − constant) and, if asked,
     * no-signalling.
     */
    public static BehaviourConstraints of(BellFunctional f, double value, boolean noSignalling) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the functional value must be a finite number, got " + value);
        }
        BehaviourConstraints.Builder b = BehaviourConstraints.builder(f.scenario()).row(f.coefficients(), value - f.constant(),
                f.name() + " = " + value);
        if (noSignalling) {
            addNoSignalling(b, f.scenario());
        }
        return b.build();
    }

    /**
     * No-signalling for any number of parties: for every non-empty proper set A of parties, the marginal
     * p(a_A | x) does not depend on the inputs of the other parties. Written as p(a_A | x) = p(a_A | x')
     * with x' the same tuple with the other parties' inputs set to 0, for outputs a_i &lt; o_i − 1 (the last
     * output of each party is implied by normalisation, as in the Collins–Gisin parametrisation).
     */
    static void addNoSignalling(BehaviourConstraints.Builder b, Scenario s) {
        int n = s.parties();
        int[] x = new int[n];
        int[] a = new int[n];
        int k = s.outcomesPerBlock();
        for (int set = 1; set < (1 << n) - 1; set++) {
            for (int block = 0; block < s.inputBlocks(); block++) {
                s.decodeBlock(block, x);
                boolean othersZero = true;
                for (int i = 0; i < n; i++) {
                    othersZero &= (set >>> i & 1) != 0 || x[i] == 0;
                }
                if (othersZero) {
                    continue;
                }
                int[] ref = x.clone();
                for (int i = 0; i < n; i++) {
                    ref[i] = (set >>> i & 1) != 0 ? x[i] : 0;
                }
                int refBlock = s.block(ref);
                for (int outcome = 0; outcome < k; outcome++) {
                    s.decodeOutcome(outcome, a);
                    if (!marginalRepresentative(set, a, s)) {
                        continue;
                    }
                    double[] c = new double[s.size()];
                    for (int full = 0; full < k; full++) {
                        if (agrees(set, full, a, s)) {
                            c[s.index(block, full)] += 1;
                            c[s.index(refBlock, full)] -= 1;
                        }
                    }
                    b.row(c, 0, "no-signalling");
                }
            }
        }
    }

    /** Whether a is the first outcome tuple with its values on the parties of {@code set}, and those are below o_i − 1. */
    private static boolean marginalRepresentative(int set, int[] a, Scenario s) {
        for (int i = 0; i < a.length; i++) {
            boolean in = (set >>> i & 1) != 0;
            if (in ? a[i] >= s.outputs(i) - 1 : a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean agrees(int set, int outcome, int[] a, Scenario s) {
        int[] b = new int[a.length];
        s.decodeOutcome(outcome, b);
        for (int i = 0; i < a.length; i++) {
            if ((set >>> i & 1) != 0 && b[i] != a[i]) {
                return false;
            }
        }
        return true;
    }
}
