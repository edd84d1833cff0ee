package relax.core.strategy;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The one codec of every strategy space: a deterministic strategy is a tuple of digits
 * (d_0, …, d_{n−1}) with 0 ≤ d_i &lt; r_i, and, when the space has at most 2^63 − 1 strategies, the index
 * <pre>  λ = d_0 + r_0·(d_1 + r_1·(d_2 + …))      (digit 0 least significant).</pre>
 * Each space says what its digits mean (an output per input, a message per input, …); column
 * generation and the exact certificate work on the digits, so spaces larger than 2^63 are fine as long
 * as nothing enumerates them. Immutable.
 */
public final class MixedRadix {
    private final int[] radices;
    private final BigInteger count;
    private final long size;

    /** The codec of digits with the given radices (each ≥ 1); the array is copied. */
    public MixedRadix(int... radices) {
        this.radices = radices.clone();
        BigInteger c = BigInteger.ONE;
        for (int r : this.radices) {
            if (r < 1) {
                throw new IllegalArgumentException("every digit needs at least one value, got radix " + r);
            }
            c = c.multiply(BigInteger.valueOf(r));
        }
        this.count = c;
        this.size = c.bitLength() < 64 ? c.longValueExact() : -1;
    }

    /** Number of digits. */
    public int length() {
        return radices.length;
    }

    /** r_i. */
    public int radix(int i) {
        return radices[i];
    }

    /** Number of strategies Π r_i, exactly. */
    public BigInteger count() {
        return count;
    }

    /** Whether every strategy has a {@code long} index. */
    public boolean indexable() {
        return size >= 0;
    }

    /**
     * Number of strategies as a {@code long}, or {@link Long#MAX_VALUE} when there are more (such a space
     * can only be searched, never enumerated).
     */
    public long size() {
        return size >= 0 ? size : Long.MAX_VALUE;
    }

    /** A new all-zero digit tuple: the first strategy. */
    public int[] first() {
        return new int[radices.length];
    }

    /**
     * Advances {@code digits} to the next strategy in index order (odometer); returns false, leaving the
     * digits all zero, after the last one. No allocation.
     */
    public boolean next(int[] digits) {
        for (int i = 0; i < radices.length; i++) {
            if (++digits[i] < radices[i]) {
                return true;
            }
            digits[i] = 0;
        }
        return false;
    }

    /** The index λ of {@code digits} (not modified); requires {@link #indexable()}. */
    public long index(int[] digits) {
        requireIndexable();
        long v = 0;
        for (int i = radices.length - 1; i >= 0; i--) {
            v = v * radices[i] + digits[i];
        }
        return v;
    }

    /** Writes the digits of index λ into {@code digits} (modified); requires 0 ≤ λ &lt; {@link #size()}. */
    public void digits(long index, int[] digits) {
        requireIndexable();
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("strategy index " + index + " outside [0, " + size + ")");
        }
        long rest = index;
        for (int i = 0; i < radices.length; i++) {
            digits[i] = (int) (rest % radices[i]);
            rest /= radices[i];
        }
    }

    /** The digits of index λ, newly allocated. */
    public int[] digits(long index) {
        int[] d = new int[radices.length];
        digits(index, d);
        return d;
    }

    /** Whether every digit is within its radix. */
    public boolean valid(int[] digits) {
        if (digits.length != radices.length) {
            return false;
        }
        for (int i = 0; i < radices.length; i++) {
            if (digits[i] < 0 || digits[i] >= radices[i]) {
                return false;
            }
        }
        return true;
    }

    private void requireIndexable() {
        if (size < 0) {
            throw new IllegalStateException("a space of " + count + " strategies has no long index; use its digits");
        }
    }

    @Override
    public String toString() {
        return "MixedRadix" + Arrays.toString(radices);
    }
}
