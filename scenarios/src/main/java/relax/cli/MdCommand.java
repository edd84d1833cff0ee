package relax.cli;

import relax.lp.engine.SolveOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;
import relax.lp.dependence.InputDistribution;
import relax.lp.solver.LpBackend;
import relax.lp.dependence.MeasurementDependence;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.ExactNumber;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.analysis.FunctionalConstraints;
import relax.scenarios.analysis.MeasurementDependenceAnalysis;

/** {@code relax md}: the minimum measurement dependence that reproduces a behaviour or a Bell value. */
@Command(name = "md", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Minimum measurement dependence (Fig. 1e): over every model whose inputs may be",
                "correlated with the hidden variable, minimise",
                "  M       sum_{x,lambda} |p(x,lambda) - p(x)p(lambda)|   (eq. 5/41), or",
                "  M_Hall  max_{x,x'} sum_lambda |p(lambda|x) - p(lambda|x')|   (Hall's measure),",
                "for whole behaviours (FILE...) or only a Bell value (--scenario, --functional,",
                "--value). Any number of parties. Prints the value, an optimal model, the dual",
                "certificate re-verified in exact arithmetic, and bounds on I(X:Lambda):",
                "Pinsker's (M^2/2) log2 e below, the optimal model's I above; with --min-mi the",
                "certified bracket of the true minimum of I over all models reproducing p.",
                "md always generates columns: --method may only be auto or colgen."})
public final class MdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "m", description = "m or hall (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--input-distribution", paramLabel = "P",
            description = "p(x) for every input tuple in row-major order (last party's input fastest), decimals or fractions, e.g. 0.4,0.1,0.1,0.4 (default: uniform).")
    String inputDistribution;

    @Option(names = "--min-mi", description = "Also compute the true minimum of I(X:Lambda) over all models reproducing p (whole behaviours only); mi_lower and mi_upper then bracket it.")
    boolean minMi;

    @Option(names = "--gap", paramLabel = "BITS", defaultValue = "1e-4", description = "Stop --min-mi when the bracket is this narrow (default: ${DEFAULT-VALUE} bits).")
    double gap;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "1000000", description = "Give up --min-mi after N iterations (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--scenario", paramLabel = "SCENARIO", description = "Functional mode: the scenario m1,..,mN,o1,..,oN, e.g. 2,2,8,8.")
    String scenario;

    @Option(names = "--functional", paramLabel = "NAME", description = "Functional mode: the Bell functional: cglmp (d read from --scenario 2,2,d,d) or a built-in: "
            + relax.scenarios.functional.BellFunctional.NAMES + ".")
    String functional;

    @Option(names = "--value", paramLabel = "V", description = "Functional mode: the prescribed value of the functional, taken exactly as written.")
    String value;

    @Option(names = "--no-signalling", description = "Functional mode: also demand a no-signalling behaviour.")
    boolean noSignalling;

    @Option(names = "--json", description = "One JSON object per line per input instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output on long runs.")
    boolean quiet;

    @Mixin
    SolverOptions solver;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Behaviour files (JSON: inputs, outputs, p[x1]..[xN][a1]..[aN]).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        MeasurementDependenceMeasure m = MeasurementDependenceMeasure.fromKey(measure);
        SolveOptions options = options();
        if (!(gap > 0)) {
            throw new IllegalArgumentException("--gap must be positive, got " + gap);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("--max-iterations must be at least 1, got " + maxIterations);
        }
        boolean functionalMode = functional != null || scenario != null || value != null;
        if (functionalMode == !files.isEmpty()) {
            throw new IllegalArgumentException(functionalMode ? "give either behaviour files or --scenario/--functional/--value, not both"
                    : "give behaviour files, or --scenario, --functional and --value for the functional mode");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatusLine progress = StatusLine.forTerminal(err, quiet);
        if (functionalMode) {
            return functional(m, options, out);
        }
        int exit = ExitCode.OPTIMAL;
        for (Path file : files) {
            Behaviour p;
            InputDistribution inputs;
            try {
                p = BehaviourFile.read(file, solver.tolerance);
                inputs = inputs(p.scenario());
            } catch (InvalidBehaviourException | IllegalArgumentException e) {
                exit = Math.max(exit, invalid(file, m, e instanceof InvalidBehaviourException ? e.getMessage() : file + ": " + e.getMessage(), out, err));
                continue;
            }
            MeasurementDependenceAnalysis.Outcome o;
            try {
                o = MeasurementDependenceAnalysis.behaviour(p, m, inputs, options.withProgress(progress.listener(file.toString())), minMi, gap,
                        maxIterations, progress.miListener(file.toString()));
            } catch (IllegalArgumentException e) {
                // a limit of the formulation for this file's scenario (e.g. M_Hall's number of input tuples)
                progress.done();
                exit = Math.max(exit, invalid(file, m, file + ": " + e.getMessage(), out, err));
                continue;
            }
            progress.done();
            out.println(json ? MdReport.json(file.toString(), o) : MdReport.text(file.toString(), o));
            out.flush();
            exit = Math.max(exit, exitCode(o));
        }
        return exit;
    }

    /** Reports a file that cannot be solved as invalid input (one line); returns {@link ExitCode#INVALID}. */
    private int invalid(Path file, MeasurementDependenceMeasure m, String message, PrintWriter out, PrintWriter err) {
        if (json) {
            out.println(InvalidInputJson.line(file.toString(), "measure", m.key(), message));
            out.flush();
        } else {
            err.println("relax: " + message);
        }
        return ExitCode.INVALID;
    }

    private int functional(MeasurementDependenceMeasure m, SolveOptions options, PrintWriter out) {
        if (functional == null || scenario == null || value == null) {
            throw new IllegalArgumentException("the functional mode needs --scenario, --functional and --value");
        }
        if (minMi) {
            throw new IllegalArgumentException("--min-mi needs a whole behaviour (the minimum over models reproducing p); give a behaviour file");
        }
        Scenario s = Scenario.parse(scenario);
        BellFunctional f = FunctionalConstraints.named(functional, s);
        MeasurementDependenceAnalysis.Outcome o = MeasurementDependenceAnalysis.functional(f, ExactNumber.parse(value, "--value", "a number"), noSignalling, m,
                inputs(s), options);
        String subject = f.name() + " = " + value + (noSignalling ? ", no-signalling" : "");
        out.println(json ? MdReport.json(subject, o) : MdReport.text(subject, o));
        out.flush();
        return exitCode(o);
    }

    private InputDistribution inputs(Scenario s) {
        return inputDistribution == null ? InputDistribution.uniform(s) : InputDistribution.parse(s, inputDistribution);
    }

    private static int exitCode(MeasurementDependenceAnalysis.Outcome o) {
        return switch (o.status()) {
            case OPTIMAL -> ExitCode.OPTIMAL;
            case INFEASIBLE -> ExitCode.INFEASIBLE;
            case FAILED -> ExitCode.SOLVER_FAILURE;
        };
    }

    /** The backends of --backend (chosen first, the others as fallbacks); md always generates columns. */
    private SolveOptions options() {
        List<LpBackend> backends = solver.relaxationOptions().backends();
        if (!solver.method.equalsIgnoreCase("auto") && !solver.method.equalsIgnoreCase("colgen")) {
            throw new IllegalArgumentException("md always uses column generation; --method must be auto or colgen");
        }
        return SolveOptions.defaults().withBackends(backends);
    }
}
