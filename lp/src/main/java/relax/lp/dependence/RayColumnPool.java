package relax.lp.dependence;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The generated columns of the measurement-dependence master: pairs (λ, ray) — λ the index of a deterministic local
 * strategy, ray the code of a ray of {@link MeasurementDependenceMeasure} — in the order they entered, without
 * duplicates. Column c is stored at {@code pairs[2c]} (λ) and {@code pairs[2c + 1]} (ray) of one flat {@code long[]};
 * duplicates are found through an open-addressing (linear probing) table of column indices + 1 (0: empty slot),
 * kept at most half full. Adding, reading and {@link #retain} allocate nothing per column (both arrays grow by
 * doubling). Not thread-safe.
 */
final class RayColumnPool {
    private long[] pairs = new long[2 * 64];
    private int count;
    private int[] slots = new int[128];

    /** Number of columns. */
    int count() {
        return count;
    }

    /** The strategy λ of column c. */
    long lambda(int c) {
        return pairs[2 * c];
    }

    /** The ray of column c. */
    long ray(int c) {
        return pairs[2 * c + 1];
    }

    /** Appends (λ, ray) as column {@link #count()} unless it is already a column; returns whether it was added. */
    boolean add(long lambda, long ray) {
        int mask = slots.length - 1;
        int i = hash(lambda, ray) & mask;
        for (int c = slots[i]; c != 0; c = slots[i]) {
            if (pairs[2 * (c - 1)] == lambda && pairs[2 * (c - 1) + 1] == ray) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (2 * count + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, 2 * pairs.length);
        }
        pairs[2 * count] = lambda;
        pairs[2 * count + 1] = ray;
        count++;
        if (2 * count > slots.length) {
            slots = new int[2 * slots.length];
            index();
        } else {
            slots[i] = count;
        }
        return true;
    }

    /** Keeps only the columns c with {@code keep.test(c)}, in their order; the others are forgotten and may be added again. */
    void retain(IntPredicate keep) {
        int kept = 0;
        for (int c = 0; c < count; c++) {
            if (keep.test(c)) {
                pairs[2 * kept] = pairs[2 * c];
                pairs[2 * kept + 1] = pairs[2 * c + 1];
                kept++;
            }
        }
        count = kept;
        Arrays.fill(slots, 0);
        index();
    }

    /** Enters every column into the (empty) table. */
    private void index() {
        int mask = slots.length - 1;
        for (int c = 0; c < count; c++) {
            int i = hash(pairs[2 * c], pairs[2 * c + 1]) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = c + 1;
        }
    }

    /** The pair's hash: the 64-bit finaliser of MurmurHash3 applied to λ·φ + ray (φ the golden-ratio constant of SplitMix64). */
    private static int hash(long lambda, long ray) {
        long h = lambda * 0x9E3779B97F4A7C15L + ray;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
