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
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.BilocalityAnalysis;
import relax.scenarios.analysis.Measure;
import relax.scenarios.io.BehaviourFile;

/** {@code relax bilocal}: the minimum non-bilocality M_BL of entanglement-swapping behaviours. */
@Command(name = "bilocal", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Minimum non-bilocality M_BL of behaviours of the entanglement-swapping network, with a certified bracket.",
        description = {"Minimum non-bilocality M_BL (Chaves et al. 2015, eq. 46) of behaviours of the entanglement-swapping network "
                + "A <- L1 -> B <- L2 -> C (Fig. 1f). Files: \"inputs\": [mx, 1, mz] (Bob has no input), p[x][0][z][a][b][c].",
                "Finds the free parameters nu of Alice's strategy marginal (eq. 48) and their ranges (LPs 57-58), then minimises M_BL(nu) "
                + "by branch and bound with exactly verified lower bounds. M_BL = 0 comes with an explicit bilocal model. For inputs "
                + "[2,1,2] and outputs [2,4,2] the bilocality quantity B = sqrt|I| + sqrt|J| (eqs. 59-60) is shown too. --method applies "
                + "to the first step: is p reproducible by the network at all?",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax bilocal scenarios/examples/swapping-werner-0.8.json",
                "  relax bilocal --json --backend glop scenarios/examples/swapping-pauli.json",
                "  relax bilocal --resolution 1e-6 --max-lps 100000 scenarios/examples/swapping-werner-0.8.json"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:every input solved", "1:no classical model of the network reproduces some behaviour, with an exact proof (0 with --exit-zero-on-infeasible)",
                "2:invalid input or option", "3:the answer could not be established (solver trouble, out of memory)",
                "4:internal error (a bug: please report it)"})
public final class BilocalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Option(names = "--resolution", paramLabel = "EPS", defaultValue = "1e-4",
            description = "Stop when the best M_BL found is within EPS of the certified lower bound (default: ${DEFAULT-VALUE}).")
    double resolution;

    @Option(names = "--max-lps", paramLabel = "N", defaultValue = "20000",
            description = "LP budget of the search; if it runs out the bracket [lower bound, value] is reported unconverged (default: ${DEFAULT-VALUE}).")
    int maxLps;

    @Option(names = "--threads", paramLabel = "N", description = "Parameter boxes solved in parallel (default: all cores).")
    Integer threads;

    @Mixin
    SolverOptions solver;

    @Mixin
    SolverOptions.MethodOption method;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Behaviour files (JSON: inputs [mx,1,mz], outputs [oa,ob,oc], p[x][0][z][a][b][c]).")
    List<Path> files;

    @Override
    public Integer call() {
        if (!(resolution > 0) || resolution > 1) {
            throw new IllegalArgumentException("--resolution must be in (0, 1], got " + resolution);
        }
        if (maxLps < 1) {
            throw new IllegalArgumentException("--max-lps must be at least 1, got " + maxLps);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        SolveOptions options = solver.relaxationOptions(method.method())
                .withResolution(resolution).withLpBudget(maxLps)
                .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        Records records = report.records(spec, "measure", Measure.M_BL.key(), "measure_label", Measure.M_BL.label());
        StatusLine progress = report.progress(spec);
        for (Path file : files) {
            records.guard(file.toString(), "behaviour", () -> {
                Behaviour p = BehaviourFile.read(file, solver.tolerance);
                BilocalityAnalysis a = new BilocalityAnalysis(p, solver.tolerance);
                BilocalityAnalysis.Outcome o = a.run(options.withProgress(progress.listener(file.toString(), a.problem())));
                progress.done();
                records.solved(records.json() ? BilocalReport.json(file.toString(), o) : BilocalReport.text(Main.oneLine(file.toString()), o), o.status());
                return null;
            });
            progress.done();
        }
        return records.exit();
    }
}
