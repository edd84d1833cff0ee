package relax.lp.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.Boxes;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;

class MaximumLikelihoodTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);

    /**
     * The x2b behaviours are those with Alice's marginal independent of y. Writing p(ab|xy) = π(a|x)·r(b|a,x,y), the
     * log-likelihood splits into Σ_{x,a} (N_a(x,0) + N_a(x,1)) ln π(a|x) + Σ N(ab|xy) ln r(b|a,x,y), maximised
     * separately: π(a|x) = (N_a(x,0) + N_a(x,1)) / (n(x,0) + n(x,1)) and r(b|a,x,y) = N(ab|xy) / N_a(x,y). So the
     * maximum-likelihood behaviour is p(ab|xy) = π(a|x) N(ab|xy) / N_a(x,y), by hand.
     */
    /** The closed-form maximum-likelihood x2b behaviour of the comment above: p(ab|xy) = π(a|x) N(ab|xy) / N_a(x,y). */
    private static double[] closedForm(long[] n) {
        double[] p = new double[CHSH.size()];
        for (int x = 0; x < 2; x++) {
            for (int a = 0; a < 2; a++) {
                double na = 0;
                double runs = 0;
                for (int y = 0; y < 2; y++) {
                    for (int b = 0; b < 2; b++) {
                        na += n[CHSH.index(x, y, a, b)];
                        runs += n[CHSH.index(x, y, a, b)] + n[CHSH.index(x, y, 1 - a, b)];
                    }
                }
                for (int y = 0; y < 2; y++) {
                    double nay = n[CHSH.index(x, y, a, 0)] + n[CHSH.index(x, y, a, 1)];
                    for (int b = 0; b < 2; b++) {
                        int e = CHSH.index(x, y, a, b);
                        p[e] = na / runs * n[e] / nay;
                    }
                }
            }
        }
        return p;
    }

    @Test
    void x2bFitIsTheClosedFormOptimum() {
        for (long seed = 1; seed <= 4; seed++) {
            Behaviour data = L1ProjectionTest.sample(L1ProjectionTest.werner(0.9), 100 + 50 * (int) seed, seed);
            long[] n = data.counts().orElseThrow();
            Fit fit = new MaximumLikelihood(CausalModel.X_TO_B.strategies(CHSH), data).solve(SolveOptions.defaults());
            assertEquals(Status.OPTIMAL, fit.status(), fit.reason());
            assertTrue(fit.gap() <= 1e-9);
            double[] closed = closedForm(n);
            for (int e = 0; e < CHSH.size(); e++) {
                assertEquals(closed[e], fit.fitted().get(e), 2e-5, "entry " + e);
            }
            L1ProjectionTest.assertInStructure(fit.fitted(), false);
        }
    }

    /** The certified gap bounds the log-likelihood below the maximum; the closed form above attains the maximum, so the fit's log-likelihood is within the gap of it. */
    @Test
    void x2bLogLikelihoodWithinTheCertifiedGap() {
        Behaviour data = L1ProjectionTest.sample(L1ProjectionTest.werner(0.8), 300, 7);
        long[] n = data.counts().orElseThrow();
        Fit fit = new MaximumLikelihood(CausalModel.X_TO_B.strategies(CHSH), data).solve(SolveOptions.defaults());
        double total = 0;
        for (long c : n) {
            total += c;
        }
        double[] optimum = closedForm(n);
        double fitted = 0;
        double closed = 0;
        for (int e = 0; e < CHSH.size(); e++) {
            if (n[e] > 0) {
                closed += n[e] / total * Math.log(optimum[e]);
                fitted += n[e] / total * Math.log(fit.fitted().get(e));
            }
        }
        assertTrue(fitted <= closed + 1e-12);
        assertTrue(closed - fitted <= fit.gap() + 1e-12, closed - fitted + " > gap " + fit.gap());
    }

    @Test
    void localFitOfLocalCountsIsTheirFrequencies() {
        // counts that are exactly local (a deterministic local strategy, N = 10 per setting): the frequencies are in the
        // local polytope and maximise the unconstrained likelihood, so they are the fit
        Behaviour p = Boxes.deterministic(CHSH, new int[] {0, 1}, new int[] {1, 1});
        long[] counts = new long[CHSH.size()];
        for (int e = 0; e < counts.length; e++) {
            counts[e] = Math.round(10 * p.get(e));
        }
        Behaviour data = Behaviour.ofCounts(CHSH, counts, "", "");
        for (Method m : new Method[] {Method.ENUMERATE, Method.COLGEN}) {
            Fit fit = new MaximumLikelihood(CausalModel.LHV.strategies(CHSH), data).solve(SolveOptions.defaults().withMethod(m));
            assertEquals(Status.OPTIMAL, fit.status(), fit.reason());
            assertEquals(0, fit.distanceValue(), 1e-9);
        }
    }

    @Test
    void probabilitiesWithoutCountsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MaximumLikelihood(CausalModel.X_TO_B.strategies(CHSH), Boxes.prBox()));
        assertTrue(e.getMessage().contains("--fit l1"));
    }
}
