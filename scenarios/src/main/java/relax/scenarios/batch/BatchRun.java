package relax.scenarios.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import relax.core.InvalidBehaviourException;

/**
 * One run of a batch: the lines of a task file, in order, become records, in the same order. Tasks run on a
 * fixed number of threads in this JVM; their records are written in input order as soon as every earlier one is
 * (a window of at most {@value #WINDOW} tasks per thread in flight bounds the memory a slow task can hold up).
 * Lines of other shards, blank lines and tasks whose key is already done are passed over; a line that is no task
 * becomes a {@link BatchRecord#rejected rejected} record and the batch goes on.
 *
 * <p>Every line is parsed, whichever shard owns it, so that an id used twice is found the same way by every
 * shard and by an unsharded run: the first use is the task, later ones are rejected.
 */
public final class BatchRun {
    /** Tasks per thread that may be in flight (running, or finished and waiting for an earlier one). */
    static final int WINDOW = 16;

    /** Runs one task; called from several threads at once. */
    public interface Runner {
        /** The task's record and the exit code it stands for. */
        Result run(Task task);
    }

    /** A task's record and the exit code it stands for (README, exit codes). */
    public record Result(String record, int exit) {
    }

    /** Where records go, one line each, in order. */
    public interface Sink {
        void write(String record) throws IOException;
    }

    /** The lines of a task file. */
    interface Source {
        /** The next line, or null after the last. */
        JsonLines.Line next();
    }

    /** Told after every record; called under the run's lock, so it must be quick. */
    public interface Progress {
        Progress NONE = (done, skipped, total, nanos) -> { };

        /**
         * @param done    lines of the shard finished (records written or already done before)
         * @param skipped of those, lines already done before this run
         * @param total   lines of the shard, or -1 when not counted
         * @param nanos   time since the run started
         */
        void update(int done, int skipped, int total, long nanos);
    }

    /** What a run did: lines of the shard, records written, lines already done, lines rejected, and the exit code. */
    public record Summary(int lines, int written, int skipped, int rejected, int exit) {
    }

    private final String name;
    private final ObjectNode defaults;
    private final Shard shard;
    private final int threads;
    private final Runner runner;
    private final Map<String, String> done;

    /**
     * @param name     how messages name the task file
     * @param defaults keys a task line takes when it does not give them
     * @param threads  tasks run at once (1: on the caller's thread)
     */
    public BatchRun(String name, ObjectNode defaults, Shard shard, int threads, Runner runner) {
        this(name, defaults, shard, threads, runner, Map.of());
    }

    /** @param done keys of records already written, with their statuses (resuming); not modified */
    private BatchRun(String name, ObjectNode defaults, Shard shard, int threads, Runner runner, Map<String, String> done) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        this.name = name;
        this.defaults = defaults;
        this.shard = shard;
        this.threads = threads;
        this.runner = runner;
        this.done = done;
    }

    /**
     * Runs every task of the shard that is not done yet and writes its record to {@code sink}.
     *
     * @param total lines of the shard, for progress (-1 if unknown)
     * @throws IOException when the sink cannot be written (the run stops; the records written so far are whole)
     */
    Summary run(Source lines, Sink sink, Progress progress, int total) throws IOException {
        Ordered ordered = new Ordered(sink, progress, total);
        Map<String, Integer> firstUse = new HashMap<>();
        // one thread: tasks run on the caller's, which then keeps what it caches between runs (see CommandTask)
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "relax-batch");
            t.setDaemon(true);
            return t;
        });
        Semaphore window = new Semaphore(threads * WINDOW);
        int owned = 0;
        int skipped = 0;
        int rejected = 0;
        int exit = 0;
        try {
            for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.blank()) {
                    continue;
                }
                boolean mine = shard.owns(l.number());
                String problem = l.problem();
                Task.Identified identified = null;
                Task task = null;
                if (problem == null) {
                    try {
                        identified = Task.identify(l.text());
                        Integer first = firstUse.putIfAbsent(identified.key(), l.number());
                        if (first != null) {
                            problem = "id " + identified.key() + " was already used on line " + first + ": every task needs its own id";
                            identified = null;
                        } else if (mine) {
                            task = Task.of(l.number(), identified, defaults);
                        }
                    } catch (InvalidBehaviourException e) {
                        problem = e.getMessage();
                    }
                }
                if (!mine) {
                    continue;
                }
                owned++;
                String key = identified != null ? identified.key() : BatchRecord.lineKey(l.number());
                String before = done.get(key);
                if (before != null) {
                    skipped++;
                    exit = Math.max(exit, BatchRecord.exitCode(before));
                    ordered.skip();
                    continue;
                }
                acquire(window);
                ordered.check();
                long seq = ordered.reserve();
                if (task == null) {
                    rejected++;
                    String message = name + " line " + l.number() + ": " + problem;
                    String record = identified != null ? BatchRecord.unsolved(identified.id(), "invalid", message) : BatchRecord.rejected(l.number(), message);
                    ordered.complete(seq, new Result(record, 2), window);
                    continue;
                }
                Task t = task;
                if (pool == null) {
                    ordered.complete(seq, safely(t), window);
                } else {
                    pool.execute(() -> ordered.complete(seq, safely(t), window));
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
                awaitQuietly(pool);
            }
        }
        ordered.check();
        return new Summary(owned, ordered.written(), skipped, rejected, Math.max(exit, ordered.exit()));
    }

    /**
     * Runs the shard's tasks of a task file. With a results file, records are appended to it, and tasks whose
     * records it already holds are passed over (resuming); without one, records go to {@code stdout}.
     *
     * @param out      the results file, or null
     * @param stdout   where records go without a results file
     * @param counted  whether to count the shard's lines first (a second pass over the file), for progress
     * @param notes    told (one line each) what resuming found
     * @throws IllegalArgumentException one line: the task file cannot be read, or the results file cannot be used
     */
    public Summary file(Path in, Path out, Sink stdout, Progress progress, boolean counted,
            Consumer<String> notes) {
        if (!Files.isRegularFile(in)) {
            throw new IllegalArgumentException(name + ": " + (Files.exists(in) ? "is not a file" : "no such file"));
        }
        int total = counted ? count(in) : -1;
        ResultFile results = out == null ? null : ResultFile.open(out);
        try (JsonLines lines = new JsonLines(in)) {
            if (results != null) {
                if (results.cut() > 0) {
                    notes.accept(out + " ended in a partial record (" + results.cut() + " bytes, from a run that was stopped): removed; its task runs again");
                }
                if (!results.done().isEmpty()) {
                    notes.accept(out + " already holds " + results.done().size() + " records: resuming, those tasks are not run again");
                }
            }
            BatchRun run = results == null ? this : new BatchRun(name, defaults, shard, threads, runner, results.done());
            return run.run(lines, results == null ? stdout : results::append, progress, total);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot " + (results == null ? "read " + name : "write " + out) + " (" + e.getMessage() + ")");
        } finally {
            if (results != null) {
                try {
                    results.close();
                } catch (IOException e) {
                    notes.accept("cannot close " + out + " (" + e.getMessage() + ")");
                }
            }
        }
    }

    /**
     * Runs tasks given as JSON texts (one per task, as lines of a task file would be) and returns their records in
     * the same order: the batch for callers that hold the tasks in memory, such as the Python API.
     */
    public List<String> texts(List<String> tasks) {
        List<String> records = new ArrayList<>(tasks.size());
        Iterator<String> it = tasks.iterator();
        int[] number = {0};
        try {
            run(() -> {
                if (!it.hasNext()) {
                    return null;
                }
                String t = it.next();
                number[0]++;
                // a task is one line: a line break inside it would only be white space to JSON
                return new JsonLines.Line(number[0], 0, t.isBlank() ? "\"\"" : t.replace('\n', ' ').replace('\r', ' '), null, true);
            }, records::add, Progress.NONE, tasks.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a list cannot fail to grow
        }
        return records;
    }

    /** The shard's non-blank lines of a task file. */
    private int count(Path in) {
        int n = 0;
        try (JsonLines lines = new JsonLines(in)) {
            for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
                n += !l.blank() && shard.owns(l.number()) ? 1 : 0;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + name + " (" + e.getMessage() + ")");
        }
        return n;
    }

    /** The runner's result, or a failed record if it threw (a bug: the runner should answer every task). */
    private Result safely(Task t) {
        try {
            return runner.run(t);
        } catch (RuntimeException | Error e) {
            return new Result(BatchRecord.unsolved(t.id(), "failed", "internal error in the batch (please report it with the task): " + e), 4);
        }
    }

    private static void acquire(Semaphore s) {
        try {
            s.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a long task: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records written in the order their lines were read, each as soon as every earlier one is. */
    private static final class Ordered {
        private final Sink sink;
        private final Progress progress;
        private final int total;
        private final long start = System.nanoTime();
        private final TreeMap<Long, Result> waiting = new TreeMap<>();
        private long reserved;
        private long next;
        private int finished;
        private int skipped;
        private int exit;
        private IOException failure;
        private final AtomicInteger written = new AtomicInteger();

        Ordered(Sink sink, Progress progress, int total) {
            this.sink = sink;
            this.progress = progress;
            this.total = total;
        }

        synchronized long reserve() {
            return reserved++;
        }

        synchronized void skip() {
            finished++;
            skipped++;
            progress.update(finished, skipped, total, System.nanoTime() - start);
        }

        synchronized void complete(long seq, Result r, Semaphore window) {
            waiting.put(seq, r);
            while (!waiting.isEmpty() && waiting.firstKey() == next) {
                Result first = waiting.pollFirstEntry().getValue();
                next++;
                if (failure == null) {
                    try {
                        sink.write(first.record());
                        written.incrementAndGet();
                        exit = Math.max(exit, first.exit());
                    } catch (IOException e) {
                        failure = e;
                    }
                }
                finished++;
                window.release();
                progress.update(finished, skipped, total, System.nanoTime() - start);
            }
        }

        /** Rethrows a failed write, so the run stops reading. */
        synchronized void check() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }

        int written() {
            return written.get();
        }

        synchronized int exit() {
            return exit;
        }
    }
}
