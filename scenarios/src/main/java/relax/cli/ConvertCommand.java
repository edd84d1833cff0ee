package relax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.Behaviour;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.ContextualityFile;
import relax.scenarios.io.TerminalText;

/**
 * {@code relax convert IN}: reads a behaviour in any input form and writes it as a canonical behaviour file
 * (JSON, or CSV with {@code --format csv}) whose numbers are the exact values read and whose blocks sum to
 * exactly 1.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Reads a behaviour in any input form - JSON with \"p\" (in any index order, \"order\": \"abxy\"), \"counts\", "
                + "\"correlators\" or \"collins-gisin\"; CSV with a header x,y,a,b,p or x,y,a,b,count - checks it like every command does, "
                + "and writes it as a canonical behaviour file: JSON nested p[x1]..[xN][a1]..[aN] (counts stay counts) or CSV.",
            "Numbers are written exactly as read (a fraction as \"n/d\" where no decimal is exact); every block sums to exactly 1, "
                + "so the output is accepted at --tolerance 0. A block accepted within --tolerance is divided by its sum, and a note on "
                + "standard error says so.",
            "Examples:", "  relax convert counts.csv --out counts.json", "  relax convert table-from-paper.json --format csv", ""},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "2:invalid input, or OUT cannot be written"})
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "The behaviour file (JSON or CSV).")
    Path in;

    @Option(names = "--out", paramLabel = "OUT", description = "Write here instead of to standard output (replaced atomically; an existing file only with --force).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json or csv (default: csv if OUT ends in .csv, else json).")
    String format;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "1e-9",
            description = "How far each block of p may sum from 1 (and an entry lie below 0) before the input is rejected (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    @Option(names = "--to", paramLabel = "KIND", defaultValue = "behaviour",
            description = "behaviour, or contextuality: a contextuality file (docs/contextuality.md) with measurements A0, B1, ... and one context per input tuple (JSON only) (default: ${DEFAULT-VALUE}).")
    String to;

    @Override
    public Integer call() {
        SolverOptions.checkTolerance(tolerance);
        String f = format != null ? format.toLowerCase(Locale.ROOT)
                : out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "json";
        if (!f.equals("json") && !f.equals("csv")) {
            throw new IllegalArgumentException("--format must be json or csv, got '" + TerminalText.excerpt(format, 40) + "'");
        }
        if (!to.equals("behaviour") && !(to.equals("contextuality") && f.equals("json"))) {
            throw new IllegalArgumentException("--to must be behaviour or contextuality (JSON only), got '" + TerminalText.excerpt(to, 40) + "' with --format " + f);
        }
        if (out != null && Files.exists(out) && !force) {
            throw new IllegalArgumentException(TerminalText.safe(out.toString()) + " exists: give --force to replace it");
        }
        Behaviour b = BehaviourFile.read(in, tolerance);
        String text = to.equals("contextuality") ? ContextualityFile.toJson(CompatibilityBehaviour.fromBell(b)) + "\n"
                : f.equals("csv") ? BehaviourFile.toCsv(b) : BehaviourFile.toJson(b) + "\n";
        if (!b.normalisationNote().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("relax: note: " + TerminalText.safe(in.toString()) + ": " + b.normalisationNote());
            err.flush();
        }
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(text);
            o.flush();
        } else {
            write(out, text);
        }
        return ExitCode.OPTIMAL;
    }

    /** Writes {@code text} to a temporary file beside {@code target} and renames it, so a reader never sees half a file. */
    private static void write(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            // a sibling, so that the rename stays on one file system; created with the usual permissions (umask)
            tmp = dir.resolve("." + target.getFileName() + ".relax-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file stays; the error below is what matters
                }
            }
            throw new IllegalArgumentException("cannot write " + TerminalText.safe(target.toString()) + " (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return TerminalText.excerpt(fs.getReason(), 200);
        }
        return TerminalText.excerpt(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), 200);
    }
}
