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
import relax.core.InvalidBehaviourException;
import relax.core.microstate.MicrostateMeasure;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.MicrostateDependenceAnalysis;
import relax.scenarios.statistics.Estimand;
import relax.scenarios.statistics.ExperimentAnalysis;
import relax.scenarios.io.BehaviourFile;

/** {@code relax microstate}: the least microstate dependence that reproduces each behaviour file. */
@Command(name = "microstate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Least dependence of Bob's apparatus microstate on Alice's side that a locally causal, settings-independent",
                "model needs to reproduce the whole behaviour (Ciepielewski & Okon's escape from Bell's theorem):",
                "  --on x             max_{x,x'} sum_lambda p(lambda) TV(p(lambda_b|x,lambda), p(lambda_b|x',lambda))",
                "  --on x --given-y   the same at fixed y, when lambda_b may also depend on Bob's own setting",
                "  --on a [--given-y] dependence on Alice's result instead of her setting",
                "TV is the total-variation distance. Needs two values of the far variable (two settings of Alice for",
                "--on x, two results for --on a). On CHSH behaviours the minimum is 2*max(0, CHSH), or max(0, CHSH) for",
                "--on x --given-y (docs/microstate-independence.md). Prints the value, an optimal model, and the dual",
                "certificate re-verified in exact arithmetic."})
public final class MicrostateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--on", paramLabel = "x|a", defaultValue = "x", description = "What Bob's microstate depends on: Alice's setting x or result a (default: ${DEFAULT-VALUE}).")
    String on;

    @Option(names = "--given-y", description = "Let the microstate also depend on Bob's setting y (the distance is then taken at fixed y).")
    boolean givenY;

    @Option(names = "--json", description = "One JSON object per line per file instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output on long runs.")
    boolean quiet;

    @Mixin
    SolverOptions solver;

    @Mixin
    StatisticsOptions statistics;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Behaviour files (JSON: inputs, outputs, p[x][y][a][b]).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (!on.equals("x") && !on.equals("a")) {
            throw new IllegalArgumentException("--on must be x (Alice's setting) or a (Alice's result), got '" + on + "'");
        }
        MicrostateMeasure measure = MicrostateMeasure.fromKey(on + (givenY ? "-given-y" : ""));
        SolveOptions options = solver.relaxationOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatusLine progress = StatusLine.forTerminal(err, quiet);
        Estimand estimand = Estimand.microstate(measure);
        statistics.check(estimand);
        int exit = ExitCode.OPTIMAL;
        for (Path file : files) {
            MicrostateDependenceAnalysis.Outcome outcome;
            ExperimentAnalysis.Prepared prepared;
            try {
                Behaviour p = BehaviourFile.read(file, solver.tolerance);
                prepared = statistics.prepare(p, estimand.fitSpace(p.scenario()), options, progress);
                outcome = MicrostateDependenceAnalysis.run(prepared.solved(), measure, options.withProgress(progress.listener(file.toString())), solver.tolerance);
            } catch (InvalidBehaviourException | IllegalArgumentException e) {
                progress.done();
                String message = e instanceof InvalidBehaviourException ? e.getMessage() : file + ": " + e.getMessage();
                if (json) {
                    out.println(InvalidInputJson.line(file.toString(), "measure", measure.key(), message));
                } else {
                    err.println("relax: " + message);
                }
                out.flush();
                exit = Math.max(exit, ExitCode.INVALID);
                continue;
            }
            progress.done();
            String report = json ? MicrostateReport.json(file.toString(), outcome) : MicrostateReport.text(file.toString(), outcome);
            out.println(statistics.record(report, json, prepared, estimand, outcome.status(), options, progress));
            out.flush();
            exit = Math.max(Math.max(exit, StatisticsOptions.exit(prepared)), switch (outcome.status()) {
                case OPTIMAL -> ExitCode.OPTIMAL;
                case INFEASIBLE -> ExitCode.INFEASIBLE;
                case FAILED -> ExitCode.SOLVER_FAILURE;
            });
        }
        return exit;
    }
}
