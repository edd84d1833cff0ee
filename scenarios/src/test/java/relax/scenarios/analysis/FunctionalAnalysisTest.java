package relax.scenarios.analysis;

import relax.lp.engine.Status;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.scenarios.functional.BellFunctional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.locality.CausalModel;
import relax.core.NoSignalling;
import relax.core.Scenario;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

class FunctionalAnalysisTest {
    private static final SolveOptions ENUMERATE = SolveOptions.defaults().withMethod(Method.ENUMERATE);
    private static final SolveOptions COLGEN = SolveOptions.defaults().withMethod(Method.COLGEN);

    private static void assertOptimal(FunctionalAnalysis.Outcome o, double expected) {
        assertEquals(Status.OPTIMAL, o.status(), o.message());
        assertEquals(expected, o.result().value(), 1e-9, o.message());
        assertTrue(o.result().verified(), "certificate of " + o.message());
    }

    /**
     * Every local strategy is non-signalling, so LHV needs no rows; X→B, A→B and communication strategies keep
     * Alice's marginal independent of y, so only Bob's conditions (party 0: his marginal must not depend on x) remain.
     */
    @Test
    void imposesOnlyTheConditionsAStructureCanViolate() {
        for (Scenario s : List.of(Scenario.parse("2,2,2,2"), Scenario.parse("3,3,2,2"))) {
            assertEquals(List.of(), FunctionalAnalysis.imposedConditions(CausalModel.LHV.strategies(s)));
            List<NoSignalling.Condition> bob = NoSignalling.conditions(s, 0);
            for (CausalModel m : List.of(CausalModel.X_TO_B, CausalModel.A_TO_B, CausalModel.COMMUNICATION)) {
                List<NoSignalling.Condition> kept = FunctionalAnalysis.imposedConditions(m.strategies(s));
                assertEquals(bob.stream().map(NoSignalling.Condition::label).toList(), kept.stream().map(NoSignalling.Condition::label).toList(),
                        m + " on " + s);
            }
        }
    }

    /**
     * CHSH value only (docs/functionals-and-curves.md, proven via the Elitzur–Popescu–Rohrlich decomposition):
     * min C_X→B = min p(m=0) = max(0, V), min C_A→B = 2·max(0, V), with both ways of handling strategies.
     */
    @Test
    void chshValueOnlyFollowsTheProvenRelations() {
        for (SolveOptions options : List.of(ENUMERATE, COLGEN)) {
            for (double v : new double[] {-0.4, 0, 0.1, 0.25, 0.4, 0.5}) {
                assertOptimal(FunctionalAnalysis.run(BellFunctional.chsh(), v, CausalModel.X_TO_B, true, options), Math.max(0, v));
                assertOptimal(FunctionalAnalysis.run(BellFunctional.chsh(), v, CausalModel.A_TO_B, true, options), 2 * Math.max(0, v));
                assertOptimal(FunctionalAnalysis.run(BellFunctional.chsh(), v, CausalModel.COMMUNICATION, true, options), Math.max(0, v));
            }
        }
    }

    /** Above zero the supporting line of min C_A→B = 2·CHSH is the curve itself: slope 2, intercept 0, exactly. */
    @Test
    void supportingLineIsExact() {
        FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(BellFunctional.chsh(), 0.3, CausalModel.A_TO_B, true, ENUMERATE);
        assertEquals(new BigFraction(2), o.slope());
        assertEquals(BigFraction.ZERO, o.intercept());
    }

    /**
     * Eq. (8) ≤ 1/2 for non-signalling behaviours (S ≤ 4, reached by the PR box) and ≤ 0 for local ones: beyond,
     * the Farkas certificate proves exactly these bounds.
     */
    @Test
    void valuesBeyondReachAreInfeasibleWithTheBoundProven() {
        FunctionalAnalysis.Outcome ns = FunctionalAnalysis.run(BellFunctional.chsh(), 0.6, CausalModel.X_TO_B, true, ENUMERATE);
        assertEquals(Status.INFEASIBLE, ns.status());
        assertTrue(ns.result().verified());
        assertEquals(new BigFraction(1, 2), ns.reachableBound());
        FunctionalAnalysis.Outcome local = FunctionalAnalysis.run(BellFunctional.chsh(), 0.1, CausalModel.LHV, true, ENUMERATE);
        assertEquals(Status.INFEASIBLE, local.status());
        assertEquals(BigFraction.ZERO, local.reachableBound());
        assertEquals(Status.OPTIMAL, FunctionalAnalysis.run(BellFunctional.chsh(), -0.1, CausalModel.LHV, true, ENUMERATE).status());
    }

    /**
     * Without no-signalling, eq. (8) can reach 1 when only Alice's marginal is protected (by hand: blocks
     * (0,0) and (0,1) contribute −p(10|00) − p(01|00) − p(00|00) + p(00|01) ≤ 0 because p(00|01) ≤ p_A(0|x=0),
     * blocks (1,0) and (1,1) at most 1; reached by a = (1,0), b = ((1,1),(0,1))): feasible at 1, infeasible above.
     */
    @Test
    void allowingSignallingRaisesTheReachToOne() {
        assertEquals(Status.OPTIMAL, FunctionalAnalysis.run(BellFunctional.chsh(), 1, CausalModel.X_TO_B, false, ENUMERATE).status());
        FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(BellFunctional.chsh(), 1.01, CausalModel.X_TO_B, false, ENUMERATE);
        assertEquals(Status.INFEASIBLE, o.status());
        assertEquals(BigFraction.ONE, o.reachableBound());
        assertEquals(List.of(), o.conditions());
    }

    /** Chaves et al. 2015, Fig. 2 red curve, with the breakpoint 5/7 where 2I/5 and (3I − 1)/4 meet. */
    @Test
    void i3322ValueOnlyFollowsThePiecewiseLaw() {
        for (double v : new double[] {-0.6, 0, 0.2, 0.5, 0.7, 0.72, 0.85, 1}) {
            FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(BellFunctional.i3322(), v, CausalModel.X_TO_B, true, ENUMERATE);
            assertOptimal(o, Math.max(0, Math.max(2 * v / 5, (3 * v - 1) / 4)));
        }
        FunctionalAnalysis.Outcome low = FunctionalAnalysis.run(BellFunctional.i3322(), 0.5, CausalModel.X_TO_B, true, COLGEN);
        assertEquals(new BigFraction(2, 5), low.slope());
        assertEquals(BigFraction.ZERO, low.intercept());
        FunctionalAnalysis.Outcome high = FunctionalAnalysis.run(BellFunctional.i3322(), 0.85, CausalModel.X_TO_B, true, COLGEN);
        assertEquals(new BigFraction(3, 4), high.slope());
        assertEquals(new BigFraction(-1, 4), high.intercept());
    }

    /**
     * A user's functional with a constant: S/4 − 1/2 equals eq. (8) on every non-signalling behaviour
     * ((S − 2)/4), so the X→B curve is max(0, V) and the certified line has slope 1 in F and intercept 0.
     */
    @Test
    void constantOfAUserFunctionalIsHonoured() {
        BellFunctional c = BellFunctional.chshCorrelator();
        double[] quarter = c.coefficients().clone();
        for (int i = 0; i < quarter.length; i++) {
            quarter[i] /= 4;
        }
        BellFunctional f = new BellFunctional("f", c.scenario(), quarter, -0.5, 0, "", "", "test");
        FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(f, 0.3, CausalModel.X_TO_B, true, ENUMERATE);
        assertOptimal(o, 0.3);
        assertEquals(BigFraction.ONE, o.slope());
        assertEquals(BigFraction.ZERO, o.intercept());
    }
}
