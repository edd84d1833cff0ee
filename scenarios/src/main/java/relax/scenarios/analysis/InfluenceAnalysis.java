package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import relax.core.Behaviour;
import relax.scenarios.statistics.ExperimentAnalysis;
import relax.core.Entropy;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.core.Signalling;
import relax.core.locality.CausalModel;
import relax.core.locality.LocalityStrategies;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
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
 * constraints can be met is decided at the engine's fixed feasibility threshold (a residual above it must be
 * backed by an exactly verified Farkas certificate).
 *
 * <p>An analysis is built first ({@link #InfluenceAnalysis}: the problem, with its strategy count and
 * measure rows, for progress and reports) and then run ({@link #run(SolveOptions)}).
 *
 * <p>Size limit: by column generation (every space of more than {@link relax.lp.engine.Method#ENUMERATION_LIMIT}
 * strategies under {@code --method auto}) the restricted master has one row per entry of p, and a model of p needs
 * about as many strategy columns; behaviours of more than {@value #MAX_GENERATED_ROWS} entries are refused before
 * anything is solved (measured on this project's 2-core machine, lhv: 1600 entries took 13–64 s, 2601 entries more
 * than 2 minutes, 10000 entries did not finish in 15 minutes; README, "Speed and scale").
 */
public final class InfluenceAnalysis {
    /** Most entries of p (master rows) solved by column generation; larger behaviours are refused with their size. */
    public static final int MAX_GENERATED_ROWS = 4096;

    private final Behaviour behaviour;
    private final CausalModel model;
    private final double tolerance;
    private final LocalityStrategies space;
    private final Problem problem;

    /**
     * The analysis of one behaviour under one structure.
     *
     * @param problem    what was solved
     * @param behaviour  the observed behaviour
     * @param model      the causal structure
     * @param status     OPTIMAL, INFEASIBLE or FAILED
     * @param result     the LP answer (model, certificate, diagnostics); without a solution when the verdict rests
     *                   on a protected marginal
     * @param message    one line for the user: the value, or why no model exists, or why solving failed
     */
    public record Outcome(Problem problem, Behaviour behaviour, CausalModel model, Status status, RelaxationResult result, String message) {

        /** H(m) = h(p(m=0)) for the communication model (NaN otherwise or unless optimal). Since relabelling
         * the message per strategy maps p(m=0) to 1 − p(m=0), min H(m) = h(min p(m=0)) with min p(m=0) ≤ 1/2. */
        public double messageEntropy() {
            return model == CausalModel.COMMUNICATION && status == Status.OPTIMAL ? Entropy.binary(result.value()) : Double.NaN;
        }
    }

    /**
     * The problem of reproducing {@code p} under {@code model}; {@code tolerance} governs the check of the
     * protected marginals.
     *
     * @throws IllegalArgumentException if p is not bipartite
     */
    public InfluenceAnalysis(Behaviour p, CausalModel model, double tolerance) {
        if (p.scenario().parties() != 2) {
            throw new IllegalArgumentException("the " + model.key() + " model needs two parties, the behaviour has " + p.scenario().parties()
                    + (p.scenario().parties() > 2 ? " (relax md takes any number of parties)" : ""));
        }
        this.behaviour = p;
        this.model = model;
        this.tolerance = tolerance;
        this.space = model.strategies(p.scenario());
        Scenario s = p.scenario();
        List<String> constraints = new ArrayList<>();
        constraints.add("reproduce p: T q = p, all " + s.size() + " entries");
        constraints.add("A's marginal independent of y (every " + model.key() + " model), checked on p within " + tolerance(tolerance));
        if (model.bobMarginalMustNotSignal()) {
            constraints.add("B's marginal independent of x (every lhv model), checked on p within " + tolerance(tolerance));
        }
        this.problem = new Problem(p.name(), s, Measure.of(model), space.count(), measureRows(space), space.measureScale(), constraints);
    }

    /** A tolerance as a user writes it: {@code 1e-9}, {@code 0.05}. */
    static String tolerance(double t) {
        return java.math.BigDecimal.valueOf(t).stripTrailingZeros().toString().toLowerCase(java.util.Locale.ROOT).replace("e+", "e");
    }

    /** The labels of every measure row of {@code space}. */
    static List<String> measureRows(relax.core.strategy.StrategySpace space) {
        List<String> rows = new ArrayList<>(space.measureRows());
        for (int i = 0; i < space.measureRows(); i++) {
            rows.add(space.measureRowLabel(i));
        }
        return rows;
    }

    /** What is solved: strategy count, measure, constraints. */
    public Problem problem() {
        return problem;
    }

    /** Solves the relaxation of {@code model} for the whole behaviour {@code p}. */
    public static Outcome run(Behaviour p, CausalModel model, SolveOptions options, double tolerance) {
        return new InfluenceAnalysis(p, model, tolerance).run(options);
    }

    /** Solves the relaxation. */
    public Outcome run(SolveOptions options) {
        Behaviour p = behaviour;
        int rows = p.scenario().size();
        if (rows > MAX_GENERATED_ROWS && options.method().resolve(space.size()) == relax.lp.engine.Method.COLGEN) {
            throw new IllegalArgumentException("scenario " + p.scenario() + " is too large for column generation over the " + problem.strategies() + " "
                    + model.key() + " strategies: its master LP would have " + rows + " rows (one per entry of p) and need about as many columns; at most "
                    + MAX_GENERATED_ROWS + " rows are solved: merge outputs or use fewer inputs");
        }
        Optional<Signalling> signal = p.signallingTo(0, tolerance);
        if (signal.isEmpty() && model.bobMarginalMustNotSignal()) {
            signal = p.signallingTo(1, tolerance);
        }
        Relaxation relaxation = new Relaxation(space, BehaviourConstraints.reproducing(p));
        RelaxationResult r = relaxation.solve(options);
        if (signal.isPresent()) {
            String why = "no " + model.key() + " model reproduces p: " + signal.get().describe() + ", which the structure forbids" + ExperimentAnalysis.fitHint(p);
            // the verdict rests on the marginal; keep the LP's Farkas proof when it has one, never a model
            return new Outcome(problem, p, model, Status.INFEASIBLE, r.status() == Status.INFEASIBLE ? r : r.unsolved(), why);
        }
        return switch (r.status()) {
            case OPTIMAL -> new Outcome(problem, p, model, r.status(), r, model == CausalModel.LHV ? "local: an LHV model reproduces p"
                    : "min " + model.measure() + " = " + Numbers.format(r.value()));
            case INFEASIBLE -> new Outcome(problem, p, model, r.status(), r, (model == CausalModel.LHV
                    ? "not local: p violates the Bell inequality below by " + Numbers.format(r.certificate().boundValue())
                    : "no " + model.key() + " model reproduces p: it violates the inequality below, valid for every such model, by "
                            + Numbers.format(r.certificate().boundValue())) + ExperimentAnalysis.fitHint(p));
            case FAILED -> new Outcome(problem, p, model, r.status(), r, "could not establish the answer: " + r.reason());
        };
    }
}
