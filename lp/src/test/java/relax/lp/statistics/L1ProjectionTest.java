package relax.lp.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.Boxes;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;

class L1ProjectionTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);

    /**
     * Counts of {@code runs} trials per setting drawn from {@code p} (seeded): relative frequencies that signal by
     * sampling noise.
     */
    static Behaviour sample(Behaviour p, int runs, long seed) {
        Random r = new Random(seed);
        Scenario s = p.scenario();
        int k = s.outcomesPerBlock();
        long[] counts = new long[s.size()];
        for (int block = 0; block < s.inputBlocks(); block++) {
            for (int t = 0; t < runs; t++) {
                double u = r.nextDouble();
                int o = 0;
                double c = p.get(block * k);
                while (u >= c && o < k - 1) {
                    c += p.get(block * k + ++o);
                }
                counts[block * k + o]++;
            }
        }
        return Behaviour.ofCounts(s, counts, "sample", "");
    }

    static Behaviour werner(double v) {
        return Boxes.tsirelson().mix(v, Behaviour.uniform(CHSH));
    }

    @Test
    void x2bProjectionOfSignallingFrequenciesMatchesAnExplicitLp() {
        for (long seed = 1; seed <= 5; seed++) {
            Behaviour data = sample(werner(0.9), 200, seed);
            Fit fit = new L1Projection(CausalModel.X_TO_B.strategies(CHSH), data).solve(SolveOptions.defaults());
            assertEquals(Status.OPTIMAL, fit.status(), fit.reason());
            // the x2b behaviours are exactly those with Alice's marginal independent of y (b = f(x, y, λ) can reproduce any
            // such p by coupling per x): an explicit LP over p' with Commons Math's simplex, a different formulation and solver
            assertEquals(explicitDistance(data, false), fit.distanceValue(), 1e-9);
            assertEquals(fit.distance().doubleValue(), fit.certificate().boundValue(), 1e-9);
            assertInStructure(fit.fitted(), false);
        }
    }

    @Test
    void noSignallingX2bProjectionIsTheProjectionOntoTheNoSignallingPolytope() {
        // x2b's behaviours contain every no-signalling one, so with the no-signalling rows the fit is the projection onto
        // the no-signalling polytope: the explicit LP with both marginal conditions
        for (long seed = 1; seed <= 4; seed++) {
            Behaviour data = sample(werner(0.9), 300, seed);
            Fit fit = new L1Projection(CausalModel.X_TO_B.strategies(CHSH), data, true).solve(SolveOptions.defaults());
            assertEquals(Status.OPTIMAL, fit.status(), fit.reason());
            assertEquals(explicitDistance(data, false, true), fit.distanceValue(), 1e-9);
            assertEquals(fit.distance().doubleValue(), fit.certificate().boundValue(), 1e-9);
            assertInStructure(fit.fitted(), true);
        }
    }

    @Test
    void lhvProjectionMatchesFinesTheorem() {
        for (long seed = 1; seed <= 3; seed++) {
            Behaviour data = sample(werner(0.95), 150, seed);
            Fit fit = new L1Projection(CausalModel.LHV.strategies(CHSH), data).solve(SolveOptions.defaults());
            assertEquals(Status.OPTIMAL, fit.status(), fit.reason());
            // Fine's theorem: in the CHSH scenario the local polytope is the no-signalling polytope cut by the 8 CHSH inequalities
            assertEquals(explicitDistance(data, true), fit.distanceValue(), 1e-9);
            assertInStructure(fit.fitted(), true);
        }
    }

    @Test
    void prBoxIsAtL1DistanceTwoFromTheLocalPolytope() {
        // by hand: (PR + white noise)/2 is local and at distance (1/2)·Σ_blocks Σ_ab |PR − 1/4| = (1/2)·4·1 = 2; and z = +1 on
        // the PR box's support, −1 elsewhere gives ⟨z, PR⟩ = 4 while a deterministic local strategy satisfies a⊕b = xy in at
        // most 3 blocks, so ⟨z, T_λ⟩ ≤ 3 − 1 = 2 and every local p' is at distance ≥ 4 − 2 = 2
        for (Method m : new Method[] {Method.ENUMERATE, Method.COLGEN}) {
            Fit fit = new L1Projection(CausalModel.LHV.strategies(CHSH), Boxes.prBox()).solve(SolveOptions.defaults().withMethod(m));
            assertEquals(Status.OPTIMAL, fit.status(), fit.reason());
            assertEquals(new BigFraction(2), fit.certificate().bound());
            assertEquals(2, fit.distanceValue(), 1e-12);
        }
    }

    @Test
    void aBehaviourOfTheStructureIsItsOwnProjection() {
        Fit fit = new L1Projection(CausalModel.X_TO_B.strategies(CHSH), Boxes.prBox()).solve(SolveOptions.defaults());
        assertEquals(Status.OPTIMAL, fit.status());
        assertEquals(0, fit.distanceValue(), 1e-12);
        assertTrue(fit.certificate().bound().getNumerator().signum() == 0);
    }

    /** Entries ≥ 0, blocks summing to exactly 1, Alice's marginal exactly independent of y (and Bob's of x if {@code local}). */
    static void assertInStructure(Behaviour p, boolean bothWays) {
        Scenario s = p.scenario();
        for (int e = 0; e < s.size(); e++) {
            assertTrue(p.exact(e).compareTo(BigFraction.ZERO) >= 0);
        }
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                BigFraction sum = BigFraction.ZERO;
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        sum = sum.add(p.exact(s.index(x, y, a, b)));
                    }
                }
                assertEquals(BigFraction.ONE, sum);
            }
        }
        for (int v = 0; v < 2; v++) {
            for (int o = 0; o < 2; o++) {
                assertEquals(marginal(p, 0, v, 0, o), marginal(p, 0, v, 1, o));
                if (bothWays) {
                    assertEquals(marginal(p, 1, v, 0, o), marginal(p, 1, v, 1, o));
                }
            }
        }
    }

    private static BigFraction marginal(Behaviour p, int party, int own, int other, int outcome) {
        Scenario s = p.scenario();
        BigFraction m = BigFraction.ZERO;
        for (int u = 0; u < 2; u++) {
            int x = party == 0 ? own : other;
            int y = party == 0 ? other : own;
            m = m.add(p.exact(party == 0 ? s.index(x, y, outcome, u) : s.index(x, y, u, outcome)));
        }
        return m;
    }

    /**
     * min Σ_e |p'_e − p_e| over p' ≥ 0 with normalised blocks and Alice's marginal independent of y (and, if {@code local},
     * Bob's of x and the 8 CHSH inequalities |E00 + E01 + E10 + E11 − 2E_{x0y0}| ≤ 2), by Commons Math's simplex.
     * Variables: p'_e (16), then t_e ≥ |p'_e − p_e| (16).
     */
    static double explicitDistance(Behaviour p, boolean local) {
        return explicitDistance(p, local, local);
    }

    static double explicitDistance(Behaviour p, boolean local, boolean noSignalling) {
        int n = CHSH.size();
        double[] cost = new double[2 * n];
        for (int e = 0; e < n; e++) {
            cost[n + e] = 1;
        }
        List<LinearConstraint> c = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            double[] a = new double[2 * n];
            a[n + e] = 1;
            a[e] = -1;
            c.add(new LinearConstraint(a, Relationship.GEQ, -p.get(e)));
            double[] b = new double[2 * n];
            b[n + e] = 1;
            b[e] = 1;
            c.add(new LinearConstraint(b, Relationship.GEQ, p.get(e)));
        }
        for (int block = 0; block < 4; block++) {
            double[] a = new double[2 * n];
            for (int o = 0; o < 4; o++) {
                a[block * 4 + o] = 1;
            }
            c.add(new LinearConstraint(a, Relationship.EQ, 1));
        }
        for (int v = 0; v < 2; v++) {
            for (int o = 0; o < 2; o++) {
                double[] a = new double[2 * n];
                double[] b = new double[2 * n];
                for (int u = 0; u < 2; u++) {
                    a[CHSH.index(v, 0, o, u)] += 1;
                    a[CHSH.index(v, 1, o, u)] -= 1;
                    b[CHSH.index(0, v, u, o)] += 1;
                    b[CHSH.index(1, v, u, o)] -= 1;
                }
                c.add(new LinearConstraint(a, Relationship.EQ, 0));
                if (noSignalling) {
                    c.add(new LinearConstraint(b, Relationship.EQ, 0));
                }
            }
        }
        if (local) {
            for (int odd = 0; odd < 4; odd++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    double[] a = new double[2 * n];
                    for (int x = 0; x < 2; x++) {
                        for (int y = 0; y < 2; y++) {
                            double s = sign * (x * 2 + y == odd ? -1 : 1);
                            for (int ab = 0; ab < 4; ab++) {
                                a[CHSH.index(x, y, ab >> 1, ab & 1)] = s * (((ab >> 1) ^ (ab & 1)) == 0 ? 1 : -1);
                            }
                        }
                    }
                    c.add(new LinearConstraint(a, Relationship.LEQ, 2));
                }
            }
        }
        return new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(10_000), new LinearObjectiveFunction(cost, 0), new LinearConstraintSet(c),
                GoalType.MINIMIZE, new NonNegativeConstraint(true)).getValue();
    }
}
