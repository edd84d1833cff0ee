package relax.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.graph.DSeparation;

/**
 * The conditional independences among observed variables that a {@link CausalStructure} implies by
 * d-separation in its graph with λ (Pearl 2009, Thm. 1.2.4): statements "p(O | G, all settings) does not depend
 * on the settings Z", i.e. O ⊥ Z | (settings ∖ Z) ∪ G for sets O, G of outcomes. With G empty these are the
 * no-signalling conditions the structure enforces (Chaves et al. 2015, Table I, vertices 10–13: Alice's marginal
 * cannot depend on y in every structure of Fig. 1b–d, Bob's not on x only in Fig. 1a). Since λ is a parent of
 * every outcome, no two outcomes are ever independent, so only statements about settings appear.
 *
 * <p>Only the statements not implied by another listed one are listed: (O, G, z) follows from (O', G', z) by
 * decomposition and weak union whenever G' ⊆ G and O ∪ (G ∖ G') ⊆ O'. Conditioning sets G are searched up to
 * {@value #MAX_CONDITIONED_OUTCOMES} outcomes, outcome sets O up to {@value #MAX_OUTCOMES}.
 */
public final class ImpliedIndependences {
    /** Structures with more outcomes list no statements conditioned on outcomes. */
    public static final int MAX_CONDITIONED_OUTCOMES = 6;
    /** Structures with more outcomes list statements about single outcomes only. */
    public static final int MAX_OUTCOMES = 10;

    /**
     * p({@code outcomes} | {@code given}, all settings) does not depend on {@code settings}: the d-separation
     * outcomes ⊥ settings | (other settings) ∪ given.
     */
    public record Independence(List<String> outcomes, List<String> given, List<String> settings) {
        /** E.g. {@code p(a | x, y) does not depend on y}. */
        public String describe(CausalStructure s) {
            List<String> cond = new ArrayList<>(given);
            s.settings().forEach(n -> cond.add(n.name()));
            return "p(" + String.join(",", outcomes) + (cond.isEmpty() ? "" : " | " + String.join(", ", cond)) + ") does not depend on "
                    + String.join(", ", settings);
        }

        /** The d-separation statement, e.g. {@code a ⊥ y | x}. */
        public String dSeparation(CausalStructure s) {
            List<String> cond = new ArrayList<>();
            s.settings().forEach(n -> {
                if (!settings.contains(n.name())) {
                    cond.add(n.name());
                }
            });
            cond.addAll(given);
            return String.join(",", outcomes) + " ⊥ " + String.join(",", settings) + (cond.isEmpty() ? "" : " | " + String.join(", ", cond));
        }
    }

    /**
     * How far a behaviour is from one implied independence: the largest |p(o, g | s) p(g | s') − p(o, g | s')
     * p(g | s)| over setting assignments s, s' that differ only in the settings of the statement (for an empty
     * G simply |p(o | s) − p(o | s')|), with the two entries compared.
     */
    public record Violation(Independence independence, double amount, String where) {
    }

    private ImpliedIndependences() {
    }

    /** Every implied statement not implied by another, statements without conditioning outcomes first. */
    public static List<Independence> of(CausalStructure s) {
        List<String> outcomes = s.outcomes().stream().map(Node::name).toList();
        List<String> settings = s.settings().stream().map(Node::name).toList();
        int l = outcomes.size();
        int k = settings.size();
        boolean subsets = l <= MAX_OUTCOMES;
        boolean conditioned = l <= MAX_CONDITIONED_OUTCOMES;
        List<int[]> pairs = new ArrayList<>(); // {outcome mask, given mask}
        int full = 1 << Math.min(l, 30);
        for (int g = 0; g < (conditioned ? full : 1); g++) {
            for (int o = 1; o < (subsets ? full : 0); o++) {
                if ((o & g) == 0) {
                    pairs.add(new int[] {o, g});
                }
            }
            if (!subsets) {
                for (int i = 0; i < l; i++) {
                    pairs.add(new int[] {1 << i, 0});
                }
            }
        }
        boolean[][] valid = new boolean[pairs.size()][k];
        for (int p = 0; p < pairs.size(); p++) {
            for (int z = 0; z < k; z++) {
                List<String> cond = new ArrayList<>(names(outcomes, pairs.get(p)[1]));
                for (int j = 0; j < k; j++) {
                    if (j != z) {
                        cond.add(settings.get(j));
                    }
                }
                valid[p][z] = DSeparation.separated(s.graph(), names(outcomes, pairs.get(p)[0]), List.of(settings.get(z)), cond);
            }
        }
        List<Independence> out = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            int o = pairs.get(p)[0];
            int g = pairs.get(p)[1];
            List<String> zs = new ArrayList<>();
            for (int z = 0; z < k; z++) {
                if (valid[p][z] && !impliedByAnother(pairs, valid, p, z)) {
                    zs.add(settings.get(z));
                }
            }
            if (!zs.isEmpty()) {
                out.add(new Independence(names(outcomes, o), names(outcomes, g), zs));
            }
        }
        return out;
    }

    private static boolean impliedByAnother(List<int[]> pairs, boolean[][] valid, int p, int z) {
        int o = pairs.get(p)[0];
        int g = pairs.get(p)[1];
        for (int q = 0; q < pairs.size(); q++) {
            int o2 = pairs.get(q)[0];
            int g2 = pairs.get(q)[1];
            if (q != p && valid[q][z] && (g2 & ~g) == 0) {
                int need = o | (g & ~g2);
                if ((need & ~o2) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> names(List<String> all, int mask) {
        List<String> n = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((mask >> i & 1) != 0) {
                n.add(all.get(i));
            }
        }
        return n;
    }

    /**
     * The largest deviation of {@code p} (a behaviour of {@code s.scenario()}) from {@code independence}, if it
     * exceeds {@code tolerance}.
     */
    public static Optional<Violation> check(CausalStructure s, Independence independence, Behaviour p, double tolerance) {
        Scenario sc = s.scenario();
        if (!sc.equals(p.scenario())) {
            throw new IllegalArgumentException("behaviour of scenario " + p.scenario() + " for a structure of scenario " + sc);
        }
        int parties = sc.parties();
        List<String> outcomeNames = s.outcomes().stream().map(Node::name).toList();
        List<String> settingNames = s.settings().stream().map(Node::name).toList();
        int[] oParties = positions(outcomeNames, independence.outcomes());
        int[] gParties = positions(outcomeNames, independence.given());
        int[] zParties = positions(settingNames, independence.settings());
        int blocks = sc.inputBlocks();
        int per = sc.outcomesPerBlock();
        int oCount = count(sc, oParties);
        int gCount = count(sc, gParties);
        // joint[block][g][o] and marginal[block][g]
        double[][][] joint = new double[blocks][gCount][oCount];
        double[][] given = new double[blocks][gCount];
        int[] a = new int[parties];
        for (int b = 0; b < blocks; b++) {
            for (int e = 0; e < per; e++) {
                sc.decodeOutcome(e, a);
                int oi = project(sc, a, oParties);
                int gi = project(sc, a, gParties);
                double v = p.get(sc.index(b, e));
                joint[b][gi][oi] += v;
                given[b][gi] += v;
            }
        }
        int[] x = new int[parties];
        int[] x2 = new int[parties];
        double worst = tolerance;
        String where = null;
        for (int b = 0; b < blocks; b++) {
            sc.decodeBlock(b, x);
            for (int b2 = b + 1; b2 < blocks; b2++) {
                sc.decodeBlock(b2, x2);
                if (!differOnlyIn(x, x2, zParties)) {
                    continue;
                }
                for (int g = 0; g < gCount; g++) {
                    for (int o = 0; o < oCount; o++) {
                        double d = Math.abs(joint[b][g][o] * given[b2][g] - joint[b2][g][o] * given[b][g]);
                        if (d > worst) {
                            worst = d;
                            where = conditional(s, independence, joint[b][g][o], given[b][g], o, g, x, oParties, gParties) + " but "
                                    + conditional(s, independence, joint[b2][g][o], given[b2][g], o, g, x2, oParties, gParties);
                        }
                    }
                }
            }
        }
        return where == null ? Optional.empty() : Optional.of(new Violation(independence, worst, where));
    }

    private static String conditional(CausalStructure s, Independence in, double joint, double given, int o, int g, int[] x, int[] oParties,
            int[] gParties) {
        StringBuilder t = new StringBuilder("p(");
        values(t, s.outcomes(), in.outcomes(), o, oParties);
        t.append(" | ");
        if (!in.given().isEmpty()) {
            values(t, s.outcomes(), in.given(), g, gParties);
            t.append(", ");
        }
        List<Node> settings = s.settings();
        for (int i = 0; i < settings.size(); i++) {
            t.append(i > 0 ? "," : "").append(settings.get(i).name()).append('=').append(x[i]);
        }
        double value = in.given().isEmpty() ? joint : joint / given;
        return t.append(") = ").append(in.given().isEmpty() || given > 0 ? relax.core.Numbers.format(value) : "undefined").toString();
    }

    private static void values(StringBuilder t, List<Node> outcomes, List<String> names, int code, int[] parties) {
        int[] v = new int[parties.length];
        for (int i = parties.length - 1; i >= 0; i--) {
            int r = outcomes.get(parties[i]).values();
            v[i] = code % r;
            code /= r;
        }
        for (int i = 0; i < names.size(); i++) {
            t.append(i > 0 ? "," : "").append(names.get(i)).append('=').append(v[i]);
        }
    }

    private static int[] positions(List<String> all, List<String> chosen) {
        int[] p = new int[chosen.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = all.indexOf(chosen.get(i));
        }
        return p;
    }

    private static int count(Scenario sc, int[] parties) {
        int c = 1;
        for (int i : parties) {
            c *= sc.outputs(i);
        }
        return c;
    }

    /** The row-major index of the outputs of {@code parties} in the output tuple. */
    private static int project(Scenario sc, int[] tuple, int[] parties) {
        int c = 0;
        for (int i : parties) {
            c = c * sc.outputs(i) + tuple[i];
        }
        return c;
    }

    private static boolean differOnlyIn(int[] x, int[] x2, int[] parties) {
        for (int i = 0; i < x.length; i++) {
            boolean listed = false;
            for (int p : parties) {
                listed |= p == i;
            }
            if (!listed && x[i] != x2[i]) {
                return false;
            }
        }
        return true;
    }
}
