package relax.scenarios.statistics;

import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.locality.LhvStrategies;
import relax.core.microstate.MicrostateMeasure;
import relax.core.microstate.MicrostateStrategies;
import relax.core.strategy.StrategySpace;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.dependence.MeasurementDependenceResult;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * A relaxation measure as a function of the behaviour, the quantity a confidence interval is about: θ(p) = the minimum
 * of the measure over every model of the structure that reproduces p (+∞ when none does), with the exactly verified
 * certificate ẑ of each evaluation — an inequality ⟨ẑ, p'⟩ ≤ θ(p') valid for every behaviour p' (Chaves et al. 2015,
 * eq. 27 and Corollary 8; Theorem 6 for measurement dependence).
 */
public interface Estimand {

    /** The measure's symbol, e.g. {@code C_X→B}. */
    String symbol();

    /**
     * The strategies whose behaviours a fit projects onto (the behaviours with finite θ), or null when every behaviour
     * has a model (measurement dependence) and nothing needs fitting.
     */
    StrategySpace fitSpace(Scenario scenario);

    /** θ at p, solved and certified. */
    Evaluation evaluate(Behaviour p, SolveOptions options);

    /**
     * One evaluation.
     *
     * @param status      OPTIMAL (value and certificate verified), INFEASIBLE (no model: θ = +∞) or FAILED
     * @param value       θ(p) (NaN unless OPTIMAL)
     * @param certificate ẑ with ⟨ẑ, p'⟩ ≤ θ(p') for every p', exactly checked (null unless OPTIMAL)
     * @param reason      why it failed (empty otherwise)
     */
    record Evaluation(Status status, double value, BigFraction[] certificate, String reason) {
    }

    /** C_X→B, C_A→B or p(m=0) of a locality structure (Chaves et al. 2015, eqs. 29, 4, 39). */
    static Estimand influence(CausalModel model) {
        if (model == CausalModel.LHV) {
            throw new IllegalArgumentException("the lhv model has no measure to give an interval for: use --fit for a test of locality");
        }
        return new RelaxationEstimand(model.measure(), model::strategies);
    }

    /** The least microstate dependence (docs/microstate-independence.md, after Ciepielewski &amp; Okon, eq. 25). */
    static Estimand microstate(MicrostateMeasure measure) {
        return new RelaxationEstimand(measure.symbol(), s -> new MicrostateStrategies(measure, s));
    }

    /** M or M_Hall of measurement dependence (Chaves et al. 2015, eqs. 5, 41–42) with input distribution {@code inputs} (null: uniform). */
    static Estimand measurementDependence(MeasurementDependenceMeasure measure, InputDistribution inputs) {
        return new Estimand() {
            @Override
            public String symbol() {
                return measure.symbol();
            }

            @Override
            public StrategySpace fitSpace(Scenario scenario) {
                return null;
            }

            @Override
            public Evaluation evaluate(Behaviour p, SolveOptions options) {
                InputDistribution in = inputs == null ? InputDistribution.uniform(p.scenario()) : inputs;
                MeasurementDependenceResult r = new MeasurementDependence(new LhvStrategies(p.scenario()), BehaviourConstraints.reproducing(p), in, measure)
                        .solve(options);
                return r.status() == Status.OPTIMAL ? new Evaluation(Status.OPTIMAL, r.value(), r.certificate().entryWeights(), "")
                        : new Evaluation(r.status(), Double.NaN, null, r.reason());
            }
        };
    }

    /** A measure minimised by {@link Relaxation} over a strategy space. */
    final class RelaxationEstimand implements Estimand {
        private final String symbol;
        private final java.util.function.Function<Scenario, StrategySpace> spaces;

        RelaxationEstimand(String symbol, java.util.function.Function<Scenario, StrategySpace> spaces) {
            this.symbol = symbol;
            this.spaces = spaces;
        }

        @Override
        public String symbol() {
            return symbol;
        }

        @Override
        public StrategySpace fitSpace(Scenario scenario) {
            return spaces.apply(scenario);
        }

        @Override
        public Evaluation evaluate(Behaviour p, SolveOptions options) {
            RelaxationResult r = new Relaxation(spaces.apply(p.scenario()), BehaviourConstraints.reproducing(p)).solve(options);
            return r.status() == Status.OPTIMAL ? new Evaluation(Status.OPTIMAL, r.value(), r.certificate().entryWeights(), "")
                    : new Evaluation(r.status(), Double.NaN, null, r.status() == Status.INFEASIBLE ? "no model reproduces the behaviour" : r.reason());
        }
    }
}
