package relax.scenarios.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import relax.scenarios.io.TerminalText;

/**
 * The results file of a batch ({@code --out}), which is also its memory: records are appended one whole line at a
 * time, each with one write, so a killed run leaves every finished record plus at most one partial last line.
 * Opening an existing file resumes it: the records already there are read back (their keys are done and are not
 * run again), and a partial last line (no newline at its end) is cut off, so that its task runs again. Any other
 * line that is not a record stops the run before anything is written: the file is then not one this batch wrote.
 *
 * <p>The file is locked while open where the file system supports it, so two runs cannot append to one file.
 */
final class ResultFile implements Closeable {
    private final FileChannel channel;
    private final FileLock lock;
    private final Map<String, String> done;
    private final long cut;

    private ResultFile(FileChannel channel, FileLock lock, Map<String, String> done, long cut) {
        this.channel = channel;
        this.lock = lock;
        this.done = done;
        this.cut = cut;
    }

    /**
     * Opens (creating it if needed) a results file for appending, after reading back the records it holds.
     *
     * @throws IllegalArgumentException one line naming the file: it cannot be written, another run holds it, or a
     *                                  complete line in it is not a record
     */
    static ResultFile open(Path path) {
        String file = TerminalText.safe(path.toString());
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("cannot write " + file + " (" + reason(e) + ")");
        }
        try {
            FileLock lock = lock(channel, file);
            Map<String, String> done = new HashMap<>();
            long end = 0;
            long size = channel.size();
            // read through the locked channel itself: closing any other descriptor of the file would release the lock
            // (POSIX record locks belong to the process and the file, not to the descriptor)
            JsonLines lines = new JsonLines(Channels.newInputStream(channel)); // never closed: that would close the channel
            for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (!l.complete()) {
                    break; // a record cut short by a kill: removed below, its task runs again
                }
                end = lines.offset();
                if (l.blank()) {
                    continue;
                }
                BatchRecord.Read r = l.text() == null ? null : BatchRecord.read(l.text());
                if (r == null) {
                    throw new IllegalArgumentException(file + " line " + l.number() + " is not a record of relax batch, so the file cannot be resumed: "
                            + "give another --out, or remove that line");
                }
                done.put(r.key(), r.status());
            }
            if (end < size) {
                channel.truncate(end);
            }
            channel.position(end);
            return new ResultFile(channel, lock, done, size - end);
        } catch (IOException e) {
            close(channel);
            throw new IllegalArgumentException("cannot read " + file + " (" + reason(e) + ")");
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static FileLock lock(FileChannel channel, String file) {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            return null; // a file system without locks (some network ones): run unlocked
        }
        if (lock == null) {
            throw new IllegalArgumentException(file + " is being written by another relax batch run; wait for it, or give another --out");
        }
        return lock;
    }

    /** The records found when the file was opened: key to status. */
    Map<String, String> done() {
        return done;
    }

    /** How many bytes of a partial last line were cut off when the file was opened (0 if none). */
    long cut() {
        return cut;
    }

    /** Appends one record (a line without its newline) in one write. */
    void append(String record) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((record + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    private static void close(FileChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing more can be done about a file we failed to open
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
