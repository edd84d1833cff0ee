package relax.lp.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import relax.core.Scenario;
import relax.core.strategy.MixedRadix;
import relax.core.strategy.Pricing;
import relax.core.strategy.ResponseFunction;
import relax.core.strategy.StrategySpace;

/**
 * The pool of strategies a master has as columns: order of entry, copies, deduplication for column generation,
 * compaction, and enumeration of a whole space in index order or its refusal. Expected tuples are written out by hand
 * from the codec λ = d_0 + r_0·(d_1 + r_1·d_2) (digit 0 least significant).
 */
class StrategyPoolTest {

    /** A space that is only its codec: the pool reads nothing else. */
    private static StrategySpace space(int... radices) {
        MixedRadix digits = new MixedRadix(radices);
        return new StrategySpace() {
            @Override
            public Scenario scenario() {
                throw new UnsupportedOperationException();
            }

            @Override
            public MixedRadix digits() {
                return digits;
            }

            @Override
            public void column(int[] strategy, int[] entries) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ResponseFunction> responses(int[] strategy) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void price(double[] z, double[] w, Pricing out) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static int[] strategy(StrategyPool pool, int k) {
        int[] out = new int[pool.width()];
        pool.strategy(k, out);
        return out;
    }

    @Test
    void enumeratesEveryStrategyInIndexOrder() {
        StrategyPool pool = new StrategyPool(space(2, 3), false);
        pool.addEvery();
        // radices (2, 3): λ = d0 + 2·d1, so λ = 0…5 are (0,0) (1,0) (0,1) (1,1) (0,2) (1,2)
        int[][] expected = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0, 2}, {1, 2}};
        assertEquals(2, pool.width());
        assertEquals(6, pool.count());
        for (int k = 0; k < expected.length; k++) {
            assertArrayEquals(expected[k], strategy(pool, k));
        }
    }

    @Test
    void growsPastItsFirstCapacity() {
        // 5·5·5 = 125 strategies, more than the 64 the pool first has room for; strategy λ is (λ mod 5, ⌊λ/5⌋ mod 5, ⌊λ/25⌋)
        StrategyPool pool = new StrategyPool(space(5, 5, 5), false);
        pool.addEvery();
        assertEquals(125, pool.count());
        for (int k = 0; k < 125; k++) {
            assertArrayEquals(new int[] {k % 5, k / 5 % 5, k / 25}, strategy(pool, k));
        }
    }

    @Test
    void refusesToEnumerateMoreThanTheMaximum() {
        // 10000·10000 = 10^8 strategies > Method.ENUMERATION_MAXIMUM = 5·10^7
        StrategyPool pool = new StrategyPool(space(10_000, 10_000), false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pool::addEvery);
        assertEquals("cannot enumerate 100000000 strategies (at most 50000000); use column generation", e.getMessage());
        assertEquals(0, pool.count());
    }

    @Test
    void refusesASpaceWithoutLongIndices() {
        // 64 binary digits: 2^64 = 18446744073709551616 strategies, beyond a long index
        int[] radices = new int[64];
        Arrays.fill(radices, 2);
        StrategyPool pool = new StrategyPool(space(radices), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pool::addEvery);
        assertEquals("cannot enumerate 18446744073709551616 strategies (at most 50000000); use column generation", e.getMessage());
        assertEquals(0, pool.count());
    }

    @Test
    void columnGenerationAddsAStrategyOnceAndKeepsACopy() {
        StrategyPool pool = new StrategyPool(space(2, 3), true);
        int[] s = {1, 2};
        assertTrue(pool.add(s));
        s[0] = 0; // the caller's array is reused, as pricers do; the pool holds its own copy
        s[1] = 1;
        assertTrue(pool.add(s));
        assertFalse(pool.add(new int[] {1, 2}));
        assertFalse(pool.add(new int[] {0, 1}));
        assertEquals(2, pool.count());
        assertArrayEquals(new int[] {1, 2}, strategy(pool, 0));
        assertArrayEquals(new int[] {0, 1}, strategy(pool, 1));
    }

    @Test
    void withoutDeduplicationEveryAddAppends() {
        StrategyPool pool = new StrategyPool(space(2, 3), false);
        assertTrue(pool.add(new int[] {1, 2}));
        assertTrue(pool.add(new int[] {1, 2}));
        assertEquals(2, pool.count());
        assertArrayEquals(new int[] {1, 2}, strategy(pool, 1));
    }

    @Test
    void retainKeepsOrderAndForgetsTheDropped() {
        StrategyPool pool = new StrategyPool(space(2, 2), true);
        pool.add(new int[] {0, 0});
        pool.add(new int[] {1, 0});
        pool.add(new int[] {0, 1});
        pool.add(new int[] {1, 1});
        pool.retain(k -> k % 2 == 1); // keeps strategies 1 and 3: (1,0), (1,1)
        assertEquals(2, pool.count());
        assertArrayEquals(new int[] {1, 0}, strategy(pool, 0));
        assertArrayEquals(new int[] {1, 1}, strategy(pool, 1));
        assertTrue(pool.add(new int[] {0, 0}), "a dropped strategy may be priced in again");
        assertFalse(pool.add(new int[] {1, 0}), "a kept strategy is still a column");
        assertEquals(3, pool.count());
        assertArrayEquals(new int[] {0, 0}, strategy(pool, 2));
    }

    @Test
    void retainWithoutDeduplicationCompactsOnly() {
        StrategyPool pool = new StrategyPool(space(2, 3), false);
        pool.addEvery();
        pool.retain(k -> k >= 4); // λ = 4, 5: (0,2), (1,2)
        assertEquals(2, pool.count());
        assertArrayEquals(new int[] {0, 2}, strategy(pool, 0));
        assertArrayEquals(new int[] {1, 2}, strategy(pool, 1));
    }
}
