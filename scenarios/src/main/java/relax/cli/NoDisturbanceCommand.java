package relax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.InvalidBehaviourException;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.core.contextuality.NoDisturbance;
import relax.scenarios.io.ContextualityFile;

/** {@code relax nodisturbance}: Pearl &amp; Cavalcanti's Def. 2 checked on contextuality (or Bell behaviour) files. */
@Command(name = "nodisturbance", mixinStandardHelpOptions = true,
        description = {"No-disturbance (Pearl & Cavalcanti, Def. 2): the largest violation and where, exactly.",
            "Checks each file (a contextuality file, or a Bell behaviour file read as one) for (i) P(A_g|X) = P(A_g|X_g): the outcomes "
                + "of a set of slots do not depend on the measurements in the other slots (no-signalling in a Bell scenario); (ii) a "
                + "measurement's outcome distribution does not depend on the slot it fills; and, beyond Def. 2, measurements shared by "
                + "two contexts in different slots. Prints the largest violation of each and where - the measurement, the two contexts "
                + "and the amount - in rational arithmetic on the numbers as written (0.1 is 1/10, \"1/3\" is 1/3).",
            "Exit code 0 when Def. 2 holds (within --tolerance), 1 when it is broken, 2 for invalid input. See docs/contextuality.md."})
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
        if (!(tolerance >= 0) || tolerance > 0.1) {
            throw new IllegalArgumentException("--tolerance must be between 0 and 0.1, got " + tolerance);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OPTIMAL;
        for (Path file : files) {
            CompatibilityBehaviour p;
            try {
                p = ContextualityFile.readAny(file, tolerance);
            } catch (InvalidBehaviourException e) {
                if (json) {
                    out.println(InvalidInputJson.line(file.toString(), null, null, e.getMessage()));
                } else {
                    err.println("relax: " + e.getMessage());
                }
                out.flush();
                exit = Math.max(exit, ExitCode.INVALID);
                continue;
            }
            NoDisturbance.Report r = NoDisturbance.check(p, tolerance);
            out.println(json ? ContextualityReport.noDisturbanceJson(file.toString(), p, r).toString()
                    : ContextualityReport.noDisturbanceText(file.toString(), p, r));
            out.flush();
            exit = Math.max(exit, r.holds() ? ExitCode.OPTIMAL : ExitCode.INFEASIBLE);
        }
        return exit;
    }
}
