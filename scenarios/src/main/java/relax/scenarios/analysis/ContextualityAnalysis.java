package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Numbers;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.ContextualModel;
import relax.core.contextuality.ContextualStrategies;
import relax.core.contextuality.NoDisturbance;
import relax.lp.contextuality.ContextualFraction;
import relax.lp.contextuality.ContextualFractionResult;
import relax.lp.contextuality.ExactModel;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * Everything {@code relax noncontextual} reports about one behaviour of a compatibility scenario (docs/contextuality.md):
 * <ul>
 *   <li>no-disturbance, Pearl &amp; Cavalcanti, Def. 2, checked exactly ({@link NoDisturbance});</li>
 *   <li>whether a KS-noncontextual (factorisable, Def. 3) model exists — the LP over global value assignments, with an
 *       exactly verified Farkas certificate (a noncontextuality inequality p violates) when none does;</li>
 *   <li>the minimal context→outcome influence C_ctx→A over context-dependent models, the analogue of C_X→B of Chaves
 *       et al. 2015, eq. (29) ({@link ContextualStrategies}), with the optimal model and its certificate: 0 exactly when
 *       a noncontextual model exists, and its dual ⟨ẑ, p⟩ ≤ C_ctx→A is a noncontextuality inequality (⟨ẑ, ·⟩ ≤ 0 on every
 *       noncontextual model, where C = 0);</li>
 *   <li>the contextual fraction of Abramsky, Barbosa &amp; Mansfield 2017 ({@link ContextualFraction});</li>
 *   <li>whether slot-dependent responses — Fig. 1 without the symmetry clause of Def. 4.2 — reproduce p.</li>
 * </ul>
 */
public final class ContextualityAnalysis {
    private ContextualityAnalysis() {
    }

    /**
     * One analysis.
     *
     * @param behaviour     the behaviour
     * @param noDisturbance Def. 2 checked
     * @param noncontextual the LP over global value assignments (OPTIMAL: a model; INFEASIBLE: a Farkas certificate)
     * @param influence     min C_ctx→A with its model and certificate
     * @param fraction      the contextual fraction
     * @param slotDependent the LP over slot-dependent responses (OPTIMAL: a model; INFEASIBLE: a Farkas certificate)
     * @param status        the status of the reported value (min C_ctx→A): OPTIMAL or FAILED
     * @param message       one line for the user
     */
    public record Outcome(CompatibilityBehaviour behaviour, NoDisturbance.Report noDisturbance, RelaxationResult noncontextual,
            RelaxationResult influence, ContextualFractionResult fraction, RelaxationResult slotDependent, Status status, String message) {

        /** Whether a noncontextual model reproduces p (established: OPTIMAL or INFEASIBLE of {@link #noncontextual}). */
        public boolean isNoncontextual() {
            return noncontextual.status() == Status.OPTIMAL;
        }
    }

    /** Runs every part on {@code p}; {@code tolerance} is the no-disturbance tolerance. */
    public static Outcome run(CompatibilityBehaviour p, SolveOptions options, double tolerance) {
        // build every space first: a scenario too large for the exact search is refused before anything is solved
        ContextualStrategies ncSpace = ContextualModel.NONCONTEXTUAL.strategies(p.scenario());
        ContextualStrategies ctxSpace = ContextualModel.CONTEXT_INFLUENCE.strategies(p.scenario());
        ContextualStrategies slotSpace = ContextualModel.SLOT_DEPENDENT.strategies(p.scenario());
        NoDisturbance.Report nd = NoDisturbance.check(p, tolerance);
        RelaxationResult nc = solve(ncSpace, p, options);
        RelaxationResult ctx = solve(ctxSpace, p, options);
        ContextualFractionResult cf = new ContextualFraction(ncSpace, p).solve(options);
        RelaxationResult slot = solve(slotSpace, p, options);
        Status status = ctx.status();
        String message;
        if (status != Status.OPTIMAL) {
            message = "could not establish the answer: " + ctx.reason();
        } else if (nc.status() == Status.OPTIMAL && ctx.value() > options.tolerances().verification()
                || nc.status() == Status.INFEASIBLE && ctx.value() <= options.tolerances().verification()) {
            status = Status.FAILED;
            message = "could not establish the answer: the noncontextual LP (" + nc.status() + ") and the influence "
                    + Numbers.format(ctx.value()) + " disagree";
        } else if (nc.status() == Status.OPTIMAL) {
            message = "noncontextual: a KS-noncontextual model reproduces p (min C_ctx->A = 0)";
        } else {
            message = "contextual: min C_ctx->A = " + Numbers.format(ctx.value())
                    + (cf.status() == Status.OPTIMAL ? ", contextual fraction " + Numbers.format(cf.value()) : "");
        }
        return new Outcome(p, nd, nc, ctx, cf, slot, status, message);
    }

    /** The relaxation of {@code model} that reproduces the whole behaviour. */
    public static RelaxationResult solve(ContextualModel model, CompatibilityBehaviour p, SolveOptions options) {
        return solve(model.strategies(p.scenario()), p, options);
    }

    private static RelaxationResult solve(ContextualStrategies space, CompatibilityBehaviour p, SolveOptions options) {
        return new Relaxation(space, BehaviourConstraints.reproducing(p.asBehaviour())).solve(options);
    }

    /**
     * The white-noise visibility at which a behaviour becomes noncontextual, exactly.
     *
     * @param visibility v*: p_v = v·p + (1 − v)·noise is noncontextual for v = v* and contextual for every v &gt; v*
     * @param inequality ẑ over entries with ⟨ẑ, T_λ⟩ ≤ 0 for every noncontextual strategy λ (exactly checked) and
     *                   ⟨ẑ, p_v⟩ &gt; 0 for every v &gt; v*; null when p itself is noncontextual (v* = 1)
     * @param support    the strategies of the noncontextual model at v*
     * @param weights    their exact rational weights reproducing p_{v*} exactly, or null if only the floating-point model
     *                   (residual ≤ 1e-9) was found
     * @param steps      the visibilities tried, from 1 down to v*
     * @param reason     why the search stopped early (empty when it succeeded)
     */
    public record Threshold(BigFraction visibility, BigFraction[] inequality, List<int[]> support, BigFraction[] weights, List<BigFraction> steps,
            String reason) {
        /** Whether both sides are proven exactly (inequality above, exact model at v*). */
        public boolean exact() {
            return reason.isEmpty() && weights != null;
        }
    }

    /**
     * The critical visibility of {@code p} against {@code noise}, found by cutting planes: at visibility v, if no
     * noncontextual model exists, the exactly checked Farkas inequality ẑ is violated by p_v; ⟨ẑ, p_w⟩ is linear in w
     * and ⟨ẑ, noise⟩ ≤ 0 (noise must be noncontextual), so ẑ is violated for every w above its root v_ẑ, which becomes
     * the next v. At the first v with a noncontextual model the search stops: v* = v, proven from above by the last
     * inequality and from below by the model, made exact on its support ({@link ExactModel}). Each step adds a new
     * facet-like inequality, so the search ends after a few steps.
     */
    public static Threshold criticalVisibility(CompatibilityBehaviour p, CompatibilityBehaviour noise, SolveOptions options) {
        ContextualStrategies nc = ContextualModel.NONCONTEXTUAL.strategies(p.scenario());
        BigFraction v = BigFraction.ONE;
        BigFraction[] inequality = null;
        List<BigFraction> steps = new ArrayList<>();
        for (int step = 0; step < 50; step++) {
            steps.add(v);
            CompatibilityBehaviour pv = p.mix(v, noise);
            RelaxationResult r = solve(ContextualModel.NONCONTEXTUAL, pv, options);
            if (r.status() == Status.OPTIMAL) {
                List<int[]> support = new ArrayList<>();
                r.model().forEach(w -> support.add(w.strategy()));
                BigFraction[] q = ExactModel.solve(nc, support, pv.exactEntries());
                return new Threshold(v, inequality, support, q, steps, "");
            }
            if (r.status() != Status.INFEASIBLE) {
                return new Threshold(v, inequality, List.of(), null, steps, "the noncontextual LP failed at v = " + v + ": " + r.reason());
            }
            BigFraction[] z = r.certificate().entryWeights();
            BigFraction atP = dot(z, p);
            BigFraction atNoise = dot(z, noise);
            if (atNoise.compareTo(BigFraction.ZERO) > 0) {
                return new Threshold(v, inequality, List.of(), null, steps, "the noise violates the inequality itself: it is contextual");
            }
            // ⟨z, p_w⟩ = w·atP + (1 − w)·atNoise = 0  at  w = −atNoise / (atP − atNoise)
            v = atNoise.negate().divide(atP.subtract(atNoise));
            inequality = z;
        }
        return new Threshold(v, inequality, List.of(), null, steps, "no noncontextual model after 50 cutting planes");
    }

    /**
     * {@code p} with each entry replaced by the nearest fraction of denominator at most {@code maxDenominator} when the
     * double lies within 1e-12 of it, otherwise kept as its binary value: recognises the exact values of a quantum
     * behaviour computed in floating point (the singlet's 1/4 computed as 0.24999999999999994), so that exact checks
     * and thresholds are about the exact behaviour. Entries far from every such fraction are left as they are.
     */
    public static CompatibilityBehaviour exactWhereSimple(CompatibilityBehaviour p, int maxDenominator) {
        BigFraction[] e = new BigFraction[p.scenario().embedding().size()];
        for (int i = 0; i < e.length; i++) {
            BigFraction f = relax.lp.exact.Rationals.nearest(p.get(i), maxDenominator);
            e[i] = Math.abs(f.doubleValue() - p.get(i)) <= 1e-12 ? f : new BigFraction(p.get(i));
        }
        return CompatibilityBehaviour.ofExact(p.scenario(), e, p.name(), p.description());
    }

    /** ⟨z, p⟩ with p's exact entries. */
    public static BigFraction dot(BigFraction[] z, CompatibilityBehaviour p) {
        BigFraction s = BigFraction.ZERO;
        for (int e = 0; e < z.length; e++) {
            if (z[e].getNumerator().signum() != 0) {
                s = s.add(z[e].multiply(p.exact(e)));
            }
        }
        return s;
    }
}
