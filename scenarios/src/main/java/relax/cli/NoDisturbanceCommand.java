package relax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.lp.engine.Status;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.NoDisturbance;
import relax.scenarios.io.ContextualityFile;

/** {@code relax nodisturbance}: Pearl &amp; Cavalcanti's Def. 2 checked on contextuality (or Bell behaviour) files. */
@Command(name = "nodisturbance", mixinStandardHelpOptions = true,
        header = "No-disturbance (Pearl & Cavalcanti, Def. 2): the largest violation and where, exactly.",
        description = {"No-disturbance (Pearl & Cavalcanti, Def. 2): the largest violation and where, exactly.",
            "Checks each file (a contextuality file, or a Bell behaviour file read as one) for (i) P(A_g|X) = P(A_g|X_g): the outcomes "
                + "of a set of slots do not depend on the measurements in the other slots (no-signalling in a Bell scenario); (ii) a "
                + "measurement's outcome distribution does not depend on the slot it fills; and, beyond Def. 2, measurements shared by "
                + "two contexts in different slots. Prints the largest violation of each and where - the measurement, the two contexts "
                + "and the amount - in rational arithmetic on the numbers as written (0.1 is 1/10, \"1/3\" is 1/3).",
            "Exit code 0 when Def. 2 holds (within --tolerance), 1 when it is broken, 2 for invalid input. See docs/contextuality.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  relax nodisturbance scenarios/examples/peres-mermin.json", "  relax nodisturbance --json scenarios/examples/pr-box.json"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:no-disturbance holds (within --tolerance) for every input", "1:it is broken for some input", "2:invalid input or option", "4:internal error (a bug: please report it)"})
public final class NoDisturbanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "1e-9",
            description = "How far a context may sum from 1, and the largest difference that still counts as none (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--json", description = "One JSON object per line per file instead of text.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Contextuality files (docs/contextuality.md) or Bell behaviour files.")
    List<Path> files;

    @Override
    public Integer call() {
        SolverOptions.checkTolerance(tolerance);
        Records records = new Records(spec.commandLine().getOut(), spec.commandLine().getErr(), json, false);
        for (Path file : files) {
            records.guard(file.toString(), "behaviour", () -> {
                CompatibilityBehaviour p = ContextualityFile.readAny(file, tolerance);
                NoDisturbance.Report r = NoDisturbance.check(p, tolerance);
                records.solved(json ? ContextualityReport.noDisturbanceJson(file.toString(), p, r).toString()
                        : ContextualityReport.noDisturbanceText(Main.oneLine(file.toString()), p, r), r.holds() ? Status.OPTIMAL : Status.INFEASIBLE);
                return null;
            });
        }
        return records.exit();
    }
}
