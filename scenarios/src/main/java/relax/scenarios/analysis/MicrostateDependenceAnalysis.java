package relax.scenarios.analysis;

import java.util.Optional;
import relax.core.Behaviour;
import relax.scenarios.statistics.ExperimentAnalysis;
import relax.core.Numbers;
import relax.core.Signalling;
import relax.core.microstate.MicrostateMeasure;
import relax.core.microstate.MicrostateStrategies;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * The least dependence of Bob's apparatus microstate on Alice's setting or result that a locally causal,
 * settings-independent model needs to reproduce a whole behaviour (docs/microstate-independence.md, §6, after
 * Ciepielewski &amp; Okon, eq. (25)): the LP of {@link MicrostateStrategies} solved by {@link Relaxation}.
 *
 * <p>As for C_X→B and C_A→B, Alice's marginal is protected: no such model lets it depend on y, and a behaviour
 * whose marginal moves by more than the tolerance is infeasible, with the marginal named in the message.
 */
public final class MicrostateDependenceAnalysis {
    private final Behaviour behaviour;
    private final MicrostateMeasure measure;
    private final double tolerance;
    private final MicrostateStrategies space;
    private final Problem problem;

    /**
     * The analysis of one behaviour under one measure.
     *
     * @param problem what was solved
     * @param status  OPTIMAL, INFEASIBLE or FAILED
     * @param result  the LP answer (model, certificate, diagnostics)
     * @param message one line for the user: the value, or why no model exists, or why solving failed
     */
    public record Outcome(Problem problem, Behaviour behaviour, MicrostateMeasure measure, Status status, RelaxationResult result, String message) {
    }

    /**
     * The problem of reproducing {@code p} with the least microstate dependence {@code measure}.
     *
     * @throws IllegalArgumentException unless p is bipartite with two values of λ_b's far variable
     */
    public MicrostateDependenceAnalysis(Behaviour p, MicrostateMeasure measure, double tolerance) {
        if (p.scenario().parties() != 2) {
            throw new IllegalArgumentException("minimal microstate dependence needs two parties, the behaviour has " + p.scenario().parties());
        }
        this.behaviour = p;
        this.measure = measure;
        this.tolerance = tolerance;
        this.space = new MicrostateStrategies(measure, p.scenario());
        this.problem = new Problem(p.name(), p.scenario(), Measure.of(measure), space.count(), InfluenceAnalysis.measureRows(space), space.measureScale(),
                java.util.List.of("reproduce p: T q = p, all " + p.scenario().size() + " entries",
                        "A's marginal independent of y (every locally causal, settings-independent model), checked on p within "
                                + InfluenceAnalysis.tolerance(tolerance)));
    }

    /** What is solved: strategy count, measure, constraints. */
    public Problem problem() {
        return problem;
    }

    /** Solves the minimal microstate dependence {@code measure} for the whole behaviour {@code p}. */
    public static Outcome run(Behaviour p, MicrostateMeasure measure, SolveOptions options, double tolerance) {
        return new MicrostateDependenceAnalysis(p, measure, tolerance).run(options);
    }

    /** Solves the problem. */
    public Outcome run(SolveOptions options) {
        Behaviour p = behaviour;
        Optional<Signalling> signal = p.signallingTo(0, tolerance);
        RelaxationResult r = new Relaxation(space, BehaviourConstraints.reproducing(p)).solve(options);
        if (signal.isPresent()) {
            String why = "no locally causal, settings-independent model with microstate dependence on " + measure.far() + " reproduces p: "
                    + signal.get().describe() + ", which such models forbid" + ExperimentAnalysis.fitHint(p);
            return new Outcome(problem, p, measure, Status.INFEASIBLE, r.status() == Status.INFEASIBLE ? r : r.unsolved(), why);
        }
        return switch (r.status()) {
            case OPTIMAL -> new Outcome(problem, p, measure, r.status(), r, "min " + measure.symbol() + " = " + Numbers.format(r.value()));
            case INFEASIBLE -> new Outcome(problem, p, measure, r.status(), r, "no model with microstate dependence on " + measure.far()
                    + " reproduces p: it violates the inequality below, valid for every such model, by " + Numbers.format(r.certificate().boundValue())
                    + ExperimentAnalysis.fitHint(p));
            case FAILED -> new Outcome(problem, p, measure, r.status(), r, "could not establish the answer: " + r.reason());
        };
    }
}
