package relax.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.scenarios.batch.Merge;
import relax.scenarios.io.TerminalText;

/** {@code relax merge}: the results files of a batch's shards joined into one, with missing and duplicate ids reported. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Joins the results files of relax batch shards into one, reporting missing and duplicate ids.",
        description = {"Joins the results files of relax batch shards: every record once, copied exactly; in the order of the task file "
                + "given with --in, else in the order of the files. Reports on standard error every id that has no record (with --in), "
                + "every id with more than one (the first is kept), records of ids not in the task file, and lines that are not records "
                + "(such as the partial last line of a shard that was stopped). See docs/batch.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax merge part-*.jsonl --in tasks.jsonl --out results.jsonl"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every task of --in has exactly one record, and nothing else is there",
            "2:something is missing, duplicated or not a record (the merged file is still written), or an invalid option"})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PART.jsonl", arity = "1..*", description = "Results files of relax batch (the shards' --out).")
    List<Path> parts;

    @Option(names = "--in", paramLabel = "TASKS.jsonl", description = "The task file the shards ran: records follow its order, and missing ids are found.")
    Path tasks;

    @Option(names = "--out", paramLabel = "RESULTS.jsonl", description = "Write here (atomically; an existing file only with --force) instead of to standard output.")
    Path out;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (out != null && Files.exists(out) && !force) {
            throw new IllegalArgumentException(TerminalText.safe(out.toString()) + " exists: give --force to replace it");
        }
        if (out != null && parts.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()))) {
            throw new IllegalArgumentException("--out " + TerminalText.safe(out.toString()) + " is one of the files to merge: give another");
        }
        java.util.function.Consumer<String> notes = note -> {
            err.println("relax merge: " + TerminalText.safe(note));
            err.flush();
        };
        Merge.Summary s;
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            s = Merge.files(parts, tasks, record -> o.println(record), notes);
            o.flush();
        } else {
            Path tmp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".relax-" + ProcessHandle.current().pid() + ".tmp");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                s = Merge.files(parts, tasks, record -> {
                    w.write(record);
                    w.write('\n');
                }, notes);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                if (e instanceof IOException io) {
                    throw new IllegalArgumentException("cannot write " + TerminalText.safe(out.toString()) + " (" + io.getMessage() + ")");
                }
                throw e;
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        err.println("relax merge: " + s.written() + " records from " + parts.size() + " file" + (parts.size() == 1 ? "" : "s")
                + (tasks == null ? "" : "; " + s.missing().size() + " missing") + ", " + s.duplicates().size() + " duplicated"
                + (s.broken() > 0 ? ", " + s.broken() + " lines not records" : "") + (s.unknown().isEmpty() ? "" : ", " + s.unknown().size() + " not in the task file"));
        err.flush();
        return s.complete() ? ExitCode.OPTIMAL : ExitCode.INVALID;
    }
}
