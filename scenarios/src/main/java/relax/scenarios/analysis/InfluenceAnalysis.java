package relax.scenarios.analysis;

import relax.lp.engine.Status;
import relax.lp.engine.SolveOptions;
import java.util.Optional;
import relax.core.Behaviour;
import relax.scenarios.statistics.ExperimentAnalysis;
import relax.core.locality.CausalModel;
import relax.core.Entropy;
import relax.core.Numbers;
import relax.core.Signalling;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * The minimum relaxation of locality that reproduces a whole observed behaviour (Chaves et al. 2015, eq. 32 with
 * V = 1): C_X→B, C_A→B, p(m=0) (and H(m)), or the plain locality question for LHV.
 *
 * <p>The marginals every structure protects are checked too: Alice's output never depends on y in these
 * structures, and under LHV Bob's never depends on x. A behaviour whose protected marginal moves by more
 * than the tolerance is infeasible for the structure, and the message says which marginal and by how
 * much. The tolerance governs only this check and the validation of the file; whether the LP's
 * constraints can be met is decided at the fixed threshold of {@link RelaxationResult#VERIFICATION_TOLERANCE}
 * (a residual above it must be backed by an exactly verified Farkas certificate).
 */
public final class InfluenceAnalysis {
    private InfluenceAnalysis() {
    }

    /**
     * The analysis of one behaviour under one structure.
     *
     * @param status     OPTIMAL, INFEASIBLE or FAILED
     * @param result     the LP answer (model, certificate, diagnostics)
     * @param message    one line for the user: the value, or why no model exists, or why solving failed
     */
    public record Outcome(Behaviour behaviour, CausalModel model, Status status, RelaxationResult result, String message) {

        /** H(m) = h(p(m=0)) for the communication model (NaN otherwise or unless optimal). Since relabelling
         * the message per strategy maps p(m=0) to 1 − p(m=0), min H(m) = h(min p(m=0)) with min p(m=0) ≤ 1/2. */
        public double messageEntropy() {
            return model == CausalModel.COMMUNICATION && status == Status.OPTIMAL ? Entropy.binary(result.value()) : Double.NaN;
        }
    }

    /** Solves the relaxation of {@code model} for the whole behaviour {@code p}. */
    public static Outcome run(Behaviour p, CausalModel model, SolveOptions options, double tolerance) {
        Optional<Signalling> signal = p.signallingTo(0, tolerance);
        if (signal.isEmpty() && model.bobMarginalMustNotSignal()) {
            signal = p.signallingTo(1, tolerance);
        }
        Relaxation relaxation = new Relaxation(model.strategies(p.scenario()), BehaviourConstraints.reproducing(p));
        RelaxationResult r = relaxation.solve(options);
        if (signal.isPresent()) {
            String why = "no " + model.key() + " model reproduces p: " + signal.get().describe() + ", which the structure forbids" + ExperimentAnalysis.fitHint(p);
            // the verdict rests on the marginal; keep the LP's Farkas proof when it has one, never a model
            return new Outcome(p, model, Status.INFEASIBLE, r.status() == Status.INFEASIBLE ? r : r.unsolved(), why);
        }
        return switch (r.status()) {
            case OPTIMAL -> new Outcome(p, model, r.status(), r, model == CausalModel.LHV ? "local: an LHV model reproduces p"
                    : "min " + model.measure() + " = " + Numbers.format(r.value()));
            case INFEASIBLE -> new Outcome(p, model, r.status(), r, (model == CausalModel.LHV
                    ? "not local: p violates the Bell inequality below by " + Numbers.format(r.certificate().boundValue())
                    : "no " + model.key() + " model reproduces p: it violates the inequality below, valid for every such model, by "
                            + Numbers.format(r.certificate().boundValue())) + ExperimentAnalysis.fitHint(p));
            case FAILED -> new Outcome(p, model, r.status(), r, "could not establish the answer: " + r.reason());
        };
    }
}
