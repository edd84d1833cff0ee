package relax.cli;

import relax.lp.engine.SolveOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.core.InvalidBehaviourException;
import relax.lp.solver.LinearProgram;
import relax.lp.relaxation.Relaxation;
import relax.core.Scenario;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.ExactNumber;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.analysis.FunctionalAnalysis;
import relax.scenarios.analysis.FunctionalConstraints;
import relax.scenarios.io.FunctionalFile;
import relax.scenarios.analysis.InfluenceAnalysis;

/** {@code relax influence}: the minimum locality relaxation that reproduces each behaviour file. */
@Command(name = "influence", mixinStandardHelpOptions = true,
        description = {"Minimum over every classical model of the causal structure MODEL that reproduces the whole behaviour:",
                "  x2b   C_X->B, Alice's input influences Bob's output (Fig. 1c, eq. 29)",
                "  a2b   C_A->B, Alice's output influences Bob's output (Fig. 1b, eq. 4)",
                "  comm  p(m=0) of one message bit from Alice to Bob, uniform p(x) (Fig. 1d, eq. 39), and H(m)",
                "  lhv   whether the behaviour is local at all (Fig. 1a); if not, a Bell inequality it violates",
                "Prints the value, an optimal hidden-variable model, and the dual certificate re-verified in exact arithmetic.",
                "",
                "Functional mode (--functional NAME or --functional-file F.json, with --value V): only the value V of a Bell",
                "functional F is known. Minimises the measure over every model whose behaviour is normalised, has F = V and",
                "(by default) is non-signalling - the red curve of Fig. 2 - and prints the certified supporting line",
                "measure >= slope*F + intercept. See docs/functionals-and-curves.md."})
public final class InfluenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "Causal structure: lhv, x2b, a2b or comm.")
    String model;

    @Option(names = "--json", description = "One JSON object per line per file instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output on long runs.")
    boolean quiet;

    @Mixin
    SolverOptions solver;

    @Option(names = "--functional", paramLabel = "NAME", description = "Functional mode with a built-in functional: " + BellFunctional.NAMES + ".")
    String functional;

    @Option(names = "--functional-file", paramLabel = "F.json",
            description = "Functional mode with your own functional: JSON with \"coefficients\" nested like p, optional \"constant\".")
    Path functionalFile;

    @Option(names = "--value", paramLabel = "V",
            description = "Functional mode: the value F(p) = V the models must produce, taken exactly as written (0.1 is 1/10; \"1/3\" works).")
    String value;

    @Option(names = "--scenario", paramLabel = "S",
            description = "Functional mode: the scenario mx,my,oa,ob (e.g. 3,3,2,2); checked against the functional's own.")
    String scenario;

    @Option(names = "--no-signalling", description = "Functional mode: the behaviour must be non-signalling (the default).")
    boolean noSignalling;

    @Option(names = "--allow-signalling", description = "Functional mode: impose only normalisation and F = V.")
    boolean allowSignalling;

    @Option(names = "--write-lp", paramLabel = "OUT.lp",
            description = "Also write the final LP (CPLEX LP format) to OUT.lp, so that another solver can check it; one behaviour file or functional mode only.")
    Path writeLp;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Behaviour files (JSON: inputs, outputs, p[x][y][a][b]).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        CausalModel structure = CausalModel.fromKey(model);
        if (writeLp != null && files.size() > 1) {
            throw new IllegalArgumentException("--write-lp writes one LP: give one behaviour file (or use functional mode)");
        }
        SolveOptions options = writeLp == null ? solver.relaxationOptions() : solver.relaxationOptions().withFinalProgram(this::write);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatusLine progress = StatusLine.forTerminal(err, quiet);
        if (functional != null || functionalFile != null) {
            return functionalMode(structure, options, out, progress);
        }
        if (files.isEmpty() || value != null || scenario != null || noSignalling || allowSignalling) {
            throw new IllegalArgumentException(files.isEmpty() ? "give behaviour files, or --functional NAME (or --functional-file F.json) with --value V"
                    : "--value, --scenario, --no-signalling and --allow-signalling belong to functional mode (--functional or --functional-file)");
        }
        int exit = ExitCode.OPTIMAL;
        for (Path file : files) {
            Behaviour p;
            try {
                p = BehaviourFile.read(file, solver.tolerance);
                if (p.scenario().parties() != 2) {
                    throw new InvalidBehaviourException(file + ": the " + structure.key() + " model needs two parties, the file has "
                            + p.scenario().parties());
                }
            } catch (InvalidBehaviourException e) {
                if (json) {
                    out.println(InvalidInputJson.line(file.toString(), "model", structure.key(), e.getMessage()));
                } else {
                    err.println("relax: " + e.getMessage());
                }
                out.flush();
                exit = Math.max(exit, ExitCode.INVALID);
                continue;
            }
            InfluenceAnalysis.Outcome outcome = InfluenceAnalysis.run(p, structure, options.withProgress(progress.listener(file.toString())), solver.tolerance);
            progress.done();
            out.println(json ? InfluenceReport.json(file.toString(), outcome) : InfluenceReport.text(file.toString(), outcome));
            out.flush();
            exit = Math.max(exit, switch (outcome.status()) {
                case OPTIMAL -> ExitCode.OPTIMAL;
                case INFEASIBLE -> ExitCode.INFEASIBLE;
                case FAILED -> ExitCode.SOLVER_FAILURE;
            });
        }
        return exit;
    }

    /** Writes the final LP to {@link #writeLp}. */
    private void write(LinearProgram lp) {
        try {
            Files.writeString(writeLp, lp.toLpFormat());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + writeLp + ": " + e.getMessage());
        }
    }

    private int functionalMode(CausalModel structure, SolveOptions options, PrintWriter out, StatusLine progress) {
        if (functional != null && functionalFile != null) {
            throw new IllegalArgumentException("give either --functional or --functional-file, not both");
        }
        if (!files.isEmpty()) {
            throw new IllegalArgumentException("functional mode takes no behaviour files (got " + files.get(0) + ")");
        }
        if (value == null) {
            throw new IllegalArgumentException("functional mode needs --value V, the value of the functional");
        }
        if (noSignalling && allowSignalling) {
            throw new IllegalArgumentException("give either --no-signalling or --allow-signalling, not both");
        }
        Scenario s = scenario == null ? null : Scenario.parse(scenario);
        BellFunctional f = functional != null ? FunctionalConstraints.named(functional, s) : FunctionalFile.read(functionalFile, s);
        if (s != null && !s.equals(f.scenario())) {
            throw new IllegalArgumentException(f.name() + " is defined on scenario " + f.scenario() + ", not " + s);
        }
        if (f.scenario().parties() != 2) {
            throw new IllegalArgumentException("the " + structure.key() + " model needs two parties, " + f.name() + " has " + f.scenario().parties());
        }
        FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(f, ExactNumber.parse(value, "--value", "a number"), structure, !allowSignalling,
                options.withProgress(progress.listener(f.name() + " = " + value)));
        progress.done();
        out.println(json ? FunctionalReport.json(o) : FunctionalReport.text(o));
        out.flush();
        return switch (o.status()) {
            case OPTIMAL -> ExitCode.OPTIMAL;
            case INFEASIBLE -> ExitCode.INFEASIBLE;
            case FAILED -> ExitCode.SOLVER_FAILURE;
        };
    }
}
