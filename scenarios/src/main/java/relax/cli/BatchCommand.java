package relax.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import relax.core.InvalidBehaviourException;
import relax.scenarios.batch.BatchRun;
import relax.scenarios.batch.Shard;
import relax.scenarios.batch.Task;
import relax.scenarios.io.JsonText;
import relax.scenarios.io.TerminalText;

/** {@code relax batch}: many tasks (one JSON line each) in one JVM, on several threads, resumable, in shards. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Runs a file of tasks (one JSON line each) in one JVM on several threads, resumably and in shards.",
        description = {"Runs the tasks of a task file - one JSON object per line, e.g.",
            "  {\"id\": \"r17\", \"command\": \"influence\", \"model\": \"x2b\", \"behaviour\": {\"inputs\": [2, 2], \"outputs\": [2, 2], \"p\": [...]}}",
            "- in this JVM on --threads threads, and writes one record per line: exactly the JSON line the command prints with --json, "
                + "with \"id\" first, in the order of the task file. \"behaviour\" is the input inline (any behaviour-file form) or a file's "
                + "path; every other key is an option of the command (\"k\": v is --k=v, \"k\": true the flag --k). Commands: "
                + "influence, md, bilocal, microstate, audit, noncontextual, nodisturbance, faithfulness.",
            "A line that is no task (not JSON, no valid id, an id used before, an unknown command) gives an \"invalid\" record whose "
                + "message names the line, and the batch goes on.",
            "Resumable: with --out, a rerun skips the ids whose records the file already holds and redoes a partial last line, so a "
                + "stopped sweep loses nothing. --shard I --of N runs lines I+1, I+1+N, ... (one Slurm array task each); relax merge "
                + "joins the shards' files. See docs/batch.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax batch --in tasks.jsonl --out results.jsonl --threads 2",
            "  relax batch --in behaviours.jsonl --defaults '{\"command\": \"influence\", \"model\": \"x2b\"}' --out x2b.jsonl",
            "  relax batch --in tasks.jsonl --out part-$SLURM_ARRAY_TASK_ID.jsonl --shard $SLURM_ARRAY_TASK_ID --of 4"},
        exitCodeListHeading = "%nExit codes (the largest over the shard's records, old and new):%n",
        exitCodeList = {"0:every task solved (or found local)", "1:some behaviour infeasible for its structure, with an exact proof",
            "2:some task or line invalid, or an invalid option", "3:some answer could not be established", "4:internal error (a bug: please report it)"})
public final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "TASKS.jsonl", description = "The task file: one JSON object per line.")
    Path in;

    @Option(names = "--out", paramLabel = "RESULTS.jsonl",
            description = "Append records here (created if missing); a rerun resumes it. Without it records go to standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Tasks run at once (default: the processors this JVM may use).")
    Integer threads;

    @Option(names = "--shard", paramLabel = "I", description = "Run only shard I (counted from 0) of --of N: the lines numbered I+1, I+1+N, I+1+2N, ...")
    Integer shard;

    @Option(names = "--of", paramLabel = "N", description = "The number of shards (with --shard).")
    Integer of;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Global seed: a command that takes --seed gets one derived from S and the task's id (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--defaults", paramLabel = "JSON",
            description = "Keys every task takes unless its line gives them, e.g. '{\"command\": \"md\", \"backend\": \"glop\"}'.")
    String defaults;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        if ((shard == null) != (of == null)) {
            throw new IllegalArgumentException("give --shard I and --of N together");
        }
        if (out != null && in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--out " + TerminalText.safe(out.toString()) + " is the task file: give another");
        }
        Shard part = shard == null ? Shard.ALL : new Shard(shard, of);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024, got " + n);
        }
        ObjectNode keys = defaults();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatusLine status = StatusLine.forTerminal(err, quiet);
        String name = TerminalText.safe(in.toString());
        BatchRun.Summary s;
        try (CommandTask runner = new CommandTask(seed)) {
            BatchRun run = new BatchRun(name, keys, part, n, runner);
            s = run.file(in, out, record -> {
                stdout.println(record);
                stdout.flush();
            }, progress(status), status.enabled(), note -> {
                status.done();
                if (!quiet) {
                    err.println("relax batch: " + TerminalText.safe(note));
                    err.flush();
                }
            });
        }
        status.done();
        if (!quiet) {
            err.println("relax batch: " + name + (part.count() > 1 ? " shard " + part.index() + " of " + part.count() : "") + ": " + s.lines() + (s.lines() == 1 ? " task, " : " tasks, ")
                    + s.written() + " records written" + (s.skipped() > 0 ? ", " + s.skipped() + " already done" : "")
                    + (s.rejected() > 0 ? ", " + s.rejected() + " lines invalid" : "") + (out == null ? "" : " (" + TerminalText.safe(out.toString()) + ")"));
            err.flush();
        }
        return s.exit();
    }

    /** The --defaults object: keys of a task, without an id. */
    private ObjectNode defaults() {
        if (defaults == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode d;
        try {
            d = JsonText.object(defaults, "of a task, e.g. {\"command\": \"influence\", \"model\": \"x2b\"}");
        } catch (InvalidBehaviourException e) {
            throw new IllegalArgumentException("--defaults " + e.getMessage().replace("line 1, column", "column"));
        }
        if (d.has("id")) {
            throw new IllegalArgumentException("--defaults cannot give an \"id\": every task has its own");
        }
        if (d.has("command") && !(d.get("command").isTextual() && Task.COMMANDS.contains(d.get("command").asText()))) {
            throw new IllegalArgumentException("--defaults: \"command\" must be one of " + String.join(", ", Task.COMMANDS));
        }
        return d;
    }

    /** Progress as one status line: done/total, rate and time left, redrawn at most ten times a second. */
    private static BatchRun.Progress progress(StatusLine status) {
        if (!status.enabled()) {
            return BatchRun.Progress.NONE;
        }
        long[] shown = {0};
        return (done, skipped, total, nanos) -> {
            if (nanos - shown[0] < 100_000_000L && done != total) {
                return;
            }
            shown[0] = nanos;
            int run = done - skipped;
            double rate = run / (nanos / 1e9);
            String left = total < 0 || run == 0 ? "" : ", " + duration((total - done) / rate) + " left";
            status.status(String.format(Locale.ROOT, "batch: %d/%s tasks%s, %.1f tasks/s%s", done, total < 0 ? "?" : Integer.toString(total),
                    skipped > 0 ? " (" + skipped + " done before)" : "", rate, left));
        };
    }

    /** Seconds as h:mm:ss (or m:ss). */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
