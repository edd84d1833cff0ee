package relax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BehaviourTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);

    private static double[] uniform() {
        double[] p = new double[16];
        java.util.Arrays.fill(p, 0.25);
        return p;
    }

    @Test
    void negativeEntryIsNamed() {
        double[] p = uniform();
        p[CHSH.index(1, 0, 0, 1)] = -0.25;
        p[CHSH.index(1, 0, 0, 0)] = 0.75;
        InvalidBehaviourException e = assertThrows(InvalidBehaviourException.class, () -> new Behaviour(CHSH, p).validate(1e-9));
        assertEquals("p[1][0][0][1] = -0.25 is negative: a probability cannot be below 0", e.getMessage());
    }

    @Test
    void roundingNoiseAroundZeroIsAccepted() {
        double[] p = uniform();
        p[0] = 0.25 - 1e-13;
        p[1] = 0.25 + 1e-13;
        new Behaviour(CHSH, p).validate(1e-9);
        p[0] = -1e-13;
        p[1] = 0.5 + 1e-13;
        new Behaviour(CHSH, p).validate(1e-9);
    }

    @Test
    void unnormalisedBlockIsNamed() {
        double[] p = uniform();
        p[CHSH.index(0, 1, 1, 1)] = 0.3;
        InvalidBehaviourException e = assertThrows(InvalidBehaviourException.class, () -> new Behaviour(CHSH, p).validate(1e-9));
        assertTrue(e.getMessage().startsWith("p[0][1] sums to 1.05"), e.getMessage());
    }

    @Test
    void nanIsRejected() {
        double[] p = uniform();
        p[3] = Double.NaN;
        InvalidBehaviourException e = assertThrows(InvalidBehaviourException.class, () -> new Behaviour(CHSH, p).validate(1e-9));
        assertEquals("p[0][0][1][1] = NaN is not a probability (not a finite number)", e.getMessage());
    }

    @Test
    void wrongLengthIsRejected() {
        assertThrows(InvalidBehaviourException.class, () -> new Behaviour(CHSH, new double[15]));
    }

    /** Bob outputs b = x: his marginal p(b=0|y) is 1 at x = 0 and 0 at x = 1. */
    @Test
    void signallingIsLocatedAndMeasured() {
        double[] p = new double[16];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                p[CHSH.index(x, y, 0, x)] = 1;
            }
        }
        Behaviour b = new Behaviour(CHSH, p);
        assertTrue(b.signallingTo(0, 1e-9).isEmpty());
        Signalling s = b.signallingTo(1, 1e-9).orElseThrow();
        assertEquals(1, s.amount(), 0);
        assertEquals(1, s.party());
        assertEquals("B's marginal p(b=0|y=0) changes with x: 1 at x=0, 0 at x=1 (difference 1.00)", s.describe());
    }

    @Test
    void mixtureIsConvexCombination() {
        double[] p = new double[16];
        for (int block = 0; block < 4; block++) {
            p[block * 4] = 1;
        }
        Behaviour m = new Behaviour(CHSH, p).mix(0.25, Behaviour.uniform(CHSH));
        assertEquals(0.25 + 0.75 * 0.25, m.get(0), 1e-15);
        assertEquals(0.75 * 0.25, m.get(1), 1e-15);
    }

    /** Exact entries are kept as given and each double is the nearest one: 1/10 → 0.1, 1/3 → 1.0/3.0. */
    @Test
    void exactEntriesAreKept() {
        Scenario s = Scenario.bipartite(1, 1, 2, 1);
        org.apache.commons.math3.fraction.BigFraction third = new org.apache.commons.math3.fraction.BigFraction(1, 3);
        Behaviour b = Behaviour.ofExact(s, new org.apache.commons.math3.fraction.BigFraction[] {third, third.multiply(2)}, "n", "");
        assertEquals(third, b.exact(0));
        assertEquals(1.0 / 3.0, b.get(0));
        assertEquals(2.0 / 3.0, b.get(1));
        assertTrue(b.hasWrittenValues());
        assertEquals(third, b.named("m", "d").exact(0));
        assertEquals("", b.normalisationNote());
        assertEquals("renormalised", b.withNote("renormalised").named("x", "").normalisationNote());
    }

    /** A computed behaviour's exact entries are the exact binary values of its doubles (0.1 is not 1/10). */
    @Test
    void computedBehaviourHasBinaryExactEntries() {
        double[] p = uniform();
        p[0] = 0.1;
        p[1] = 0.4;
        Behaviour b = new Behaviour(CHSH, p);
        assertEquals(new org.apache.commons.math3.fraction.BigFraction(0.1), b.exact(0));
        assertTrue(!b.hasWrittenValues());
        assertTrue(b.counts().isEmpty());
    }

    /** Counts 3, 1 give the frequencies 3/4, 1/4 exactly; the totals per block are kept. */
    @Test
    void countsGiveExactFrequencies() {
        Scenario s = Scenario.bipartite(1, 2, 2, 1);
        Behaviour b = Behaviour.ofCounts(s, new long[] {3, 1, 0, 7}, "", "");
        assertEquals(new org.apache.commons.math3.fraction.BigFraction(3, 4), b.exact(0));
        assertEquals(0.25, b.get(1));
        assertEquals(1, b.get(3));
        assertEquals("[4, 7]", java.util.Arrays.toString(b.countTotals().orElseThrow()));
        assertEquals("[3, 1, 0, 7]", java.util.Arrays.toString(b.counts().orElseThrow()));
        InvalidBehaviourException e = assertThrows(InvalidBehaviourException.class, () -> Behaviour.ofCounts(s, new long[] {3, 1, 0, 0}, "", ""));
        assertEquals("p[0][1] has no runs: its probabilities are unknown", e.getMessage());
    }
}
