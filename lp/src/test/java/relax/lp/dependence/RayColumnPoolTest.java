package relax.lp.dependence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pool of (λ, ray) columns against a reference written with java.util collections: same columns, same order. */
class RayColumnPoolTest {

    @Test
    void firstOccurrenceIsKeptAndDuplicatesAreRefused() {
        RayColumnPool pool = new RayColumnPool();
        assertTrue(pool.add(3, 1));
        assertTrue(pool.add(1, 3));
        assertFalse(pool.add(3, 1));
        assertTrue(pool.add(3, 2));
        assertEquals(3, pool.count());
        assertEquals(3, pool.lambda(0));
        assertEquals(1, pool.ray(0));
        assertEquals(1, pool.lambda(1));
        assertEquals(3, pool.ray(1));
        assertEquals(2, pool.ray(2));
    }

    /**
     * Seeded random adds (many repeats, λ and rays up to 2^40 and small, past several table growths) and retains
     * (dropped columns may come back), compared after every step with a list of pairs plus a HashSet of them.
     */
    @Test
    void agreesWithReferenceThroughGrowthAndRetain() {
        Random random = new Random(20261201L);
        RayColumnPool pool = new RayColumnPool();
        List<long[]> order = new ArrayList<>();
        Set<List<Long>> present = new HashSet<>();
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 300; i++) {
                long lambda = random.nextBoolean() ? random.nextInt(200) : random.nextLong() & ((1L << 40) - 1);
                long ray = random.nextInt(16);
                boolean added = present.add(List.of(lambda, ray));
                if (added) {
                    order.add(new long[] {lambda, ray});
                }
                assertEquals(added, pool.add(lambda, ray));
            }
            int modulus = 2 + round % 5;
            pool.retain(c -> c % modulus != 0);
            List<long[]> kept = new ArrayList<>();
            for (int c = 0; c < order.size(); c++) {
                if (c % modulus != 0) {
                    kept.add(order.get(c));
                } else {
                    present.remove(List.of(order.get(c)[0], order.get(c)[1]));
                }
            }
            order = kept;
            assertEquals(order.size(), pool.count());
            for (int c = 0; c < order.size(); c++) {
                assertEquals(order.get(c)[0], pool.lambda(c));
                assertEquals(order.get(c)[1], pool.ray(c));
            }
        }
    }
}
