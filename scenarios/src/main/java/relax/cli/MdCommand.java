package relax.cli;

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
import relax.core.Scenario;
import relax.lp.dependence.InputDistribution;
import relax.lp.dependence.MeasurementDependenceMeasure;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.Measure;
import relax.scenarios.analysis.MeasurementDependenceAnalysis;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.statistics.Estimand;
import relax.scenarios.statistics.ExperimentAnalysis;

/** {@code relax md}: the minimum measurement dependence that reproduces a behaviour or a Bell value. */
@Command(name = "md", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Minimum measurement dependence M or M_Hall, with bounds on the mutual information I(X:Lambda), for any number of parties.",
        description = {"Minimum measurement dependence (Fig. 1e): over every model whose inputs may be correlated with the hidden variable, minimise",
                "  M       sum_{x,lambda} |p(x,lambda) - p(x)p(lambda)|   (eq. 5/41), or",
                "  M_Hall  max_{x,x'} sum_lambda |p(lambda|x) - p(lambda|x')|   (Hall's measure),",
                "for whole behaviours (FILE...) or only a Bell value (functional mode: --functional or --functional-file with --value; the "
                + "behaviour normalised and, unless --allow-signalling, non-signalling, as in relax influence). Any number of parties.",
                "Prints the value, an optimal model, the dual certificate re-verified in exact arithmetic, and bounds on I(X:Lambda): "
                + "Pinsker's (M^2/2) log2 e below, the optimal model's I above; with --min-mi the certified bracket of the true minimum of I "
                + "over all models reproducing p.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax md scenarios/examples/tsirelson.json",
                "  relax md --measure hall --json scenarios/examples/ghz.json",
                "  relax md --min-mi --gap 1e-6 scenarios/examples/tsirelson.json",
                "  relax md --functional cglmp --scenario 2,2,3,3 --value 3",
                "  relax md --functional chsh --value 0.3 --allow-signalling"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:every input solved", "1:no behaviour meets the constraints, with an exact proof (0 with --exit-zero-on-infeasible)",
                "2:invalid input or option", "3:the answer could not be established (solver trouble, out of memory)",
                "4:internal error (a bug: please report it)"})
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

    @Mixin
    ReportOptions report;

    @Mixin
    SolverOptions solver;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto", completionCandidates = Methods.class,
            description = "${COMPLETION-CANDIDATES}: enumerate writes M's LP over every (input tuple, strategy) pair, colgen generates (strategy, ray) "
                    + "columns (M_Hall always does); auto enumerates M with 16 or more input tuples (four parties and up) and at most 65536 pairs (default: ${DEFAULT-VALUE}).")
    String method;

    @Mixin
    FunctionalOptions functional;

    @Mixin
    StatisticsOptions statistics;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Behaviour files (JSON: inputs, outputs, p[x1]..[xN][a1]..[aN]).")
    List<Path> files = new ArrayList<>();

    /** The methods md offers. */
    static final class Methods extends ArrayList<String> {
        Methods() {
            super(List.of("auto", "enumerate", "colgen"));
        }
    }

    @Override
    public Integer call() {
        MeasurementDependenceMeasure m = MeasurementDependenceMeasure.fromKey(measure);
        if (!new Methods().contains(method.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("md's --method is auto, enumerate or colgen, got '" + Main.oneLine(method) + "'");
        }
        SolveOptions options = solver.relaxationOptions(Method.fromKey(method));
        if (!(gap > 0)) {
            throw new IllegalArgumentException("--gap must be positive, got " + gap);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("--max-iterations must be at least 1, got " + maxIterations);
        }
        if (functional.given() && !files.isEmpty()) {
            throw new IllegalArgumentException("give either behaviour files or functional mode (--functional or --functional-file with --value), not both");
        }
        if (!functional.given() && files.isEmpty()) {
            throw new IllegalArgumentException("give behaviour files, or --functional NAME (or --functional-file F.json) with --value V for the functional mode");
        }
        if (functional.given() && minMi) {
            throw new IllegalArgumentException("--min-mi needs a whole behaviour (the minimum over models reproducing p); give a behaviour file");
        }
        statistics.check(Estimand.measurementDependence(m, null));
        if (functional.given() && statistics.active()) {
            throw new IllegalArgumentException("--fit and --confidence analyse counts of behaviour files, not functional mode");
        }
        Measure measured = Measure.of(m);
        Records records = report.records(spec, "measure", measured.key(), "measure_label", measured.label());
        StatusLine progress = report.progress(spec);
        if (functional.given()) {
            records.guard(null, "functional", () -> {
                BellFunctional f = functional.read();
                MeasurementDependenceAnalysis a = MeasurementDependenceAnalysis.of(f, functional.value(), functional.imposesNoSignalling(), m,
                        inputs(f.scenario()));
                String subject = f.name() + " = " + functional.written();
                MeasurementDependenceAnalysis.Outcome o = a.run(options.withProgress(progress.listener(subject, a.problem())), false, gap, maxIterations,
                        null);
                progress.done();
                records.solved(records.json() ? MdReport.json(null, o) : MdReport.text(subject, o), o.status());
                return null;
            });
        } else {
            for (Path file : files) {
                records.guard(file.toString(), "behaviour", () -> {
                    Behaviour p = BehaviourFile.read(file, solver.tolerance);
                    InputDistribution inputs = inputs(p.scenario());
                    ExperimentAnalysis.Prepared prepared = statistics.prepare(p, () -> null, options, progress);
                    MeasurementDependenceAnalysis a = MeasurementDependenceAnalysis.of(p, m, inputs);
                    MeasurementDependenceAnalysis.Outcome o = a.run(options.withProgress(progress.listener(file.toString(), a.problem())), minMi, gap,
                            maxIterations, progress.miListener(file.toString()));
                    progress.done();
                    String record = records.json() ? MdReport.json(file.toString(), o) : MdReport.text(Main.oneLine(file.toString()), o);
                    records.solved(statistics.record(record, records.json(), prepared, Estimand.measurementDependence(m, inputs), o.status(), options, progress),
                            o.status());
                    return null;
                });
                progress.done();
            }
        }
        return records.exit();
    }

    private InputDistribution inputs(Scenario s) {
        return inputDistribution == null ? InputDistribution.uniform(s) : InputDistribution.parse(s, inputDistribution);
    }
}
