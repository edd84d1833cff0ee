package relax.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * The two parametrisations of a no-signalling behaviour with binary outputs that papers print instead of
 * p(a|x), converted exactly to p. Parties are named A, B, C, …; a key names a set of parties (e.g.
 * {@code "AB"}) and holds a table nested by their inputs in party order ({@code "AB"[x][y]}). Every non-empty
 * set of parties must be given.
 *
 * <ul>
 *   <li><b>Correlators</b> {@code "correlators"}: ⟨A_x⟩, ⟨B_y⟩, ⟨A_x B_y⟩, … with outcome 0 ↔ +1 and outcome
 *       1 ↔ −1, so ⟨A_x⟩ = p_A(0|x) − p_A(1|x) and ⟨A_x B_y⟩ = Σ_ab (−1)^(a+b) p(ab|xy). Then
 *       p(a|x) = 2^−N Σ_S (−1)^(Σ_{i∈S} a_i) ⟨Π_{i∈S} A^(i)_{x_i}⟩ over all sets S of parties (⟨∅⟩ = 1); for two
 *       parties p(ab|xy) = (1 + (−1)^a ⟨A_x⟩ + (−1)^b ⟨B_y⟩ + (−1)^(a+b) ⟨A_x B_y⟩)/4.</li>
 *   <li><b>Collins–Gisin</b> {@code "collins-gisin"} (Collins &amp; Gisin, J. Phys. A 37, 1775 (2004)): the
 *       probabilities that every party of a set S outputs 0, P_S(x_S) — p_A(0|x), p_B(0|y), p(00|xy), … Then
 *       p(a|x) = Σ_{T ⊆ O} (−1)^|T| P_{Z∪T}(x) by inclusion–exclusion, with Z the parties whose a_i = 0, O those
 *       with a_i = 1 and P_∅ = 1; for two parties p(01|xy) = p_A(0|x) − p(00|xy), p(11|xy) = 1 − p_A(0|x) −
 *       p_B(0|y) + p(00|xy).</li>
 * </ul>
 * Both give blocks that sum to exactly 1; a negative p means the numbers are not a behaviour.
 */
final class CorrelatorForm {
    /** The two forms: the file key, the range of each value, and how a block of p follows from them. */
    enum Kind {
        CORRELATORS("correlators", BigFraction.MINUS_ONE, "a correlator in [-1, 1]"),
        COLLINS_GISIN("collins-gisin", BigFraction.ZERO, "a probability in [0, 1]");

        final String key;
        final BigFraction lowest;
        final String what;

        Kind(String key, BigFraction lowest, String what) {
            this.key = key;
            this.lowest = lowest;
            this.what = what;
        }
    }

    private CorrelatorForm() {
    }

    /** The party letters of a set given as a bit mask (bit i = party i), e.g. "AB". */
    static String letters(int mask, int parties) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parties; i++) {
            if ((mask >> i & 1) == 1) {
                s.append(Scenario.partyName(i));
            }
        }
        return s.toString();
    }

    /**
     * The exact p(a|x) of a table of correlators or Collins–Gisin probabilities.
     *
     * @param node   the value of the {@code kind.key} key
     * @param s      the scenario (every party has two outputs)
     */
    static BigFraction[] read(JsonNode node, Kind kind, Scenario s) {
        int n = s.parties();
        if (!node.isObject()) {
            throw new InvalidBehaviourException("\"" + kind.key + "\" must be an object with keys " + String.join(", ", keys(n)) + ", not "
                    + JsonText.kind(node));
        }
        List<String> keys = keys(n);
        node.fieldNames().forEachRemaining(f -> {
            if (!keys.contains(f)) {
                throw new InvalidBehaviourException("\"" + kind.key + "\" has a key \"" + TerminalText.excerpt(f, 40) + "\" that names no set of parties: expected "
                        + String.join(", ", keys));
            }
        });
        // values[mask][flat index over the inputs of the parties in mask, row-major in party order]
        BigFraction[][] values = new BigFraction[1 << n][];
        values[0] = new BigFraction[] {BigFraction.ONE};
        for (int mask = 1; mask < 1 << n; mask++) {
            String key = letters(mask, n);
            JsonNode table = node.get(key);
            if (table == null) {
                throw new InvalidBehaviourException("\"" + kind.key + "\" has no key \"" + key + "\" (" + describe(kind, mask, s) + ")");
            }
            values[mask] = table(table, kind, mask, s);
        }
        return kind == Kind.CORRELATORS ? fromCorrelators(values, s) : fromCollinsGisin(values, s);
    }

    private static List<String> keys(int parties) {
        List<String> k = new ArrayList<>();
        for (int mask = 1; mask < 1 << parties; mask++) {
            k.add(letters(mask, parties));
        }
        k.sort((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        return k;
    }

    /** What the key of a set holds, e.g. "<A_x B_y> nested as AB[x][y]". */
    private static String describe(Kind kind, int mask, Scenario s) {
        StringBuilder product = new StringBuilder();
        StringBuilder nesting = new StringBuilder(letters(mask, s.parties()));
        StringBuilder zeros = new StringBuilder();
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < s.parties(); i++) {
            if ((mask >> i & 1) == 1) {
                product.append(product.length() > 0 ? " " : "").append(Scenario.partyName(i)).append('_').append(s.inputSymbol(i));
                nesting.append('[').append(s.inputSymbol(i)).append(']');
                zeros.append('0');
                inputs.append(s.inputSymbol(i));
            }
        }
        return (kind == Kind.CORRELATORS ? "<" + product + ">" : "p(" + zeros + "|" + inputs + ")") + " nested as " + nesting;
    }

    /** The table of one set of parties, flat in row-major order of their inputs, each value range-checked. */
    private static BigFraction[] table(JsonNode table, Kind kind, int mask, Scenario s) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < s.parties(); i++) {
            if ((mask >> i & 1) == 1) {
                members.add(i);
            }
        }
        int size = 1;
        for (int i : members) {
            size *= s.inputs(i);
        }
        BigFraction[] flat = new BigFraction[size];
        int[] position = {0};
        walk(table, kind.key + "." + letters(mask, s.parties()), 0, members, s, kind, flat, position);
        return flat;
    }

    private static void walk(JsonNode node, String path, int level, List<Integer> members, Scenario s, Kind kind, BigFraction[] flat, int[] position) {
        if (level == members.size()) {
            BigFraction v = ExactNumber.of(node, path, kind.what);
            if (v.compareTo(kind.lowest) < 0 || v.compareTo(BigFraction.ONE) > 0) {
                throw new InvalidBehaviourException(path + " = " + ExactNumber.show(v) + " is not " + kind.what);
            }
            flat[position[0]++] = v;
            return;
        }
        int party = members.get(level);
        int m = s.inputs(party);
        if (!node.isArray() || node.size() != m) {
            throw new InvalidBehaviourException(path + " must be a list of " + m + " entries, one per input of " + Scenario.partyName(party)
                    + " (inputs[" + party + "] = " + m + "), not " + (node.isArray() ? "a list of " + node.size() : JsonText.kind(node)));
        }
        for (int i = 0; i < m; i++) {
            walk(node.get(i), path + "[" + i + "]", level + 1, members, s, kind, flat, position);
        }
    }

    /** Index into values[mask] of the inputs x restricted to the parties in mask. */
    private static int restricted(int mask, int[] x, Scenario s) {
        int index = 0;
        for (int i = 0; i < x.length; i++) {
            if ((mask >> i & 1) == 1) {
                index = index * s.inputs(i) + x[i];
            }
        }
        return index;
    }

    /** The bit mask of the parties whose output is 1 in outcome {@code o} (outputs are binary). */
    private static int ones(int o, int parties) {
        int mask = 0;
        for (int i = 0; i < parties; i++) {
            if ((o >> (parties - 1 - i) & 1) == 1) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /**
     * p(a|x) = 2^−N Σ_S (−1)^|S ∩ ones(a)| E_S(x_S): a Walsh–Hadamard transform per block, N·2^N additions.
     */
    private static BigFraction[] fromCorrelators(BigFraction[][] values, Scenario s) {
        int n = s.parties();
        int k = 1 << n;
        BigFraction[] p = new BigFraction[s.size()];
        int[] x = new int[n];
        BigFraction scale = new BigFraction(1, k);
        BigFraction[] f = new BigFraction[k];
        for (int block = 0; block < s.inputBlocks(); block++) {
            s.decodeBlock(block, x);
            for (int mask = 0; mask < k; mask++) {
                f[mask] = values[mask][restricted(mask, x, s)];
            }
            for (int bit = 1; bit < k; bit <<= 1) { // f[m] ← Σ_S (−1)^|S∩m| E_S
                for (int mask = 0; mask < k; mask++) {
                    if ((mask & bit) == 0) {
                        BigFraction u = f[mask];
                        BigFraction v = f[mask | bit];
                        f[mask] = u.add(v);
                        f[mask | bit] = u.subtract(v);
                    }
                }
            }
            for (int o = 0; o < k; o++) {
                p[s.index(block, o)] = f[ones(o, n)].multiply(scale);
            }
        }
        return p;
    }

    /**
     * p(a|x) = Σ_{S ⊇ Z} (−1)^|S∖Z| P_S(x_S), Z = zeros(a): a Möbius transform over supersets per block.
     */
    private static BigFraction[] fromCollinsGisin(BigFraction[][] values, Scenario s) {
        int n = s.parties();
        int k = 1 << n;
        BigFraction[] p = new BigFraction[s.size()];
        int[] x = new int[n];
        BigFraction[] f = new BigFraction[k];
        for (int block = 0; block < s.inputBlocks(); block++) {
            s.decodeBlock(block, x);
            for (int mask = 0; mask < k; mask++) {
                f[mask] = values[mask][restricted(mask, x, s)];
            }
            for (int bit = 1; bit < k; bit <<= 1) { // f[Z] ← Σ_{S ⊇ Z} (−1)^|S∖Z| P_S
                for (int mask = 0; mask < k; mask++) {
                    if ((mask & bit) == 0) {
                        f[mask] = f[mask].subtract(f[mask | bit]);
                    }
                }
            }
            for (int o = 0; o < k; o++) {
                p[s.index(block, o)] = f[(k - 1) & ~ones(o, n)];
            }
        }
        return p;
    }
}
