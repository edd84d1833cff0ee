package relax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output directory ({@code relax curve --out}, {@code relax reproduce --out}) written as a whole. A run writes into
 * a staging directory inside it ({@code .relax-partial-…}, holding a note that says the run has not finished); only when
 * everything is written are the files moved into the directory, one atomic rename each, the report last. So the
 * directory never shows a half-written file or a complete-looking report beside plots of another run, and a run that
 * is interrupted leaves the previous run's files as they were plus a staging directory that says so.
 *
 * <p>Files of an earlier run are replaced (and {@link #publish} says which): re-running a sweep or the report is the
 * normal way to refresh them.
 */
final class OutputDirectory {
    /** The note in the staging directory of a run that has not finished. */
    static final String INCOMPLETE = "INCOMPLETE.txt";

    private final Path dir;
    private final Path staging;
    private final Thread onInterrupt;

    private OutputDirectory(Path dir, Path staging, PrintWriter err) {
        this.dir = dir;
        this.staging = staging;
        this.onInterrupt = new Thread(() -> {
            err.println();
            err.println("relax: interrupted: " + dir + " still holds the files of the previous run; this run's partial output is in " + staging);
            err.flush();
        }, "relax-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /**
     * Checks {@code dir} and opens a staging directory in it, before anything is computed.
     *
     * @param option the option that named the directory, for messages
     * @param err    where an interruption is reported
     * @throws IllegalArgumentException one line if {@code dir} is a file, under a kernel file system, or cannot be written
     */
    static OutputDirectory open(String option, Path dir, PrintWriter err) {
        OutputFiles.checkPlace(option, dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + dir + " is a file, not a directory: name a directory (it is created if missing)");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(option + " " + dir + ": cannot create the directory (a part of the path is a file)");
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + dir + ": cannot create the directory (" + OutputFiles.reason(e) + ")");
        }
        Path staging;
        try {
            staging = Files.createTempDirectory(dir, ".relax-partial-");
            Files.writeString(staging.resolve(INCOMPLETE), "This directory holds the files of a relax run that has not finished (it is still running, "
                    + "was interrupted, or failed). " + dir + " itself still holds the previous complete run. Delete this directory when no run is "
                    + "going on.\n");
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + dir + ": cannot write into the directory (" + OutputFiles.reason(e) + ")");
        }
        return new OutputDirectory(dir, staging, err);
    }

    /** Where the run writes its files. */
    Path staging() {
        return staging;
    }

    /** The final place of a file written into the staging directory as {@code name}. */
    Path target(String name) {
        return dir.resolve(name);
    }

    /**
     * Moves every file written into the staging directory into the directory, those named in {@code last} at the end in
     * that order, and removes the staging directory.
     *
     * @return the names of the files that replaced files of an earlier run
     * @throws IllegalArgumentException one line if a file cannot be moved (the staging directory is kept)
     */
    List<String> publish(String... last) {
        List<String> replaced = new ArrayList<>();
        try {
            List<Path> files;
            try (Stream<Path> s = Files.list(staging)) {
                files = new ArrayList<>(s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().equals(INCOMPLETE)).sorted().toList());
            }
            for (String name : last) {
                Path p = staging.resolve(name);
                if (files.remove(p)) {
                    files.add(p);
                }
            }
            for (Path p : files) {
                Path target = dir.resolve(p.getFileName().toString());
                if (Files.exists(target)) {
                    replaced.add(p.getFileName().toString());
                }
                OutputFiles.move(p, target);
            }
            delete(staging);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot move the output into " + dir + " (" + OutputFiles.reason(e) + "); it stays in " + staging);
        } finally {
            release();
        }
        return replaced;
    }

    /** The run is over without publishing (a failure): the staging directory stays, marked incomplete. */
    void release() {
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs and says so
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** {@code replaced N files of an earlier run in DIR (a.csv, b.png, …)}, or empty when none were. */
    String replacedNote(List<String> replaced) {
        if (replaced.isEmpty()) {
            return "";
        }
        List<String> shown = replaced.size() > 6 ? replaced.subList(0, 6) : replaced;
        return "replaced " + replaced.size() + " file" + (replaced.size() == 1 ? "" : "s") + " of an earlier run in " + dir + " (" + String.join(", ", shown)
                + (replaced.size() > shown.size() ? ", …" : "") + ")";
    }
}
