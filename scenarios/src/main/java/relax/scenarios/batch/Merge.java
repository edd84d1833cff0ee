package relax.scenarios.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import relax.core.InvalidBehaviourException;

/**
 * Merging the results files of a batch's shards into one: every record once, in the order of the task file
 * when it is given (each shard's file is in task-file order, so this is a streaming merge by line number that
 * holds only one record per shard in memory), otherwise in the order of the files. Records are copied exactly
 * as written.
 *
 * <p>Reported, one line each: a key that occurs more than once (the first record is kept), a line that is not a
 * record, a partial last line (a shard that was stopped: its task is missing), and, with the task file, every key
 * of the task file that has no record (missing) and every record whose key is not in it. The keys of the task file
 * are those a batch run gives its lines ({@link BatchRun}): the id, or {@code line N} for a line that is no task or
 * repeats an id.
 */
public final class Merge {
    /** At most this many keys are listed per kind of problem; the count is always given. */
    static final int LISTED = 10;

    /** What a merge found: records written, keys missing, duplicated or unknown, lines that are no records. */
    public record Summary(int written, List<String> missing, List<String> duplicates, List<String> unknown, int broken) {
        /** Whether the shards held every task exactly once and nothing else. */
        public boolean complete() {
            return missing.isEmpty() && duplicates.isEmpty() && unknown.isEmpty() && broken == 0;
        }
    }

    private Merge() {
    }

    /**
     * Merges results files.
     *
     * @param tasks the task file the shards ran, or null (then nothing can be missing and records keep file order)
     * @param notes told each problem, one line each
     * @throws IllegalArgumentException a file cannot be read
     * @throws IOException the sink cannot be written
     */
    public static Summary files(List<Path> parts, Path tasks, BatchRun.Sink sink, Consumer<String> notes) throws IOException {
        Map<String, Integer> order = tasks == null ? null : keys(tasks);
        List<Reader> readers = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int[] broken = {0};
        int written = 0;
        try {
            for (Path p : parts) {
                readers.add(new Reader(p, order, notes, broken));
            }
            while (true) {
                Reader best = null;
                for (Reader r : readers) {
                    if (r.head != null && (best == null || r.position < best.position)) {
                        best = r;
                    }
                }
                if (best == null) {
                    break;
                }
                String where = best.file + " line " + best.head.number();
                String first = seen.putIfAbsent(best.key, where);
                if (first != null) {
                    duplicates.add(best.key);
                    notes.accept("id " + best.key + " has a record in " + first + " and again in " + where + ": the first is kept");
                } else {
                    if (order != null && !order.containsKey(best.key)) {
                        unknown.add(best.key);
                        notes.accept(where + ": " + best.key + " is not a task of " + tasks + " (a record of another task file?); kept");
                    }
                    sink.write(best.head.text());
                    written++;
                }
                best.advance();
            }
        } finally {
            for (Reader r : readers) {
                r.close();
            }
        }
        List<String> missing = new ArrayList<>();
        if (order != null) {
            for (String key : order.keySet()) {
                if (!seen.containsKey(key)) {
                    missing.add(key);
                }
            }
            if (!missing.isEmpty()) {
                notes.accept(missing.size() + " task" + (missing.size() == 1 ? " has" : "s have") + " no record: "
                        + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size()))) + (missing.size() > LISTED ? ", …" : "")
                        + " (rerun their shards with the same --out: a batch resumes where it stopped)");
            }
        }
        return new Summary(written, missing, duplicates, unknown, broken[0]);
    }

    /** The keys of a task file's lines in order, with their line numbers. */
    static Map<String, Integer> keys(Path tasks) {
        if (!Files.isRegularFile(tasks)) {
            throw new IllegalArgumentException(tasks + ": " + (Files.exists(tasks) ? "is not a file" : "no such file"));
        }
        Map<String, Integer> keys = new LinkedHashMap<>();
        try (JsonLines lines = new JsonLines(tasks)) {
            for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.blank()) {
                    continue;
                }
                String key = null;
                if (l.problem() == null) {
                    try {
                        key = Task.identify(l.text()).key();
                    } catch (InvalidBehaviourException e) {
                        key = null;
                    }
                }
                if (key == null || keys.containsKey(key)) {
                    key = BatchRecord.lineKey(l.number());
                }
                keys.put(key, l.number());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + tasks + " (" + e.getMessage() + ")");
        }
        return keys;
    }

    /** One results file, one record ahead. */
    private static final class Reader {
        final Path file;
        final JsonLines lines;
        final Map<String, Integer> order;
        final Consumer<String> notes;
        final int[] broken;
        JsonLines.Line head;
        String key;
        long position;

        Reader(Path file, Map<String, Integer> order, Consumer<String> notes, int[] broken) {
            this.file = file;
            this.order = order;
            this.notes = notes;
            this.broken = broken;
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": " + (Files.exists(file) ? "is not a file" : "no such file"));
            }
            try {
                this.lines = new JsonLines(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + " (" + e.getMessage() + ")");
            }
            advance();
        }

        /** Moves to the next record of the file, reporting lines that are not records. */
        void advance() {
            for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.blank() && l.complete()) {
                    continue;
                }
                if (!l.complete()) {
                    broken[0]++;
                    notes.accept(file + " line " + l.number() + " is a partial record (its shard was stopped while writing it): left out");
                    continue;
                }
                BatchRecord.Read r = l.text() == null ? null : BatchRecord.read(l.text());
                if (r == null) {
                    broken[0]++;
                    notes.accept(file + " line " + l.number() + " is not a record of relax batch: left out");
                    continue;
                }
                head = l;
                key = r.key();
                // a record whose key the task file lacks goes out as soon as it is at the head of its file
                position = order == null ? 0 : order.getOrDefault(key, 0);
                return;
            }
            head = null;
        }

        void close() {
            try {
                lines.close();
            } catch (IOException e) {
                // read-only: nothing to lose
            }
        }
    }
}
