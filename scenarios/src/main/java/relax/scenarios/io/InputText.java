package relax.scenarios.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import relax.core.InvalidBehaviourException;

/**
 * The text of an input file, read within a size limit and decoded as strict UTF-8: a file larger than
 * {@link #MAX_BYTES} is refused before it is read (or, for a stream such as {@code /dev/zero} whose size is
 * unknown, as soon as it passes the limit); bytes that are not UTF-8 are reported with their offset instead
 * of being replaced; a UTF-8 byte-order mark is skipped. Every failure is one line starting with the file name.
 */
public final class InputText {
    /** The largest input file read: 32 MiB, far above the largest behaviour the engine can solve. */
    public static final int MAX_BYTES = 32 << 20;

    /** The limit in words, for messages. */
    static final String LIMIT = "32 MiB (" + megabytes(MAX_BYTES) + ")";

    private InputText() {
    }

    /**
     * The file's text.
     *
     * @throws InvalidBehaviourException "FILE: reason", one line
     */
    public static String read(Path file) {
        String name = TerminalText.safe(file.toString());
        try {
            return decode(bytes(file));
        } catch (InvalidBehaviourException e) {
            throw new InvalidBehaviourException(name + ": " + e.getMessage());
        }
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidBehaviourException("is a directory, not a file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw new InvalidBehaviourException("is " + megabytes(Files.size(file)) + ", larger than the " + LIMIT + " an input file may have");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = in.readNBytes(MAX_BYTES + 1);
                if (b.length > MAX_BYTES) {
                    throw new InvalidBehaviourException("is larger than the " + LIMIT + " an input file may have (reading stopped there)");
                }
                return b;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidBehaviourException("no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidBehaviourException("cannot be read (permission denied)");
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidBehaviourException("cannot be read (" + TerminalText.excerpt(reason, 200) + ")");
        }
    }

    /** {@code n} bytes in MB (10^6 bytes), one decimal. */
    static String megabytes(long n) {
        return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }

    /**
     * Decodes strict UTF-8, skipping a byte-order mark.
     *
     * @throws InvalidBehaviourException naming the first byte that is not UTF-8, or a UTF-16 byte-order mark, or a NUL byte
     */
    public static String decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new InvalidBehaviourException("is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InvalidBehaviourException("contains a NUL byte at offset " + i + " (line " + line(bytes, i) + "): a binary file, not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new InvalidBehaviourException(String.format(Locale.ROOT, "is not UTF-8 text (byte 0x%02X at offset %d, line %d): save it as UTF-8",
                    bytes[at] & 0xFF, at, line(bytes, at)));
        }
        out.flip();
        return out.toString();
    }

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
