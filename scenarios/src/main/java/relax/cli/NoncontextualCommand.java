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
import relax.core.InvalidBehaviourException;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.ContextualityAnalysis;
import relax.scenarios.io.ContextualityFile;

/** {@code relax noncontextual}: KS-noncontextuality, the context→outcome influence and the contextual fraction of each file. */
@Command(name = "noncontextual", mixinStandardHelpOptions = true,
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
                + "See docs/contextuality.md."})
public final class NoncontextualCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line per file instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output on long runs.")
    boolean quiet;

    @Mixin
    SolverOptions solver;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Contextuality files (docs/contextuality.md) or Bell behaviour files.")
    List<Path> files;

    @Override
    public Integer call() {
        SolveOptions options = solver.relaxationOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatusLine progress = StatusLine.forTerminal(err, quiet);
        int exit = ExitCode.OPTIMAL;
        for (Path file : files) {
            CompatibilityBehaviour p;
            try {
                p = ContextualityFile.readAny(file, solver.tolerance);
            } catch (InvalidBehaviourException e) {
                if (json) {
                    out.println(InvalidInputJson.line(file.toString(), "model", "context", e.getMessage()));
                } else {
                    err.println("relax: " + e.getMessage());
                }
                out.flush();
                exit = Math.max(exit, ExitCode.INVALID);
                continue;
            }
            ContextualityAnalysis.Outcome o;
            try {
                o = ContextualityAnalysis.run(p, options.withProgress(progress.listener(file.toString())), solver.tolerance);
            } catch (IllegalArgumentException e) {
                // a scenario too large for the exact search: refused with its size, nothing solved
                progress.done();
                String why = file + ": " + e.getMessage();
                if (json) {
                    out.println(InvalidInputJson.line(file.toString(), "model", "context", why));
                } else {
                    err.println("relax: " + why);
                }
                out.flush();
                exit = Math.max(exit, ExitCode.INVALID);
                continue;
            }
            progress.done();
            out.println(json ? ContextualityReport.json(file.toString(), o) : ContextualityReport.text(file.toString(), o));
            out.flush();
            exit = Math.max(exit, ExitCode.of(o.status()));
        }
        return exit;
    }
}
