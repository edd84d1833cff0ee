package relax.scenarios.microstate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact joint distribution P(x, y, λ, λ_a, λ_b, a, b) of a {@link HiddenVariableModel}: the product of
 * its tables, stored sparsely (only non-zero entries), with exact marginals.
 *
 * <p>An assignment of the seven variables is packed into a key Σ_v digit_v · stride_v (mixed radix in
 * causal order, b fastest); a marginal over a variable set S is keyed the same way with the digits of the
 * variables outside S set to 0, so the key of an assignment's restriction to S is {@link #project}.
 */
public final class JointDistribution {
    /** Largest number of non-zero joint entries audited; beyond it the model is refused as too large. */
    public static final int MAX_ENTRIES = 100_000;

    private final int[] radix;
    private final long[] stride;
    private final long[] keys;
    private final Surd[] values;
    private final Map<Integer, Map<Long, Surd>> marginals = new HashMap<>();

    private JointDistribution(int[] radix, long[] stride, long[] keys, Surd[] values) {
        this.radix = radix;
        this.stride = stride;
        this.keys = keys;
        this.values = values;
    }

    /**
     * Multiplies out the model's tables, skipping every branch whose partial product is zero.
     *
     * @throws InvalidModelException when the model has more than {@link #MAX_ENTRIES} non-zero entries (too large to audit)
     */
    public static JointDistribution of(HiddenVariableModel model) {
        int n = ModelVariable.values().length;
        int[] radix = new int[n];
        for (ModelVariable v : ModelVariable.values()) {
            radix[v.ordinal()] = model.count(v);
        }
        long[] stride = new long[n];
        long s = 1;
        for (int v = n - 1; v >= 0; v--) {
            stride[v] = s;
            s = Math.multiplyExact(s, radix[v]);
        }
        // each table is multiplied in once its last variable (in causal order) is assigned
        @SuppressWarnings("unchecked")
        List<ConditionalTable>[] completeAt = new List[n];
        for (int v = 0; v < n; v++) {
            completeAt[v] = new java.util.ArrayList<>();
        }
        for (ConditionalTable t : model.tables()) {
            completeAt[31 - Integer.numberOfLeadingZeros(t.variables())].add(t);
        }
        Builder b = new Builder(radix, stride, completeAt, model.combinations());
        b.expand(0, Surd.ONE, 0L);
        return new JointDistribution(radix, stride, java.util.Arrays.copyOf(b.keys, b.size), java.util.Arrays.copyOf(b.values, b.size));
    }

    private static final class Builder {
        final int[] radix;
        final long[] stride;
        final List<ConditionalTable>[] completeAt;
        final int[] digits;
        final long combinations;
        long[] keys = new long[64];
        Surd[] values = new Surd[64];
        int size;

        Builder(int[] radix, long[] stride, List<ConditionalTable>[] completeAt, long combinations) {
            this.combinations = combinations;
            this.radix = radix;
            this.stride = stride;
            this.completeAt = completeAt;
            this.digits = new int[radix.length];
        }

        void expand(int v, Surd product, long key) {
            if (v == radix.length) {
                if (size == MAX_ENTRIES) {
                    throw new InvalidModelException("the model has more than " + MAX_ENTRIES + " non-zero joint probabilities (of "
                            + combinations + " value combinations): too large to audit exactly");
                }
                if (size == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, 2 * size);
                    values = java.util.Arrays.copyOf(values, 2 * size);
                }
                keys[size] = key;
                values[size++] = product;
                return;
            }
            for (int d = 0; d < radix[v]; d++) {
                digits[v] = d;
                Surd p = product;
                for (ConditionalTable t : completeAt[v]) {
                    p = p.multiply(t.at(digits));
                    if (p.isZero()) {
                        break;
                    }
                }
                if (!p.isZero()) {
                    expand(v + 1, p, key + d * stride[v]);
                }
            }
        }
    }

    /** Number of values of variable v. */
    public int radix(ModelVariable v) {
        return radix[v.ordinal()];
    }

    /** The value index of variable v in a packed key. */
    public int digit(long key, ModelVariable v) {
        return (int) (key / stride[v.ordinal()] % radix[v.ordinal()]);
    }

    /** The packed key with variable v set to value index d (v's digit in {@code key} must be 0). */
    public long with(long key, ModelVariable v, int d) {
        return key + d * stride[v.ordinal()];
    }

    /** The key of an assignment's restriction to the variables in {@code set}. */
    public long project(long key, int set) {
        long r = 0;
        for (ModelVariable v : ModelVariable.values()) {
            if ((set & v.bit()) != 0) {
                r += digit(key, v) * stride[v.ordinal()];
            }
        }
        return r;
    }

    /** Number of non-zero joint entries. */
    public int entries() {
        return keys.length;
    }

    /**
     * The marginal P(S) over the variables in {@code set}: non-zero entries only, keyed by {@link #project}.
     * Cached; the map must not be modified.
     */
    public Map<Long, Surd> marginal(int set) {
        return marginals.computeIfAbsent(set, s -> {
            Map<Long, Surd> m = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                m.merge(project(keys[i], s), values[i], Surd::add);
            }
            return m;
        });
    }

    /** P(S = the restriction of {@code key} to {@code set}); 0 when absent. */
    public Surd probability(long key, int set) {
        return marginal(set).getOrDefault(project(key, set), Surd.ZERO);
    }

    /** P(target | given) at the assignment {@code key}, or null where P(given) = 0 (undefined). */
    public Surd conditional(long key, int target, int given) {
        Surd g = probability(key, given);
        return g.isZero() ? null : probability(key, target | given).divide(g);
    }
}
