package relax.lp.polytope;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import relax.core.Scenario;

/**
 * The relabellings of a Bell scenario as permutations of the behaviour entries: each party's inputs
 * permuted, each party's outputs permuted separately for every input of that party, and parties with the
 * same numbers of inputs and outputs exchanged. A relabelling g sends entry (x⃗, a⃗) to (x⃗', a⃗') with
 * x'_{τ(i)} = π_i(x_i), a'_{τ(i)} = σ_{i,x_i}(a_i); it acts on behaviours and on functionals by
 * (g v)[g(j)] = v[j], so ⟨g z, g p⟩ = ⟨z, p⟩.
 *
 * <p>These are the candidates; which of them are symmetries of a given polytope is decided exactly by
 * {@link SymmetryGroup#stabiliser}. There are Π_i m_i!·(o_i!)^{m_i} times the number of admissible party
 * permutations: 128 in the CHSH scenario, 4 608 in the 3,3,2,2 scenario.
 */
public final class Relabellings {
    private Relabellings() {
    }

    /** The number of candidate relabellings of {@code s} (saturating at Long.MAX_VALUE). */
    public static long count(Scenario s) {
        long c = partyPermutations(s).size();
        for (int i = 0; i < s.parties(); i++) {
            c = times(c, factorial(s.inputs(i)));
            for (int x = 0; x < s.inputs(i); x++) {
                c = times(c, factorial(s.outputs(i)));
            }
        }
        return c;
    }

    /**
     * Calls {@code visitor} with the entry map of every candidate relabelling, the identity first. The
     * array (image[j] = g(j)) is reused between calls: copy it to keep it.
     */
    public static void forEach(Scenario s, Consumer<int[]> visitor) {
        int parties = s.parties();
        List<int[]> taus = partyPermutations(s);
        List<List<int[]>> inputPerms = new ArrayList<>();
        List<List<int[]>> outputPerms = new ArrayList<>();
        List<Integer> radices = new ArrayList<>();
        radices.add(taus.size());
        for (int i = 0; i < parties; i++) {
            inputPerms.add(permutations(s.inputs(i)));
            outputPerms.add(permutations(s.outputs(i)));
            radices.add(inputPerms.get(i).size());
            for (int x = 0; x < s.inputs(i); x++) {
                radices.add(outputPerms.get(i).size());
            }
        }
        int[] digit = new int[radices.size()];
        int n = s.size();
        int[] image = new int[n];
        int[] x = new int[parties];
        int[] a = new int[parties];
        int[] x2 = new int[parties];
        int[] a2 = new int[parties];
        while (true) {
            int[] tau = taus.get(digit[0]);
            for (int j = 0; j < n; j++) {
                int block = j / s.outcomesPerBlock();
                s.decodeBlock(block, x);
                s.decodeOutcome(j % s.outcomesPerBlock(), a);
                int d = 1;
                for (int i = 0; i < parties; i++) {
                    int[] pi = inputPerms.get(i).get(digit[d]);
                    int[] sigma = outputPerms.get(i).get(digit[d + 1 + x[i]]);
                    x2[tau[i]] = pi[x[i]];
                    a2[tau[i]] = sigma[a[i]];
                    d += 1 + s.inputs(i);
                }
                image[j] = s.index(s.block(x2), s.outcome(a2));
            }
            visitor.accept(image);
            int k = 0;
            while (k < digit.length && ++digit[k] == radices.get(k)) {
                digit[k++] = 0;
            }
            if (k == digit.length) {
                return;
            }
        }
    }

    /** Permutations τ of the parties that only exchange parties with equal input and output counts, identity first. */
    private static List<int[]> partyPermutations(Scenario s) {
        List<int[]> out = new ArrayList<>();
        for (int[] t : permutations(s.parties())) {
            boolean ok = true;
            for (int i = 0; i < t.length && ok; i++) {
                ok = s.inputs(i) == s.inputs(t[i]) && s.outputs(i) == s.outputs(t[i]);
            }
            if (ok) {
                out.add(t);
            }
        }
        return out;
    }

    /** All permutations of {0, …, k−1} in lexicographic order (identity first). */
    static List<int[]> permutations(int k) {
        List<int[]> out = new ArrayList<>();
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        while (true) {
            out.add(p.clone());
            int i = k - 2;
            while (i >= 0 && p[i] > p[i + 1]) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            int j = k - 1;
            while (p[j] < p[i]) {
                j--;
            }
            swap(p, i, j);
            for (int l = i + 1, r = k - 1; l < r; l++, r--) {
                swap(p, l, r);
            }
        }
    }

    private static void swap(int[] p, int i, int j) {
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
    }

    private static long factorial(int k) {
        long f = 1;
        for (int i = 2; i <= k; i++) {
            f = times(f, i);
        }
        return f;
    }

    private static long times(long a, long b) {
        return a > Long.MAX_VALUE / Math.max(1, b) ? Long.MAX_VALUE : a * b;
    }
}
