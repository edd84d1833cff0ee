package relax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.ContextualityAnalysis;
import relax.scenarios.io.ContextualityFile;

/** {@code relax noncontextual}: KS-noncontextuality, the context→outcome influence and the contextual fraction of each file. */
@Command(name = "noncontextual", mixinStandardHelpOptions = true,
        header = "Kochen-Specker contextuality: noncontextual model, min context-to-outcome influence and contextual fraction.",
        description = {"Kochen-Specker contextuality: noncontextual model, min context->outcome influence, contextual fraction.",
            "For each contextuality file (or Bell behaviour file, read as one), with exactly verified certificates:",
            "- whether a KS-noncontextual (factorisable, Pearl & Cavalcanti Def. 3) model exists: an LP over global value assignments; "
                + "if not, a noncontextuality inequality the behaviour violates;",
            "- the value: the minimal context->outcome influence C_ctx->A over models whose outcomes may depend on the whole context, "
                + "the analogue of C_X->B (Chaves et al. 2015, eq. 29): the largest shift of a measurement's outcome probability that "
                + "changing the context causes, averaged over the hidden variable; 0 exactly when a noncontextual model exists. With its "
                + "optimal model and dual certificate;",
            "- the contextual fraction CF (Abramsky, Barbosa & Mansfield 2017): 1 - the largest weight of a noncontextual part of p, "
                + "with its certificate;",
            "- whether responses that depend on the slot a measurement fills (Fig. 1 without the symmetry clause of Def. 4.2) "
                + "reproduce p.",
            "Exit codes as for influence: 0 solved, 2 invalid input (also scenarios too large for the exact search), 3 not established. "
                + "See docs/contextuality.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  relax noncontextual scenarios/examples/peres-mermin.json", "  relax noncontextual --json scenarios/examples/kcbs.json"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:every input solved", "2:invalid input or option (also scenarios too large for the exact search)", "3:the answer could not be established (solver trouble, out of memory)", "4:internal error (a bug: please report it)"})
public final class NoncontextualCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Mixin
    SolverOptions solver;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Contextuality files (docs/contextuality.md) or Bell behaviour files.")
    List<Path> files;

    @Override
    public Integer call() {
        SolveOptions options = solver.relaxationOptions(Method.AUTO);
        Records records = report.records(spec, "model", "context");
        StatusLine progress = report.progress(spec);
        for (Path file : files) {
            records.guard(file.toString(), "behaviour", () -> {
                CompatibilityBehaviour p = ContextualityFile.readAny(file, solver.tolerance);
                ContextualityAnalysis.Outcome o = ContextualityAnalysis.run(p, options, solver.tolerance);
                progress.done();
                records.solved(records.json() ? ContextualityReport.json(file.toString(), o) : ContextualityReport.text(Main.oneLine(file.toString()), o),
                        o.status());
                return null;
            });
            progress.done();
        }
        return records.exit();
    }
}
