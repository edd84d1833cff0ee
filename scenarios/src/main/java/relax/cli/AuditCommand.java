package relax.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.lp.engine.Status;
import relax.scenarios.microstate.Audit;
import relax.scenarios.microstate.Auditor;
import relax.scenarios.microstate.HiddenVariableModel;
import relax.scenarios.microstate.InvalidModelException;
import relax.scenarios.microstate.ModelFile;

/** {@code relax audit}: the exact audit of explicit hidden-variable models with apparatus microstates (Ciepielewski & Okon). */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Exact audit of explicit hidden-variable models with apparatus microstates (Ciepielewski & Okon).",
        description = {"Exact audit of explicit hidden-variable models with apparatus microstates (Ciepielewski & Okon). A model (settings "
                + "x, y; state lambda; microstates lambda_a, lambda_b; response tables for a and b) is audited in exact arithmetic: the "
                + "behaviour p(a,b|x,y) it produces, its CHSH value, and whether settings independence (eq. 2), parameter and outcome "
                + "independence (eqs. 21, 22), factorizability (eq. 1), local causality (eq. 7) and microstate independence - as printed "
                + "(eq. 25) and in conditional form - hold, with the largest violation and where it occurs.",
                "Model format and definitions: docs/microstate-independence.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax audit scenarios/examples/microstate-escape.json", "  relax audit --json scenarios/examples/microstate-*.json"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:every file audited (whatever the verdicts)", "2:invalid model file or option", "3:out of memory",
                "4:internal error (a bug: please report it)"})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line per file instead of text; keys in docs/json.md.")
    boolean json;

    @Parameters(paramLabel = "MODEL", arity = "1..*", description = "Model files (JSON; see docs/microstate-independence.md).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        Records records = new Records(spec.commandLine().getOut(), spec.commandLine().getErr(), json, false);
        for (Path file : files) {
            records.guard(file.toString(), "model", () -> {
                Audit audit = audit(file, ModelFile.read(file));
                records.solved(json ? AuditReport.json(file.toString(), audit) : AuditReport.text(Main.oneLine(file.toString()), audit), Status.OPTIMAL);
                return null;
            });
        }
        return records.exit();
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
