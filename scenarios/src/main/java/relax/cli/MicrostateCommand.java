package relax.cli;

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
import relax.core.microstate.MicrostateMeasure;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.Measure;
import relax.scenarios.analysis.MicrostateDependenceAnalysis;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.statistics.Estimand;
import relax.scenarios.statistics.ExperimentAnalysis;

/** {@code relax microstate}: the least microstate dependence that reproduces each behaviour file. */
@Command(name = "microstate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Least dependence of Bob's apparatus microstate on Alice's setting or result that reproduces a behaviour.",
        description = {"Least dependence of Bob's apparatus microstate on Alice's side that a locally causal, settings-independent model "
                + "needs to reproduce the whole behaviour (Ciepielewski & Okon's escape from Bell's theorem):",
                "  --on x             max_{x,x'} sum_lambda p(lambda) TV(p(lambda_b|x,lambda), p(lambda_b|x',lambda))",
                "  --on x --given-y   the same at fixed y, when lambda_b may also depend on Bob's own setting",
                "  --on a [--given-y] dependence on Alice's result instead of her setting",
                "TV is the total-variation distance. Needs two values of the far variable (two settings of Alice for --on x, two results "
                + "for --on a). On CHSH behaviours the minimum is 2*max(0, CHSH), or max(0, CHSH) for --on x --given-y "
                + "(docs/microstate-independence.md). Prints the value, an optimal model, and the dual certificate re-verified in exact "
                + "arithmetic.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax microstate scenarios/examples/tsirelson.json", "  relax microstate --on x --given-y --json scenarios/examples/pr-box.json"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:every input solved", "1:no such model reproduces some behaviour, with an exact proof (0 with --exit-zero-on-infeasible)",
                "2:invalid input or option", "3:the answer could not be established (solver trouble, out of memory)",
                "4:internal error (a bug: please report it)"})
public final class MicrostateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--on", paramLabel = "x|a", defaultValue = "x", description = "What Bob's microstate depends on: Alice's setting x or result a (default: ${DEFAULT-VALUE}).")
    String on;

    @Option(names = "--given-y", description = "Let the microstate also depend on Bob's setting y (the distance is then taken at fixed y).")
    boolean givenY;

    @Mixin
    ReportOptions report;

    @Mixin
    SolverOptions solver;

    @Mixin
    SolverOptions.MethodOption method;

    @Mixin
    StatisticsOptions statistics;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Behaviour files (JSON: inputs, outputs, p[x][y][a][b]).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (!on.equals("x") && !on.equals("a")) {
            throw new IllegalArgumentException("--on must be x (Alice's setting) or a (Alice's result), got '" + Main.oneLine(on) + "'");
        }
        MicrostateMeasure measure = MicrostateMeasure.fromKey(on + (givenY ? "-given-y" : ""));
        SolveOptions options = solver.relaxationOptions(method.method());
        Measure m = Measure.of(measure);
        Records records = report.records(spec, "measure", m.key(), "measure_label", m.label());
        StatusLine progress = report.progress(spec);
        Estimand estimand = Estimand.microstate(measure);
        statistics.check(estimand);
        for (Path file : files) {
            records.guard(file.toString(), "behaviour", () -> {
                Behaviour p = BehaviourFile.read(file, solver.tolerance);
                ExperimentAnalysis.Prepared prepared = statistics.prepare(p, () -> estimand.fitSpace(p.scenario()), options, progress);
                MicrostateDependenceAnalysis a = new MicrostateDependenceAnalysis(prepared.solved(), measure, solver.tolerance);
                MicrostateDependenceAnalysis.Outcome o = a.run(options.withProgress(progress.listener(file.toString(), a.problem())));
                progress.done();
                String record = records.json() ? MicrostateReport.json(file.toString(), o) : MicrostateReport.text(Main.oneLine(file.toString()), o);
                records.count(StatisticsOptions.exit(prepared));
                records.solved(statistics.record(record, records.json(), prepared, estimand, o.status(), options, progress), o.status());
                return null;
            });
            progress.done();
        }
        return records.exit();
    }
}
