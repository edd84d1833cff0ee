package relax.core.microstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relax.core.Scenario;
import relax.core.strategy.BruteForce;
import relax.core.strategy.Pricing;
import relax.core.strategy.ResponseFunction;

class MicrostateStrategiesTest {

    static Stream<Arguments> spaces() {
        List<Arguments> a = new ArrayList<>();
        for (MicrostateMeasure m : MicrostateMeasure.values()) {
            a.add(Arguments.of(m, Scenario.bipartite(2, 2, 2, 2)));
            a.add(Arguments.of(m, Scenario.bipartite(2, 3, 2, 2)));
            a.add(Arguments.of(m, Scenario.bipartite(2, 2, 2, 3)));
            a.add(Arguments.of(m, m.far().equals("x") ? Scenario.bipartite(2, 2, 3, 2) : Scenario.bipartite(3, 2, 2, 2)));
        }
        return a.stream();
    }

    /** Bob's response b(v, y) read from the machine-readable response functions (not from the digits). */
    private static int[][] bob(MicrostateStrategies space, int[] lambda) {
        ResponseFunction b = space.responses(lambda).get(1);
        int my = space.scenario().inputs(1);
        int[][] r = new int[2][my];
        for (int v = 0; v < 2; v++) {
            for (int y = 0; y < my; y++) {
                r[v][y] = b.values()[v * my + y];
            }
        }
        return r;
    }

    /** The rows count, by definition, whether Bob's response differs between v = 0 and v = 1 (as a whole, or at y). */
    @ParameterizedTest
    @MethodSource("spaces")
    void measureRowsFollowTheirDefinition(MicrostateMeasure m, Scenario s) {
        MicrostateStrategies space = new MicrostateStrategies(m, s);
        int[] counts = new int[space.measureRows()];
        int[] lambda = space.digits().first();
        do {
            space.measureCounts(lambda, counts);
            int[][] b = bob(space, lambda);
            boolean any = false;
            for (int y = 0; y < s.inputs(1); y++) {
                any |= b[0][y] != b[1][y];
                if (m.givenY()) {
                    assertEquals(b[0][y] != b[1][y] ? 1 : 0, counts[y]);
                }
            }
            if (!m.givenY()) {
                assertEquals(any ? 1 : 0, counts[0]);
            }
        } while (space.digits().next(lambda));
    }

    /** The pricing search equals brute force over every strategy, and every kept strategy has the score it is offered with. */
    @ParameterizedTest
    @MethodSource("spaces")
    void pricingEqualsBruteForce(MicrostateMeasure m, Scenario s) {
        MicrostateStrategies space = new MicrostateStrategies(m, s);
        Random rng = new Random(17 * m.ordinal() + s.size());
        Pricing pricing = new Pricing(6, space.digits().length());
        for (int trial = 0; trial < 4; trial++) {
            double[] z = new double[s.size()];
            double[] w = new double[space.measureRows()];
            for (int i = 0; i < z.length; i++) {
                z[i] = rng.nextInt(21) - 10;
            }
            for (int i = 0; i < w.length; i++) {
                w[i] = rng.nextInt(8);
            }
            double best = BruteForce.max(space, z, w);
            space.price(z, w, pricing);
            assertEquals(best, pricing.max(), 0, "integer weights: exact");
            for (int k = 0; k < pricing.count(); k++) {
                assertEquals(pricing.score(k), BruteForce.score(space, pricing.strategy(k), z, w), 0, "kept strategy " + k);
            }
        }
    }

    @Test
    void refusesMoreThanTwoValuesOfTheFarVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MicrostateStrategies(MicrostateMeasure.ON_X, Scenario.bipartite(3, 2, 2, 2)));
        assertTrue(e.getMessage().contains("two settings of Alice, the scenario has 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MicrostateStrategies(MicrostateMeasure.ON_A_GIVEN_Y, Scenario.bipartite(2, 2, 3, 2)));
        assertTrue(e.getMessage().contains("two results of Alice, the scenario has 3"), e.getMessage());
    }

    @Test
    void labelsAndKeys() {
        MicrostateStrategies s = new MicrostateStrategies(MicrostateMeasure.ON_X_GIVEN_Y, Scenario.bipartite(2, 2, 2, 2));
        assertEquals("[b(x=0,y=1) != b(x=1,y=1)]", s.measureRowLabel(1));
        assertEquals("[b(a=0,.) != b(a=1,.)]", new MicrostateStrategies(MicrostateMeasure.ON_A, Scenario.bipartite(2, 2, 2, 2)).measureRowLabel(0));
        assertEquals(MicrostateMeasure.ON_A_GIVEN_Y, MicrostateMeasure.fromKey("A-given-y"));
        assertThrows(IllegalArgumentException.class, () -> MicrostateMeasure.fromKey("b"));
    }
}
