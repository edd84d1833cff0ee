package relax.core.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;
import relax.core.network.SwappingStrategies;

/**
 * The one mixed-radix codec is a bijection for every strategy space: index → digits → index is the
 * identity, the odometer visits the indices in order, and distinct digit tuples are distinct strategies
 * (their response functions differ), so the number of distinct response tables equals the count.
 */
class StrategyCodecTest {

    static Stream<StrategySpace> spaces() {
        List<StrategySpace> all = new ArrayList<>();
        for (Scenario s : new Scenario[] {Scenario.bipartite(2, 2, 2, 2), Scenario.bipartite(3, 2, 2, 3), Scenario.bipartite(2, 3, 3, 2)}) {
            for (CausalModel m : CausalModel.values()) {
                all.add(m.strategies(s));
            }
            all.add(new LhvStrategies(s));
        }
        all.add(new LhvStrategies(Scenario.of(new int[] {2, 3, 2}, new int[] {2, 2, 3})));
        all.add(SwappingStrategies.of(Scenario.of(new int[] {2, 1, 2}, new int[] {2, 4, 2})));
        all.add(SwappingStrategies.of(Scenario.of(new int[] {3, 1, 2}, new int[] {2, 3, 2})));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("spaces")
    void digitsAreABijectionOntoTheStrategies(StrategySpace space) {
        MixedRadix codec = space.digits();
        assertTrue(codec.indexable());
        assertTrue(space.size() <= 200_000, "small spaces only: " + space.size());
        Set<String> seen = new HashSet<>();
        int[] odometer = codec.first();
        int[] entries = new int[space.scenario().inputBlocks()];
        for (long index = 0; index < space.size(); index++) {
            int[] d = codec.digits(index);
            assertArrayEquals(d, odometer, "the odometer visits indices in order");
            assertTrue(codec.valid(d));
            assertEquals(index, codec.index(d));
            space.column(d, entries);
            for (int block = 0; block < entries.length; block++) {
                int k = space.scenario().outcomesPerBlock();
                assertTrue(entries[block] >= block * k && entries[block] < (block + 1) * k, "one entry per input block");
            }
            assertTrue(seen.add(space.describe(d)), "two digit tuples describe the same strategy: " + space.describe(d));
            assertEquals(index < space.size() - 1, codec.next(odometer));
        }
        assertEquals(BigInteger.valueOf(space.size()), space.count());
        assertEquals(space.size(), seen.size());
    }

    @Test
    void countsPast63BitsWithoutAnIndex() {
        // X→B with 8 inputs each and binary outputs: 2^8 · 2^(8·8) = 2^72 strategies (Chaves et al. 2015, after eq. 28)
        StrategySpace x2b = CausalModel.X_TO_B.strategies(Scenario.bipartite(8, 8, 2, 2));
        assertEquals(BigInteger.TWO.pow(72), x2b.count());
        assertFalse(x2b.digits().indexable());
        assertEquals(Long.MAX_VALUE, x2b.size());
        assertThrows(IllegalStateException.class, () -> x2b.digits().index(x2b.digits().first()));
    }

    @Test
    void leastSignificantDigitFirst() {
        MixedRadix r = new MixedRadix(2, 3, 4);
        assertEquals(24, r.size());
        assertEquals(1 + 2 * (2 + 3 * 3), r.index(new int[] {1, 2, 3}));
        assertArrayEquals(new int[] {1, 2, 3}, r.digits(23));
        assertThrows(IllegalArgumentException.class, () -> new MixedRadix(2, 0));
    }
}
