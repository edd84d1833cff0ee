package relax.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files a command writes besides its report: each written to a temporary file beside its target and renamed over it,
 * so a reader never sees half a file; every failure one line naming the path and the reason.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Refuses output paths no user means: under {@code /proc}, {@code /sys} or {@code /dev}, kernel file systems.
     *
     * @param option the option that named the path, for the message
     * @throws IllegalArgumentException with a one-line message
     */
    static void checkPlace(String option, Path target) {
        Path abs = target.toAbsolutePath().normalize();
        for (String kernel : new String[] {"/proc", "/sys", "/dev"}) {
            if (abs.startsWith(kernel)) {
                throw new IllegalArgumentException(option + " " + target + " is under " + kernel + ", a kernel file system, not a place for output files");
            }
        }
    }

    /**
     * Writes {@code text} to {@code target} atomically (temporary file in the same directory, then rename).
     *
     * @throws IllegalArgumentException "cannot write TARGET (reason)" if it cannot be written
     */
    static void write(String option, Path target, String text) {
        checkPlace(option, target);
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("cannot write " + target + " (it is a directory)");
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            move(tmp, target);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new IllegalArgumentException("cannot write " + target + " (" + reason(e) + ")");
        }
    }

    /** Renames {@code from} over {@code to}, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // nothing more to do: the error that led here is what the user sees
            }
        }
    }

    /** Why an I/O operation failed, in words (no exception class names). */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return Main.oneLine(fs.getReason());
        }
        return e.getMessage() == null ? "input/output error" : Main.oneLine(e.getMessage());
    }
}
