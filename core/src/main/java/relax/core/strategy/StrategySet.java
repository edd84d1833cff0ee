package relax.core.strategy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of strategies given by their digit tuples (which strategies are already columns of a master).
 * Tuples are copied on insertion; lookups do not allocate beyond the wrapper. Not thread-safe.
 */
public final class StrategySet {
    private final Set<Key> keys = new HashSet<>();

    /** Adds a copy of {@code digits}; false if it was present. */
    public boolean add(int[] digits) {
        return keys.add(new Key(digits.clone()));
    }

    /** Removes {@code digits}; false if it was absent. */
    public boolean remove(int[] digits) {
        return keys.remove(new Key(digits));
    }

    public boolean contains(int[] digits) {
        return keys.contains(new Key(digits));
    }

    public int size() {
        return keys.size();
    }

    private record Key(int[] digits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(digits, k.digits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digits);
        }
    }
}
