package relax.cli;

import java.io.PrintWriter;
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
import relax.core.CausalModel;
import relax.core.InvalidBehaviourException;
import relax.lp.Relaxation;
import relax.scenarios.BehaviourFile;
import relax.scenarios.InfluenceAnalysis;

/** {@code relax influence}: the minimum locality relaxation that reproduces each behaviour file. */
@Command(name = "influence", mixinStandardHelpOptions = true,
        description = {"Minimum over every classical model of the causal structure MODEL that reproduces the whole behaviour:",
                "  x2b   C_X->B, Alice's input influences Bob's output (Fig. 1c, eq. 29)",
                "  a2b   C_A->B, Alice's output influences Bob's output (Fig. 1b, eq. 4)",
                "  comm  p(m=0) of one message bit from Alice to Bob, uniform p(x) (Fig. 1d, eq. 39), and H(m)",
                "  lhv   whether the behaviour is local at all (Fig. 1a); if not, a Bell inequality it violates",
                "Prints the value, an optimal hidden-variable model, and the dual certificate re-verified in exact arithmetic."})
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Behaviour files (JSON: inputs, outputs, p[x][y][a][b]).")
    List<Path> files;

    @Override
    public Integer call() {
        CausalModel structure = CausalModel.fromKey(model);
        Relaxation.Options options = solver.relaxationOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forTerminal(err, quiet);
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
                    out.println(InfluenceReport.invalidJson(file.toString(), structure, e.getMessage()));
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
}
