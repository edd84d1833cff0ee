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
import relax.core.contextuality.CausalGraph;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.locality.CausalModel;
import relax.lp.engine.SolveOptions;
import relax.lp.solver.LinearProgram;
import relax.scenarios.analysis.FaithfulnessAnalysis;
import relax.scenarios.analysis.FunctionalAnalysis;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.analysis.Measure;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.statistics.Estimand;
import relax.scenarios.statistics.ExperimentAnalysis;

/** {@code relax influence}: the minimum locality relaxation that reproduces each behaviour file. */
@Command(name = "influence", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Minimum causal influence C_X->B or C_A->B, communication p(m=0), or locality, for whole behaviours or a Bell value.",
        description = {"Minimum over every classical model of the causal structure MODEL that reproduces the whole behaviour:",
                "  x2b   C_X->B, Alice's input influences Bob's output (Fig. 1c, eq. 29)",
                "  a2b   C_A->B, Alice's output influences Bob's output (Fig. 1b, eq. 4)",
                "  comm  p(m=0) of one message bit from Alice to Bob, uniform p(x) (Fig. 1d, eq. 39), and H(m)",
                "  lhv   whether the behaviour is local at all (Fig. 1a); if not, a Bell inequality it violates",
                "Prints the value, an optimal hidden-variable model, the dual certificate re-verified in exact arithmetic, and "
                + "which no-signalling independences of p (within --tolerance) hold only by fine-tuning in the model's graph "
                + "(Pearl & Cavalcanti, Def. 4.1; relax faithfulness gives the details).",
                "",
                "Any causal structure (--structure S.json or a shipped one: lhv, x2b, a2b, comm, lhv3, instrumental, bell-x-and-a-to-b, "
                + "chain): minimises the largest influence C_U->V of its relaxed edges (or --edge U->V only), or its p(m=v); without "
                + "behaviour files, the structure file's own \"p\". See docs/causal-structures.md.",
                "",
                "Functional mode (--functional NAME or --functional-file F.json, with --value V): only the value V of a Bell "
                + "functional F is known. Minimises the measure over every model whose behaviour is normalised, has F = V and "
                + "(unless --allow-signalling) is non-signalling - the red curve of Fig. 2 - and prints the constraints imposed "
                + "and the certified supporting line measure >= slope*F + intercept. See docs/functionals-and-curves.md.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax influence --model x2b scenarios/examples/tsirelson.json",
                "  relax influence --model lhv --json scenarios/examples/*.json",
                "  relax influence --model x2b --functional chsh --value 0.2071",
                "  relax influence --model a2b --functional-file f.json --value 0.3 --allow-signalling",
                "  relax influence --model x2b --write-lp tsirelson.lp scenarios/examples/tsirelson.json",
                "  relax influence --structure instrumental",
                "  relax influence --structure bell-x-and-a-to-b --edge x->b"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:every input solved (for lhv: local)", "1:some behaviour infeasible for the structure, with an exact proof (0 with --exit-zero-on-infeasible)",
                "2:invalid input or option, or --write-lp could not write", "3:the answer could not be established (solver trouble, out of memory)",
                "4:internal error (a bug: please report it)"})
public final class InfluenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", description = "Causal structure: lhv, x2b, a2b or comm.")
    String model;

    @Option(names = "--structure", paramLabel = "S.json|NAME", description = "A causal structure file, or a shipped structure by name, instead of --model.")
    String structureSource;

    @Option(names = "--edge", paramLabel = "U->V", description = "With --structure: minimise the influence C_U->V of this edge of the graph only.")
    String edge;

    @Mixin
    ReportOptions report;

    @Mixin
    SolverOptions solver;

    @Mixin
    SolverOptions.MethodOption method;

    @Mixin
    FunctionalOptions functional;

    @Mixin
    StatisticsOptions statistics;

    @Option(names = "--write-lp", paramLabel = "OUT.lp",
            description = "Also write the final LP (CPLEX LP format, columns named by strategy, rows by entry of p or constraint) to OUT.lp, so that another solver can check it; one input only.")
    Path writeLp;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Behaviour files (JSON: inputs, outputs, p[x][y][a][b]; see README).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if ((model == null) == (structureSource == null) || (edge != null && structureSource == null)) {
            throw new IllegalArgumentException(edge != null && structureSource == null ? "--edge needs --structure"
                    : "give either --model MODEL (lhv, x2b, a2b, comm) or --structure S.json (or a shipped structure by name)");
        }
        if (structureSource != null) {
            if (functional.given() || writeLp != null) {
                throw new IllegalArgumentException("functional mode and --write-lp work with --model, not --structure");
            }
            if (statistics.active()) {
                throw new IllegalArgumentException("--fit and --confidence work with --model, not yet with --structure");
            }
            return StructureInfluence.run(spec, report, structureSource, edge, files, solver.relaxationOptions(method.method()), solver.tolerance);
        }
        CausalModel structure = CausalModel.fromKey(model);
        Measure measure = Measure.of(structure);
        if (writeLp != null && files.size() > 1) {
            throw new IllegalArgumentException("--write-lp writes one LP: give one behaviour file (or use functional mode)");
        }
        if (writeLp != null) {
            OutputFiles.checkPlace("--write-lp", writeLp);
        }
        if (functional.given() && !files.isEmpty()) {
            throw new IllegalArgumentException("functional mode (--functional, --functional-file, --value, --scenario, --no-signalling, --allow-signalling) "
                    + "takes no behaviour files (got " + files.get(0) + ")");
        }
        if (!functional.given() && files.isEmpty()) {
            throw new IllegalArgumentException("give behaviour files, or --functional NAME (or --functional-file F.json) with --value V");
        }
        LinearProgram[] last = new LinearProgram[1];
        SolveOptions options = solver.relaxationOptions(method.method());
        if (writeLp != null) {
            options = options.withFinalProgram(lp -> last[0] = lp);
        }
        Records records = report.records(spec, "model", structure.key(), "measure", measure == null ? null : measure.key(), "measure_label",
                measure == null ? null : measure.label());
        StatusLine progress = report.progress(spec);
        SolveOptions o = options;
        Estimand estimand = structure == CausalModel.LHV ? null : Estimand.influence(structure);
        statistics.check(estimand);
        if (functional.given() && statistics.active()) {
            throw new IllegalArgumentException("--fit and --confidence analyse counts of behaviour files, not functional mode");
        }
        if (functional.given()) {
            records.guard(null, "functional", () -> {
                BellFunctional f = functional.read();
                if (functional.imposesNoSignalling()) {
                    // one exact pricing search per condition and sign: minutes on large scenarios, before the first LP
                    progress.status(f.name() + " = " + functional.written() + ": finding the no-signalling conditions that " + structure.key()
                            + " models can break (two exact searches per condition)");
                }
                FunctionalAnalysis a = new FunctionalAnalysis(f, functional.value(), structure, functional.imposesNoSignalling());
                FunctionalAnalysis.Outcome outcome = a.run(o.withProgress(progress.listener(f.name() + " = " + functional.written(), a.problem())));
                progress.done();
                records.solved(records.json() ? FunctionalReport.json(outcome) : FunctionalReport.text(outcome), outcome.status());
                return null;
            });
        } else {
            CausalGraph graph = FaithfulnessCommand.graph(structure.key(), 2, solver.tolerance);
            for (Path file : files) {
                records.guard(file.toString(), "behaviour", () -> {
                    Behaviour p = BehaviourFile.read(file, solver.tolerance);
                    ExperimentAnalysis.Prepared prepared = statistics.prepare(p, () -> structure.strategies(p.scenario()), o, progress);
                    InfluenceAnalysis a = new InfluenceAnalysis(prepared.solved(), structure, solver.tolerance);
                    InfluenceAnalysis.Outcome outcome = a.run(o.withProgress(progress.listener(file.toString(), a.problem())));
                    progress.done();
                    FaithfulnessAnalysis.Outcome faithfulness = FaithfulnessAnalysis.run(CompatibilityBehaviour.fromBell(outcome.behaviour()), graph, solver.tolerance);
                    String record = records.json() ? InfluenceReport.json(file.toString(), outcome, faithfulness)
                            : InfluenceReport.text(Main.oneLine(file.toString()), outcome, faithfulness);
                    records.count(StatisticsOptions.exit(prepared));
                    records.solved(statistics.record(record, records.json(), prepared, estimand, outcome.status(), o, progress), outcome.status());
                    return null;
                });
                progress.done();
            }
        }
        progress.done();
        if (writeLp != null) {
            writeLp(last[0], records);
        }
        return records.exit();
    }

    /** Writes the final LP after the result was printed; a failure is one line on standard error and exit code 2. */
    private void writeLp(LinearProgram lp, Records records) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (lp == null) {
            err.println("relax: --write-lp: no LP was solved for this input, nothing written to " + writeLp);
            err.flush();
            records.count(ExitCode.INVALID);
            return;
        }
        try {
            OutputFiles.write("--write-lp", writeLp, lp.toLpFormat());
        } catch (IllegalArgumentException e) {
            err.println("relax: --write-lp: " + e.getMessage() + "; the result above is unaffected");
            err.flush();
            records.count(ExitCode.INVALID);
        }
    }
}
