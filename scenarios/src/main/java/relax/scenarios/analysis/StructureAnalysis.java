package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import relax.core.Behaviour;
import relax.core.Entropy;
import relax.core.Numbers;
import relax.core.structure.CausalStructure;
import relax.core.structure.ImpliedIndependences;
import relax.core.structure.StructureStrategies;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;

/**
 * The minimal influence of the relaxed edges of any causal structure (or its hidden node's p(m=v)) that reproduces
 * a whole observed behaviour: Chaves et al. 2015, eqs. (32)–(33) with V = 1, over the deterministic strategies of
 * the structure ({@link StructureStrategies}); without a measure, whether p is compatible with the structure.
 *
 * <p>The independences the structure implies among observed variables are checked too
 * ({@link ImpliedIndependences}): a behaviour that breaks one by more than the tolerance is infeasible whatever
 * the measure, and the message names the condition and the entries that break it. The tolerance governs only
 * this check; the LP decides at the fixed threshold of the engine, with exactly verified certificates.
 */
public final class StructureAnalysis {
    private final Behaviour behaviour;
    private final CausalStructure structure;
    private final double tolerance;
    private final StructureStrategies space;
    private final List<ImpliedIndependences.Independence> implied;
    private final Problem problem;

    /**
     * The analysis of one behaviour under one structure.
     *
     * @param problem what was solved
     * @param space   the structure's strategies (its measure is the one minimised)
     * @param status  OPTIMAL, INFEASIBLE or FAILED
     * @param result  the LP answer (model, certificate, diagnostics); without a solution when the verdict rests on an
     *                implied independence
     * @param message one line for the user: the value, or why no model exists, or why solving failed
     */
    public record Outcome(Problem problem, Behaviour behaviour, CausalStructure structure, StructureStrategies space, Status status,
            RelaxationResult result, String message) {

        /** Whether the structure has a measure (relaxed edges or p(m=v)); without one the question is compatibility. */
        public boolean measured() {
            return space.measureRows() > 0;
        }

        /**
         * H(m) = h(p(m=v)) when the minimised hidden node m has two values (NaN otherwise or unless optimal). Relabelling
         * m in each strategy (and reading its children's tables accordingly) changes no observed probability and maps
         * p(m=v) to 1 − p(m=v), so min H(m) = h(min p(m=v)), the minimum being at most 1/2.
         */
        public double messageEntropy() {
            return status == Status.OPTIMAL && structure.minimised().isPresent() && structure.node(structure.minimised().get().node()).values() == 2
                    ? Entropy.binary(result.value()) : Double.NaN;
        }
    }

    /**
     * The problem of reproducing {@code p}, indexed like the structure's scenario (see {@code StructureFile.behaviourFor}),
     * under {@code structure}; {@code tolerance} governs the check of the implied independences.
     *
     * @throws relax.core.InvalidStructureException if the structure's pricing search would be too large
     */
    public StructureAnalysis(Behaviour p, CausalStructure structure, double tolerance) {
        this.behaviour = p;
        this.structure = structure;
        this.tolerance = tolerance;
        this.space = new StructureStrategies(structure);
        this.implied = ImpliedIndependences.of(structure);
        List<String> constraints = new ArrayList<>();
        constraints.add("reproduce p: T q = p, all " + p.scenario().size() + " entries");
        if (!implied.isEmpty()) {
            constraints.add("the " + implied.size() + " conditional independence" + (implied.size() == 1 ? "" : "s")
                    + " the structure implies (d-separation), checked on p within " + InfluenceAnalysis.tolerance(tolerance));
        }
        this.problem = new Problem(p.name(), p.scenario(), Measure.of(structure), space.count(), InfluenceAnalysis.measureRows(space), space.measureScale(),
                constraints);
    }

    /** What is solved: strategy count, measure, constraints. */
    public Problem problem() {
        return problem;
    }

    /** Solves the relaxation of the structure for the whole behaviour. */
    public Outcome run(SolveOptions options) {
        Behaviour p = behaviour;
        Optional<ImpliedIndependences.Violation> broken = Optional.empty();
        for (ImpliedIndependences.Independence i : implied) {
            broken = ImpliedIndependences.check(structure, i, p, tolerance);
            if (broken.isPresent()) {
                break;
            }
        }
        RelaxationResult r = new Relaxation(space, BehaviourConstraints.reproducing(p)).solve(options);
        String name = structure.name().isEmpty() ? "structure" : structure.name();
        if (broken.isPresent()) {
            String why = "no " + name + " model reproduces p: " + broken.get().independence().describe(structure) + ", but " + broken.get().where();
            // the verdict rests on the implied independence; keep the LP's Farkas proof when it has one, never a model
            return new Outcome(problem, p, structure, space, Status.INFEASIBLE, r.status() == Status.INFEASIBLE ? r : r.unsolved(), why);
        }
        boolean measured = space.measureRows() > 0;
        return switch (r.status()) {
            case OPTIMAL -> new Outcome(problem, p, structure, space, r.status(), r, measured ? "min " + structure.measureLabel() + " = "
                    + Numbers.format(r.value()) : "compatible: a " + name + " model reproduces p");
            case INFEASIBLE -> new Outcome(problem, p, structure, space, r.status(), r, (measured ? "no " + name + " model reproduces p" : "not compatible")
                    + ": p violates the inequality below, valid for every " + name + " model, by " + Numbers.format(r.certificate().boundValue()));
            case FAILED -> new Outcome(problem, p, structure, space, r.status(), r, "could not establish the answer: " + r.reason());
        };
    }

    /** Solves the relaxation of {@code structure} for the whole behaviour {@code p}. */
    public static Outcome run(Behaviour p, CausalStructure structure, SolveOptions options, double tolerance) {
        return new StructureAnalysis(p, structure, tolerance).run(options);
    }
}
