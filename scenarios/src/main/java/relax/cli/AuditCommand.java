package relax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.scenarios.microstate.Audit;
import relax.scenarios.microstate.Auditor;
import relax.scenarios.microstate.HiddenVariableModel;
import relax.scenarios.microstate.InvalidModelException;
import relax.scenarios.microstate.ModelFile;

/** {@code relax audit}: the exact audit of explicit hidden-variable models with apparatus microstates (Ciepielewski & Okon). */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exact audit of explicit hidden-variable models with apparatus microstates (Ciepielewski & Okon).",
                "A model (settings x, y; state lambda; microstates lambda_a, lambda_b; response tables for a and b)",
                "is audited in exact arithmetic: the behaviour p(a,b|x,y) it produces, its CHSH value, and whether",
                "settings independence (eq. 2), parameter and outcome independence (eqs. 21, 22), factorizability",
                "(eq. 1), local causality (eq. 7) and microstate independence - as printed (eq. 25) and in",
                "conditional form - hold, with the largest violation and where it occurs.",
                "Model format and definitions: docs/microstate-independence.md.",
                "Exit codes: 0 every file audited (whatever the verdicts), 2 invalid model file."})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line per file instead of text.")
    boolean json;

    @Parameters(paramLabel = "MODEL", arity = "1..*", description = "Model files (JSON; see docs/microstate-independence.md).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OPTIMAL;
        for (Path file : files) {
            Audit audit;
            try {
                HiddenVariableModel model = ModelFile.read(file);
                audit = audit(file, model);
            } catch (InvalidModelException e) {
                if (json) {
                    out.println(InvalidInputJson.line(file.toString(), null, null, e.getMessage()));
                    out.flush();
                } else {
                    err.println("relax: " + e.getMessage());
                    err.flush();
                }
                exit = Math.max(exit, ExitCode.INVALID);
                continue;
            }
            out.println(json ? AuditReport.json(file.toString(), audit) : AuditReport.text(file.toString(), audit));
            out.flush();
        }
        return exit;
    }

    /** The audit, or the model refused as too large (as invalid input naming the file). */
    private static Audit audit(Path file, HiddenVariableModel model) {
        try {
            return Auditor.audit(model);
        } catch (InvalidModelException e) {
            throw new InvalidModelException(file + ": " + e.getMessage());
        }
    }
}
