package relax.core.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * Pearl &amp; Cavalcanti, Def. 2, on behaviours built by hand to break exactly one condition by a known amount, in
 * exact arithmetic.
 */
class NoDisturbanceTest {

    private static BigFraction f(int n, int d) {
        return new BigFraction(n, d);
    }

    /** Exact behaviour of a scenario from per-context tuples of fractions given as {numerator, denominator} pairs. */
    private static CompatibilityBehaviour exact(CompatibilityScenario s, BigFraction[][] perContext) {
        BigFraction[] e = new BigFraction[s.embedding().size()];
        java.util.Arrays.fill(e, BigFraction.ZERO);
        for (int c = 0; c < s.contexts(); c++) {
            for (int t = 0; t < perContext[c].length; t++) {
                e[s.entry(c, t)] = perContext[c][t];
            }
        }
        return CompatibilityBehaviour.ofExact(s, e, "", "");
    }

    /** White noise disturbs nothing. */
    @Test
    void uniformIsNonDisturbing() {
        NoDisturbance.Report r = NoDisturbance.check(CompatibilityBehaviour.uniform(Scenarios.peresMermin()), 0);
        assertTrue(r.holds());
        assertTrue(r.worst().isEmpty());
        assertTrue(r.exact());
    }

    /**
     * Bell 2222: Bob's marginal p(b=0|x,y) = 1/2 except p(b=0|x=1,y=0) = 1/3 (p(ab|10) = (1/6, 1/3, 1/6, 1/3)), Alice's
     * 1/2 everywhere. No-signalling from Alice to Bob is (i) for γ = {slot 2}: b ⊥ x | y, broken by 1/2 − 1/3 = 1/6 between
     * contexts A0B0 and A1B0. Alice's condition (γ = {slot 1}) holds.
     */
    @Test
    void signallingIsSlotConditionOfBob() {
        double q = 0.25;
        double[] p = {q, q, q, q, q, q, q, q, 1 / 6.0, 1 / 3.0, 1 / 6.0, 1 / 3.0, q, q, q, q};
        BigFraction[] e = new BigFraction[16];
        for (int i = 0; i < 16; i++) {
            e[i] = new BigFraction(1, 4);
        }
        e[8] = f(1, 6);
        e[9] = f(1, 3);
        e[10] = f(1, 6);
        e[11] = f(1, 3);
        CompatibilityScenario s = CompatibilityScenario.fromBell(Scenario.bipartite(2, 2, 2, 2));
        CompatibilityBehaviour b = CompatibilityBehaviour.ofExact(s, e, "", "");
        assertEquals(new Behaviour(Scenario.bipartite(2, 2, 2, 2), p).get(1, 0, 0, 1), b.get(2, 1), 1e-15);
        assertTrue(NoDisturbance.slotCondition(b, 0b01).isEmpty(), "Alice's marginal never moves");
        NoDisturbance.Disturbance d = NoDisturbance.slotCondition(b, 0b10).orElseThrow();
        assertEquals(f(1, 6), d.amount());
        assertEquals("A0B0", s.contextName(d.first()));
        assertEquals("A1B0", s.contextName(d.second()));
        assertEquals("B0=0", d.outcome());
        NoDisturbance.Report r = NoDisturbance.check(b, 1e-9);
        assertFalse(r.holds());
        assertEquals(f(1, 6), r.largest().orElseThrow().amount());
        assertTrue(r.of(NoDisturbance.Condition.SYMMETRY).isEmpty(), "in a Bell scenario no measurement changes slot");
    }

    /**
     * Def. 2 (ii) alone: the 3-cycle with contexts (m0,m1), (m1,m2), (m2,m0) fills every measurement into slot 1 in one
     * context and slot 2 in another, so (i) constrains nothing (no two contexts share a measurement in the same slot).
     * m0 always 0 in c0 but uniform in c2 (p(m2, m0 | c2) uniform): (ii) broken by 1 − 1/2 = 1/2 for m0.
     */
    @Test
    void slotSymmetryAlone() {
        CompatibilityScenario s = Scenarios.cycle(3);
        BigFraction h = f(1, 2);
        BigFraction z = BigFraction.ZERO;
        BigFraction u = f(1, 4);
        // c0 = (m0, m1): m0 = 0, m1 uniform → tuples 00, 01 with 1/2; c1 = (m1, m2): uniform; c2 = (m2, m0): uniform
        CompatibilityBehaviour b = exact(s, new BigFraction[][] {{h, h, z, z}, {u, u, u, u}, {u, u, u, u}});
        NoDisturbance.Report r = NoDisturbance.check(b, 0);
        assertTrue(r.holds(NoDisturbance.Condition.SLOTS));
        NoDisturbance.Disturbance d = r.of(NoDisturbance.Condition.SYMMETRY).orElseThrow();
        assertEquals(h, d.amount());
        assertTrue(d.subject().startsWith("m0 in slot 1 of c0 and slot 2 of c2"), d.subject());
        assertEquals(f(1, 1), d.inFirst());
        assertEquals(h, d.inSecond());
        assertFalse(r.holds());
    }

    /**
     * (i) with |γ| = 2 only: two three-slot contexts (a,b,c) and (a,b,d) share a, b in slots 1, 2. Both single marginals
     * of a and b are uniform in each, but a = b in the first and a ≠ b in the second: the joint of (A_1, A_2) differs by
     * 1/2 while every singleton condition holds.
     */
    @Test
    void pairConditionWithUniformMarginals() {
        CompatibilityScenario s = CompatibilityScenario.of(List.of("a", "b", "c", "d"), Scenarios.twos(4), List.of("abc", "abd"),
                List.of(List.of("a", "b", "c"), List.of("a", "b", "d")));
        BigFraction q = f(1, 4);
        BigFraction z = BigFraction.ZERO;
        // tuples abc: 000, 001 (a=b=0), 110, 111 (a=b=1); abd: 010, 011, 100, 101 (a≠b)
        CompatibilityBehaviour b = exact(s, new BigFraction[][] {{q, q, z, z, z, z, q, q}, {z, z, q, q, q, q, z, z}});
        assertTrue(NoDisturbance.slotCondition(b, 0b001).isEmpty());
        assertTrue(NoDisturbance.slotCondition(b, 0b010).isEmpty());
        NoDisturbance.Disturbance d = NoDisturbance.slotCondition(b, 0b011).orElseThrow();
        assertEquals(f(1, 2), d.amount());
        assertEquals("A_1,A_2 (a,b)", d.subject());
        assertFalse(NoDisturbance.check(b, 1e-9).holds());
    }

    /**
     * Shared measurements in different slots (not covered by Def. 2): contexts (a,b) and (b,a) with uniform marginals,
     * a = b in the first and a ≠ b in the second. (i) and (ii) hold; the joint of {a, b} differs by 1/2.
     */
    @Test
    void sharedPairInSwappedSlots() {
        CompatibilityScenario s = CompatibilityScenario.of(List.of("a", "b"), Scenarios.twos(2), List.of("ab", "ba"),
                List.of(List.of("a", "b"), List.of("b", "a")));
        BigFraction h = f(1, 2);
        BigFraction z = BigFraction.ZERO;
        CompatibilityBehaviour b = exact(s, new BigFraction[][] {{h, z, z, h}, {z, h, h, z}});
        NoDisturbance.Report r = NoDisturbance.check(b, 0);
        assertTrue(r.holds(), "Def. 2 (i) and (ii) hold");
        NoDisturbance.Disturbance d = r.of(NoDisturbance.Condition.SHARED).orElseThrow();
        assertEquals(h, d.amount());
        assertEquals("a,b", d.subject());
    }

    /** Exactness: 1/3 and 0.333… differ by an exact, tiny amount that the report keeps. */
    @Test
    void differencesAreExact() {
        CompatibilityScenario s = Scenarios.cycle(3);
        BigFraction third = f(1, 3);
        BigFraction rest = f(2, 3);
        BigFraction decimal = new BigFraction(new java.math.BigInteger("333333333333"), java.math.BigInteger.TEN.pow(12));
        BigFraction z = BigFraction.ZERO;
        // m0 = 0 with probability 1/3 in c0 (slot 1) and 0.333333333333 in c2 (slot 2); m1, m2 marginals 1/2-free (deterministic 0)
        CompatibilityBehaviour b = exact(s, new BigFraction[][] {{third, z, rest, z}, {BigFraction.ONE, z, z, z},
            {decimal, BigFraction.ONE.subtract(decimal), z, z}});
        NoDisturbance.Disturbance d = NoDisturbance.check(b, 0).of(NoDisturbance.Condition.SYMMETRY).orElseThrow();
        assertEquals(third.subtract(decimal), d.amount());
    }
}
