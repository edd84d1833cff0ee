package relax.core.contextuality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Numbers;

/**
 * The no-disturbance conditions of Pearl &amp; Cavalcanti, Def. 2, checked on a behaviour, in exact rational
 * arithmetic on its {@linkplain CompatibilityBehaviour#exact(int) exact entries}:
 * <ul>
 *   <li><b>(i)</b> P(A_γ | X) = P(A_γ | X_γ) for every set γ of slots: two contexts that hold the same
 *       measurements in the slots γ give the outcomes of those slots the same distribution. In the language of
 *       causal models this is the conditional independence (A_γ ⊥ X_∖γ | X_γ) (their eq. 8); in a Bell scenario
 *       it is no-signalling.</li>
 *   <li><b>(ii)</b> P(A_i | X_i = m) = P(A_j | X_j = m): a measurement's outcome distribution does not depend on
 *       the slot it fills. Under (i), P(A_i | X_i = m) is the marginal of m in any context holding m in slot i, so
 *       (ii) compares the marginal of m between two contexts that hold it in different slots.</li>
 *   <li><b>shared</b> (not part of Def. 2): the joint distribution of two or more measurements shared by two
 *       contexts does not depend on the context, also when they fill different slots. Def. 2 covers a shared set
 *       only when it fills the same slots in both contexts (i) or is a single measurement (ii); the general
 *       condition is what every noncontextual model obeys (Abramsky &amp; Brandenburger 2011), so it is checked
 *       and reported separately.</li>
 * </ul>
 * Slots a context does not fill hold the trivial measurement (one outcome), as in Pearl &amp; Cavalcanti, Sec. 3.
 * The amount of a violation is the largest |p(a | c) − p(a | c')| over the outcomes a of the compared variables.
 */
public final class NoDisturbance {
    /** Scenarios with more slots check (i) only for single slots and for all slots but one. */
    public static final int MAX_SLOTS_ALL_SUBSETS = 16;

    private NoDisturbance() {
    }

    /** Which condition a {@link Disturbance} breaks. */
    public enum Condition {
        /** Def. 2 (i): (A_γ ⊥ X_∖γ | X_γ). */
        SLOTS("(i)"),
        /** Def. 2 (ii): a measurement's marginal does not depend on its slot. */
        SYMMETRY("(ii)"),
        /** Shared measurements in different slots (beyond Def. 2). */
        SHARED("shared");

        private final String label;

        Condition(String label) {
            this.label = label;
        }

        /** {@code (i)}, {@code (ii)} or {@code shared}. */
        public String label() {
            return label;
        }
    }

    /**
     * The largest difference found for one condition.
     *
     * @param condition the condition
     * @param subject   what is compared, e.g. {@code A_1 (m1)}, {@code m2 in slots 2 and 1}, {@code m1,m4}
     * @param first     the first context
     * @param second    the second context
     * @param outcome   the outcome where the difference is largest, e.g. {@code m1=0}
     * @param inFirst   its probability in the first context
     * @param inSecond  its probability in the second context
     * @param amount    |inFirst − inSecond|, exactly
     */
    public record Disturbance(Condition condition, String subject, int first, int second, String outcome, BigFraction inFirst, BigFraction inSecond,
            BigFraction amount) {
        public double value() {
            return amount.doubleValue();
        }

        /** E.g. {@code (i) A_1 (m1): p(m1=0) = 0.5 in R1 but 0.25 in C1, a difference of 0.25}. */
        public String describe(CompatibilityScenario s) {
            return condition.label() + " " + subject + ": p(" + outcome + ") = " + Numbers.format(inFirst.doubleValue()) + " in " + s.contextName(first)
                    + " but " + Numbers.format(inSecond.doubleValue()) + " in " + s.contextName(second) + ", a difference of " + amountText();
        }

        /** The amount for people: 10 significant digits, or one in scientific notation when it is below 1e-13. */
        public String amountText() {
            double v = value();
            return v > 0 && v < 1e-13 ? String.format(java.util.Locale.ROOT, "%.1e", v) : Numbers.format(v);
        }
    }

    /**
     * The outcome of the check.
     *
     * @param worst     the largest difference of each condition that has one above zero (in the order of {@link Condition})
     * @param tolerance differences up to this count as none
     * @param exact     whether the entries were exact as given (then every amount is exact for the data as written)
     * @param complete  whether every set of slots was checked for (i) (see {@link #MAX_SLOTS_ALL_SUBSETS})
     */
    public record Report(List<Disturbance> worst, double tolerance, boolean exact, boolean complete) {
        public Report {
            worst = List.copyOf(worst);
        }

        /** The largest difference of {@code condition}, if any is above zero. */
        public Optional<Disturbance> of(Condition condition) {
            return worst.stream().filter(d -> d.condition() == condition).findFirst();
        }

        /** Whether {@code condition} holds within the tolerance. */
        public boolean holds(Condition condition) {
            return of(condition).map(d -> d.value() <= tolerance).orElse(true);
        }

        /** Def. 2 (i) and (ii) within the tolerance. */
        public boolean holds() {
            return holds(Condition.SLOTS) && holds(Condition.SYMMETRY);
        }

        /** The largest difference over the conditions of Def. 2. */
        public Optional<Disturbance> largest() {
            return worst.stream().filter(d -> d.condition() != Condition.SHARED).max((a, b) -> a.amount().compareTo(b.amount()));
        }
    }

    /** Checks every condition. */
    public static Report check(CompatibilityBehaviour p, double tolerance) {
        CompatibilityScenario s = p.scenario();
        List<Disturbance> worst = new ArrayList<>();
        Disturbance slots = null;
        for (int gamma : gammas(s.slots())) {
            slots = larger(slots, slotCondition(p, gamma).orElse(null));
        }
        if (slots != null) {
            worst.add(slots);
        }
        symmetry(p).ifPresent(worst::add);
        shared(p).ifPresent(worst::add);
        return new Report(worst, tolerance, p.hasExactEntries(), s.slots() <= MAX_SLOTS_ALL_SUBSETS);
    }

    /** The non-empty proper subsets γ of n slots checked for (i), as bit masks. */
    public static int[] gammas(int n) {
        if (n <= MAX_SLOTS_ALL_SUBSETS) {
            int[] g = new int[Math.max(0, (1 << n) - 2)];
            for (int i = 0; i < g.length; i++) {
                g[i] = i + 1;
            }
            return g;
        }
        int[] g = new int[2 * n];
        int all = (1 << n) - 1;
        for (int i = 0; i < n; i++) {
            g[2 * i] = 1 << i;
            g[2 * i + 1] = all & ~(1 << i);
        }
        return g;
    }

    /**
     * Def. 2 (i) for one set of slots γ (bit i: slot i), i.e. the conditional independence (A_γ ⊥ X_∖γ | X_γ):
     * the largest difference of the distribution of A_γ between two contexts with the same measurements in the
     * slots γ, if there is one above zero.
     */
    public static Optional<Disturbance> slotCondition(CompatibilityBehaviour p, int gamma) {
        CompatibilityScenario s = p.scenario();
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int c = 0; c < s.contexts(); c++) {
            StringBuilder key = new StringBuilder();
            for (int slot = 0; slot < s.slots(); slot++) {
                if ((gamma >> slot & 1) != 0) {
                    key.append(slot < s.size(c) ? s.measurement(c, slot) : -1).append(',');
                }
            }
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(c);
        }
        Disturbance worst = null;
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            int c0 = group.get(0);
            int[] slots = filled(s, c0, gamma);
            List<BigFraction[]> marginals = new ArrayList<>();
            for (int c : group) {
                marginals.add(marginal(p, c, slots));
            }
            String subject = subject(s, c0, slots);
            worst = larger(worst, spread(Condition.SLOTS, subject, group, marginals, a -> outcomeName(s, c0, slots, a)));
        }
        return Optional.ofNullable(worst);
    }

    /** Def. 2 (ii): the largest difference of a measurement's marginal between two contexts holding it in different slots. */
    static Optional<Disturbance> symmetry(CompatibilityBehaviour p) {
        CompatibilityScenario s = p.scenario();
        Disturbance worst = null;
        for (int m = 0; m < s.measurements(); m++) {
            int[] in = s.contextsContaining(m);
            BigFraction[][] marg = new BigFraction[in.length][];
            for (int k = 0; k < in.length; k++) {
                marg[k] = marginal(p, in[k], new int[] {s.slotOf(in[k], m)});
            }
            for (int k = 0; k < in.length; k++) {
                for (int l = k + 1; l < in.length; l++) {
                    int sk = s.slotOf(in[k], m);
                    int sl = s.slotOf(in[l], m);
                    if (sk == sl) {
                        continue;
                    }
                    String subject = s.measurementName(m) + " in slot " + (sk + 1) + " of " + s.contextName(in[k]) + " and slot " + (sl + 1) + " of "
                            + s.contextName(in[l]);
                    int mm = m;
                    worst = larger(worst, spread(Condition.SYMMETRY, subject, List.of(in[k], in[l]), List.of(marg[k], marg[l]),
                            a -> s.measurementName(mm) + "=" + a));
                }
            }
        }
        return Optional.ofNullable(worst);
    }

    /** Two or more measurements shared by two contexts in different slots: the largest difference of their joint distribution. */
    static Optional<Disturbance> shared(CompatibilityBehaviour p) {
        CompatibilityScenario s = p.scenario();
        Disturbance worst = null;
        for (int c = 0; c < s.contexts(); c++) {
            for (int d = c + 1; d < s.contexts(); d++) {
                List<Integer> common = new ArrayList<>();
                boolean sameSlots = true;
                for (int m : s.context(c)) {
                    int slot = s.slotOf(d, m);
                    if (slot >= 0) {
                        common.add(m);
                        sameSlots &= slot == s.slotOf(c, m);
                    }
                }
                if (common.size() < 2 || sameSlots) {
                    continue;
                }
                int[] inC = new int[common.size()];
                int[] inD = new int[common.size()];
                for (int k = 0; k < inC.length; k++) {
                    inC[k] = s.slotOf(c, common.get(k));
                    inD[k] = s.slotOf(d, common.get(k));
                }
                BigFraction[] mc = marginal(p, c, inC);
                BigFraction[] md = marginal(p, d, inD);
                StringBuilder subject = new StringBuilder();
                for (int m : common) {
                    subject.append(subject.length() > 0 ? "," : "").append(s.measurementName(m));
                }
                int cc = c;
                worst = larger(worst, spread(Condition.SHARED, subject.toString(), List.of(c, d), List.of(mc, md), a -> outcomeName(s, cc, inC, a)));
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The slots of γ that context c fills. */
    private static int[] filled(CompatibilityScenario s, int c, int gamma) {
        int[] slots = new int[Integer.bitCount(gamma)];
        int k = 0;
        for (int slot = 0; slot < s.size(c); slot++) {
            if ((gamma >> slot & 1) != 0) {
                slots[k++] = slot;
            }
        }
        return Arrays.copyOf(slots, k);
    }

    /** The joint distribution of the outcomes in {@code slots} of context c (row-major over them, in the order given), exactly. */
    static BigFraction[] marginal(CompatibilityBehaviour p, int c, int[] slots) {
        CompatibilityScenario s = p.scenario();
        int size = 1;
        for (int slot : slots) {
            size *= s.outcomes(s.measurement(c, slot));
        }
        BigFraction[] m = new BigFraction[size];
        Arrays.fill(m, BigFraction.ZERO);
        int[] a = new int[s.size(c)];
        for (int t = 0; t < s.tuples(c); t++) {
            s.decode(c, t, a);
            int k = 0;
            for (int slot : slots) {
                k = k * s.outcomes(s.measurement(c, slot)) + a[slot];
            }
            m[k] = m[k].add(p.exact(s.entry(c, t)));
        }
        return m;
    }

    private interface OutcomeName {
        String of(int index);
    }

    /** The largest difference over outcomes between any two of the marginals (one per context of {@code group}). */
    private static Disturbance spread(Condition condition, String subject, List<Integer> group, List<BigFraction[]> marginals, OutcomeName name) {
        Disturbance worst = null;
        int size = marginals.get(0).length;
        for (int a = 0; a < size; a++) {
            int lo = 0;
            int hi = 0;
            for (int k = 1; k < marginals.size(); k++) {
                if (marginals.get(k)[a].compareTo(marginals.get(lo)[a]) < 0) {
                    lo = k;
                }
                if (marginals.get(k)[a].compareTo(marginals.get(hi)[a]) > 0) {
                    hi = k;
                }
            }
            BigFraction amount = marginals.get(hi)[a].subtract(marginals.get(lo)[a]);
            if (amount.compareTo(BigFraction.ZERO) > 0 && (worst == null || amount.compareTo(worst.amount()) > 0)) {
                int first = Math.min(lo, hi);
                int second = Math.max(lo, hi);
                worst = new Disturbance(condition, subject, group.get(first), group.get(second), name.of(a), marginals.get(first)[a],
                        marginals.get(second)[a], amount);
            }
        }
        return worst;
    }

    private static Disturbance larger(Disturbance a, Disturbance b) {
        if (a == null) {
            return b;
        }
        return b != null && b.amount().compareTo(a.amount()) > 0 ? b : a;
    }

    private static String subject(CompatibilityScenario s, int c, int[] slots) {
        StringBuilder t = new StringBuilder();
        for (int slot : slots) {
            t.append(t.length() > 0 ? "," : "").append("A_").append(slot + 1);
        }
        t.append(" (");
        for (int k = 0; k < slots.length; k++) {
            t.append(k > 0 ? "," : "").append(s.measurementName(s.measurement(c, slots[k])));
        }
        return t.append(')').toString();
    }

    private static String outcomeName(CompatibilityScenario s, int c, int[] slots, int index) {
        int[] a = new int[slots.length];
        int rest = index;
        for (int k = slots.length - 1; k >= 0; k--) {
            int d = s.outcomes(s.measurement(c, slots[k]));
            a[k] = rest % d;
            rest /= d;
        }
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < slots.length; k++) {
            t.append(k > 0 ? "," : "").append(s.measurementName(s.measurement(c, slots[k]))).append('=').append(a[k]);
        }
        return t.toString();
    }
}
