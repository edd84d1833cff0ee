package relax.lp.contextuality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.CompatibilityScenario;
import relax.core.contextuality.ContextualModel;
import relax.core.contextuality.ContextualStrategies;
import relax.core.locality.CausalModel;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Certificate;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * The context→outcome influence C_ctx→A and the noncontextual and slot-dependent feasibility LPs, as
 * {@link Relaxation}s over {@link ContextualStrategies}: values derived by hand (a lower bound from counting flips, an
 * upper bound from an explicit model), the relation to C_X→B of Chaves et al. 2015 on CHSH, the same verdict as the
 * LHV model, and certificates re-checked by brute force over every strategy in exact integer arithmetic.
 */
class ContextInfluenceTest {

    private static RelaxationResult solve(ContextualModel m, CompatibilityBehaviour p) {
        StrategySpace space = m.strategies(p.scenario());
        return new Relaxation(space, BehaviourConstraints.reproducing(p.asBehaviour())).solve(SolveOptions.defaults());
    }

    /**
     * Peres–Mermin, maximally mixed state: C_ctx = max(0, (3v − 2)/9).
     * Lower bound: in a context-dependent strategy let f be the number of measurements whose two copies differ and w the
     * number of parity-wrong contexts; the six context products multiply to (−1)^f, the quantum signs to −1, so f + w
     * is odd and f ≥ 1 − w. Averaging: Σ_m P(flip m) ≥ 1 − E[w] = 1 − 3(1 − v), and the largest of the nine flip
     * probabilities (each a measure row) is at least a ninth of that.
     * Upper bound: weight 3v − 2 on strategies with one flipped measurement and all contexts right, weight 3(1 − v) on
     * assignments with one wrong context, each symmetrised over the measurements (contexts) and the parity-preserving
     * sign flips: every context is right with probability 1 − 3(1 − v)/6 = (1 + v)/2, uniformly within each class, as
     * p_v; each measurement flips with probability (3v − 2)/9.
     */
    @Test
    void peresMerminMixedState() {
        for (int[] v : new int[][] {{1, 1}, {4, 5}}) {
            BigFraction vis = new BigFraction(v[0], v[1]);
            CompatibilityBehaviour p = Boxes.peresMerminMixed(vis);
            RelaxationResult r = solve(ContextualModel.CONTEXT_INFLUENCE, p);
            assertEquals(Status.OPTIMAL, r.status(), r.reason());
            assertEquals((3 * vis.doubleValue() - 2) / 9, r.value(), 1e-9, "v = " + vis);
            if (v[0] == 4) {
                bruteForce(ContextualModel.CONTEXT_INFLUENCE.strategies(p.scenario()), r.certificate());
            }
        }
        // below the threshold the influence is 0: the noncontextual LP is feasible exactly when v <= 2/3
        for (int[] v : new int[][] {{4, 5}, {2, 3}, {1, 2}}) {
            Status nc = solve(ContextualModel.NONCONTEXTUAL, Boxes.peresMerminMixed(new BigFraction(v[0], v[1]))).status();
            assertEquals(v[0] * 3 <= v[1] * 2 ? Status.OPTIMAL : Status.INFEASIBLE, nc, v[0] + "/" + v[1]);
        }
    }

    /**
     * With Pearl &amp; Cavalcanti's slot order the contexts share only m1, m5, m9, each in the same slot of one row and
     * one column: three disjoint pairs of contexts glued along one measurement, an acyclic hypergraph, so slot-dependent
     * responses reproduce the quantum behaviour (p(R_i, C_i) = p(m) p(R_i | m) p(C_i | m) is a model).
     */
    @Test
    void slotDependentResponsesReproduceQuantumPeresMermin() {
        RelaxationResult r = solve(ContextualModel.SLOT_DEPENDENT, Boxes.peresMerminMixed(BigFraction.ONE));
        assertEquals(Status.OPTIMAL, r.status(), r.reason());
        assertTrue(r.residual() <= 1e-9);
    }

    /**
     * CHSH isotropic boxes (S = 4E): C_ctx = max(0, (S − 2)/8) = C_X→B/2.
     * Lower bound: f + w is odd as above (four measurements, four contexts), E[w] = 4(1 − E)/2, so Σ_m P(flip m) ≥
     * 1 − 2(1 − E) and the largest is at least (2E − 1)/4. Upper bound: weight 2E − 1 on one flipped measurement with
     * all contexts right, 2(1 − E) on local assignments with one wrong context, symmetrised. Under X→B only Bob's two
     * measurements may flip, which doubles the bound: C_X→B = (S − 2)/4 (Chaves et al. 2015, eq. 8).
     */
    @Test
    void chshAsTheFourCycle() {
        for (double e : new double[] {1, Math.sqrt(0.5), 0.6, 0.5, 0.3}) {
            CompatibilityBehaviour p = Boxes.isotropic(new BigFraction(e));
            RelaxationResult ctx = solve(ContextualModel.CONTEXT_INFLUENCE, p);
            assertEquals(Status.OPTIMAL, ctx.status(), ctx.reason());
            assertEquals(Math.max(0, (4 * e - 2) / 8), ctx.value(), 1e-9, "E = " + e);
            bruteForce(ContextualModel.CONTEXT_INFLUENCE.strategies(p.scenario()), ctx.certificate());
            Behaviour bell = new Behaviour(Scenario.bipartite(2, 2, 2, 2), p.toArray());
            RelaxationResult x2b = new Relaxation(CausalModel.X_TO_B.strategies(bell.scenario()), BehaviourConstraints.reproducing(bell))
                    .solve(SolveOptions.defaults());
            assertEquals(x2b.value() / 2, ctx.value(), 1e-9);
            // same verdict as the LHV model of Fig. 1a
            Status lhv = new Relaxation(CausalModel.LHV.strategies(bell.scenario()), BehaviourConstraints.reproducing(bell)).solve(SolveOptions.defaults())
                    .status();
            assertEquals(lhv, solve(ContextualModel.NONCONTEXTUAL, p).status());
            assertEquals(e <= 0.5 ? Status.OPTIMAL : Status.INFEASIBLE, lhv);
        }
    }

    /**
     * Every X→B model is a context model with the same value (Bob's rows are the C_X→B rows, Alice's count 0), so
     * C_ctx ≤ C_X→B for every behaviour an X→B model reproduces; checked on random mixtures of X→B strategies of the
     * 3322 scenario.
     */
    @Test
    void contextInfluenceNeverExceedsXToB() {
        Random rng = new Random(3);
        Scenario s = Scenario.bipartite(3, 3, 2, 2);
        StrategySpace x2b = CausalModel.X_TO_B.strategies(s);
        for (int trial = 0; trial < 3; trial++) {
            double[] p = new double[s.size()];
            int[] entries = new int[s.inputBlocks()];
            double total = 0;
            double[] w = new double[4];
            for (int k = 0; k < w.length; k++) {
                w[k] = rng.nextDouble();
                total += w[k];
            }
            for (int k = 0; k < w.length; k++) {
                x2b.column(x2b.digits().digits(Math.floorMod(rng.nextLong(), x2b.size())), entries);
                for (int e : entries) {
                    p[e] += w[k] / total;
                }
            }
            Behaviour b = new Behaviour(s, p);
            RelaxationResult rx = new Relaxation(x2b, BehaviourConstraints.reproducing(b)).solve(SolveOptions.defaults());
            RelaxationResult rc = solve(ContextualModel.CONTEXT_INFLUENCE, CompatibilityBehaviour.fromBell(b));
            assertEquals(Status.OPTIMAL, rx.status(), rx.reason());
            assertEquals(Status.OPTIMAL, rc.status(), rc.reason());
            assertTrue(rc.value() <= rx.value() + 1e-9, rc.value() + " > " + rx.value());
        }
    }

    /**
     * A disturbing behaviour: measurement a is always 0 in context (a, b) but uniform in (a, c). Every model needs
     * Σ_λ q |[λ(a, ab) = 0] − [λ(a, ac) = 0]| ≥ |1 − 1/2|, and copying a fair coin into a's copy in (a, c) attains it:
     * C_ctx = 1/2, while no noncontextual model exists (Farkas certificate).
     */
    @Test
    void disturbanceForcesInfluence() {
        CompatibilityScenario s = CompatibilityScenario.of(List.of("a", "b", "c"), new int[] {2, 2, 2}, List.of("ab", "ac"),
                List.of(List.of("a", "b"), List.of("a", "c")));
        double[] p = {0.5, 0.5, 0, 0, 0.25, 0.25, 0.25, 0.25};
        CompatibilityBehaviour b = new CompatibilityBehaviour(s, p, "", "");
        RelaxationResult r = solve(ContextualModel.CONTEXT_INFLUENCE, b);
        assertEquals(Status.OPTIMAL, r.status());
        assertEquals(0.5, r.value(), 1e-9);
        RelaxationResult nc = solve(ContextualModel.NONCONTEXTUAL, b);
        assertEquals(Status.INFEASIBLE, nc.status());
        assertTrue(nc.certificate().provesInfeasible());
    }

    /**
     * ⟨ẑ, T_λ⟩ ≤ Σ_i ŵ_i counts_i(λ) for every strategy, in exact integer arithmetic (everything scaled by the common
     * denominator), and Σ ŵ ≤ 1.
     */
    static void bruteForce(ContextualStrategies space, Certificate c) {
        assertTrue(c.isChecked(), c.note());
        BigFraction[] z = c.entryWeights();
        BigFraction[] w = c.measureWeights();
        BigInteger d = BigInteger.ONE;
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction f : z) {
            d = d.divide(d.gcd(f.getDenominator())).multiply(f.getDenominator());
        }
        for (BigFraction f : w) {
            d = d.divide(d.gcd(f.getDenominator())).multiply(f.getDenominator());
            assertTrue(f.compareTo(BigFraction.ZERO) >= 0);
            sum = sum.add(f);
        }
        assertTrue(sum.compareTo(BigFraction.ONE) <= 0);
        long[] zi = new long[z.length];
        long[] wi = new long[w.length];
        for (int e = 0; e < z.length; e++) {
            zi[e] = z[e].multiply(d).getNumerator().longValueExact();
        }
        for (int i = 0; i < w.length; i++) {
            wi[i] = w[i].multiply(d).getNumerator().longValueExact();
        }
        int[] entries = new int[space.scenario().inputBlocks()];
        int[] counts = new int[space.measureRows()];
        int[] lambda = space.digits().first();
        do {
            space.column(lambda, entries);
            space.measureCounts(lambda, counts);
            long lhs = 0;
            for (int e : entries) {
                lhs = Math.addExact(lhs, zi[e]);
            }
            long rhs = 0;
            for (int i = 0; i < counts.length; i++) {
                rhs = Math.addExact(rhs, wi[i] * counts[i]);
            }
            assertTrue(lhs <= rhs, space.describe(lambda));
        } while (space.digits().next(lambda));
    }
}
