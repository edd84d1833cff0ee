package relax.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How a solving command reports: text or JSON lines, progress, and the exit code of an infeasible input. */
public final class ReportOptions {
    @Option(names = "--json", description = "One JSON object per line per input (file or functional value) instead of text; keys in docs/json.md.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (progress is shown only when standard error is a terminal).")
    boolean quiet;

    @Option(names = "--exit-zero-on-infeasible",
            description = "Exit 0 instead of 1 when a behaviour is infeasible for the structure (e.g. not local), for scripts that treat that answer as success.")
    boolean exitZeroOnInfeasible;

    /** The records of one run of {@code spec}'s command; {@code context} as in {@link Records#Records}. */
    Records records(CommandSpec spec, Object... context) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return new Records(out, err, json, exitZeroOnInfeasible, context);
    }

    /** Progress for {@code spec}'s command on standard error, or none. */
    StatusLine progress(CommandSpec spec) {
        return StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
    }
}
