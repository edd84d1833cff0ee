package relax.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import relax.scenarios.batch.BatchRecord;
import relax.scenarios.batch.BatchRun;
import relax.scenarios.batch.Task;
import relax.scenarios.batch.TaskSeed;
import relax.scenarios.io.TerminalText;

/**
 * Runs a batch task in this JVM exactly as the command line would run it: the arguments
 * {@code COMMAND --json --quiet --OPTION=VALUE … -- INPUT} go to this thread's own {@link Main#commandLine()}, with
 * fresh writers (tasks on different threads share no command objects, LP backends or writers; each command builds
 * its own backends per run), and the task's record is the one JSON line the command prints, with the id put first.
 *
 * <p>An inline behaviour is written to a file of a private scratch directory for the command to read, and that
 * file's path is replaced by the task's id wherever the record names it (so an inline behaviour is named by its
 * id, in {@code file} and in messages). A command that takes {@code --threads} gets {@code --threads 1} unless the
 * task sets it (the batch's threads already fill the cores), and one that takes {@code --seed} gets
 * {@link TaskSeed#of} the batch's seed and the task's id unless the task sets it. When the command prints no record
 * (an option it does not know, say), the record is {@code {"id", "status": "invalid" or "failed", "message"}} with
 * the one line the command printed on standard error.
 */
final class CommandTask implements BatchRun.Runner, AutoCloseable {
    /** Writes an inline behaviour back as read: exact decimals, and NaN as the bare token the reader names. */
    private static final ObjectMapper JSON = JsonMapper.builder().disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();
    /**
     * Each thread's command line, reused from task to task: building one costs milliseconds (every command's
     * annotations are read), more than a CHSH solve. Picocli resets every option and parameter to its initial value
     * before each parse, and the commands keep no other state, so a reused command line runs a task exactly as a
     * fresh one does ({@code CommandTaskTest} checks this). Per thread, so no two tasks ever share one.
     */
    private static final ThreadLocal<CommandLine> COMMAND_LINE = ThreadLocal.withInitial(Main::commandLine);

    private final long seed;
    private final AtomicLong inline = new AtomicLong();
    private Path scratch;

    /** @param seed the batch's global seed */
    CommandTask(long seed) {
        this.seed = seed;
    }

    @Override
    public BatchRun.Result run(Task task) {
        CommandLine cl = COMMAND_LINE.get();
        CommandSpec spec = cl.getSubcommands().get(task.command()).getCommandSpec();
        List<String> args = new ArrayList<>(List.of(task.command(), "--json"));
        if (spec.findOption("--quiet") != null) {
            args.add("--quiet");
        }
        Set<String> given = new HashSet<>();
        for (Task.Option o : task.options()) {
            given.add(o.name());
            // --name=value: a value that starts with '-' (a negative number) is never taken for an option
            args.add(o.value() == null ? "--" + o.name() : "--" + o.name() + "=" + o.value());
        }
        if (spec.findOption("--threads") != null && !given.contains("threads")) {
            args.add("--threads=1");
        }
        if (spec.findOption("--seed") != null && !given.contains("seed")) {
            args.add("--seed=" + TaskSeed.of(seed, task.key()));
        }
        Path file = null;
        if (task.behaviour() != null) {
            args.add("--"); // the input is never an option, even if its name starts with '-'
            if (task.behaviour().isObject()) {
                file = write(task.behaviour());
                args.add(file.toString());
            } else {
                args.add(task.behaviour().asText());
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code;
        try {
            code = cl.execute(args.toArray(String[]::new));
        } finally {
            if (file != null) {
                delete(file);
            }
        }
        String shown = TerminalText.safe(task.idText());
        List<String> records = out.toString().lines().filter(l -> !l.isBlank()).toList();
        if (records.size() == 1 && records.get(0).startsWith("{")) {
            String record = records.get(0);
            if (file != null) {
                record = record.replace(quoted(file.toString()), quoted(shown));
            }
            return new BatchRun.Result(BatchRecord.withId(task.id(), record), code);
        }
        String message = err.toString().lines().filter(l -> !l.isBlank()).findFirst().orElse(
                "the command printed " + records.size() + " records instead of one");
        message = message.startsWith("relax: ") ? message.substring("relax: ".length()) : message;
        if (file != null) {
            message = message.replace(file.toString(), shown);
        }
        int exit = code == ExitCode.OPTIMAL ? ExitCode.INTERNAL_ERROR : code;
        return new BatchRun.Result(BatchRecord.unsolved(task.id(), exit == ExitCode.INVALID ? "invalid" : "failed", message), exit);
    }

    /** A string as it appears inside a JSON string (escaped, without the quotes). */
    private static String quoted(String s) {
        String q = TextNode.valueOf(s).toString();
        return q.substring(1, q.length() - 1);
    }

    private Path write(JsonNode behaviour) {
        try {
            Path file = scratch().resolve("task-" + inline.incrementAndGet() + ".json");
            Files.writeString(file, JSON.writeValueAsString(behaviour), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an inline behaviour to the scratch directory: " + e.getMessage(), e);
        }
    }

    private synchronized Path scratch() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("relax-batch-");
        }
        return scratch;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the scratch directory goes at close anyway
        }
    }

    /** Removes the scratch directory. */
    @Override
    public synchronized void close() {
        if (scratch == null) {
            return;
        }
        try (var files = Files.list(scratch)) {
            files.forEach(CommandTask::delete);
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            // a temporary directory: the system cleans it eventually
        }
        scratch = null;
    }
}
