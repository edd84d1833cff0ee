package relax.lp.polytope;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;

/**
 * The relabellings ({@link Relabellings}) of a scenario that are symmetries of some object — decided
 * exactly, candidate by candidate, by a predicate — and the orbits (symmetry classes) they cut a finite
 * set into. The stabiliser of a set is a group, so the orbits partition the set.
 *
 * <p>When a scenario has more than {@link #CANDIDATE_LIMIT} candidates none is tried and the group is the
 * identity alone ({@link #checked()} false): every element is then its own class.
 */
public final class SymmetryGroup {
    /** Most candidate relabellings tried. */
    public static final long CANDIDATE_LIMIT = 2_000_000;

    private final List<int[]> elements;
    private final long candidates;
    private final boolean checked;

    private SymmetryGroup(List<int[]> elements, long candidates, boolean checked) {
        this.elements = elements;
        this.candidates = candidates;
        this.checked = checked;
    }

    /** The relabellings of {@code s} for which {@code preserves} holds (the predicate sees the entry map image[j] = g(j)). */
    public static SymmetryGroup stabiliser(Scenario s, Predicate<int[]> preserves) {
        long count = Relabellings.count(s);
        if (count > CANDIDATE_LIMIT) {
            int[] identity = new int[s.size()];
            for (int j = 0; j < identity.length; j++) {
                identity[j] = j;
            }
            return new SymmetryGroup(List.of(identity), count, false);
        }
        List<int[]> kept = new ArrayList<>();
        Relabellings.forEach(s, g -> {
            if (preserves.test(g)) {
                kept.add(g.clone());
            }
        });
        return new SymmetryGroup(kept, count, true);
    }

    /** The number of symmetries found. */
    public int order() {
        return elements.size();
    }

    /** The number of candidate relabellings of the scenario. */
    public long candidates() {
        return candidates;
    }

    /** Whether the candidates were tried (false when there were more than {@link #CANDIDATE_LIMIT}). */
    public boolean checked() {
        return checked;
    }

    /**
     * The orbit index of every item (0, 1, … in order of first appearance), items being keys with
     * value equality; {@code act} gives the key of g·item. Each orbit is computed once from its first item.
     *
     * @throws IllegalStateException if some g·item is not among the items (the group does not preserve them)
     */
    public <K> int[] orbits(List<K> items, BiFunction<int[], K, K> act) {
        return classes(items, act, false);
    }

    /**
     * Like {@link #orbits} for a list that need not be closed under the group: two items share a class when
     * a symmetry maps one to the other; images outside the list are ignored.
     */
    public <K> int[] classesWithin(List<K> items, BiFunction<int[], K, K> act) {
        return classes(items, act, true);
    }

    private <K> int[] classes(List<K> items, BiFunction<int[], K, K> act, boolean partial) {
        Map<K, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        int[] orbit = new int[items.size()];
        java.util.Arrays.fill(orbit, -1);
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            if (orbit[i] >= 0) {
                continue;
            }
            for (int[] g : elements) {
                Integer j = index.get(act.apply(g, items.get(i)));
                if (j == null && !partial) {
                    throw new IllegalStateException("a symmetry maps an item outside the set");
                }
                if (j != null) {
                    orbit[j] = next;
                }
            }
            next++;
        }
        return orbit;
    }

    /** g·v: (g v)[g(j)] = v[j]. */
    public static BigFraction[] permute(int[] g, BigFraction[] v) {
        BigFraction[] w = new BigFraction[v.length];
        for (int j = 0; j < v.length; j++) {
            w[g[j]] = v[j];
        }
        return w;
    }

    /** g·v for an integer vector whose first {@code offset} coordinates are not behaviour entries (left in place). */
    public static BigInteger[] permute(int[] g, BigInteger[] v, int offset) {
        BigInteger[] w = v.clone();
        for (int j = 0; j < g.length; j++) {
            w[offset + g[j]] = v[offset + j];
        }
        return w;
    }
}
