package relax.scenarios.batch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import relax.core.InvalidBehaviourException;
import relax.scenarios.io.InputText;

/**
 * A file of JSON lines (JSONL) read one line at a time, never whole: a task file may hold millions of lines. Each
 * line is decoded as strict UTF-8 on its own (a bad byte costs that line only); a line longer than
 * {@link InputText#MAX_BYTES} is skipped to its end and reported instead of being held in memory. The byte offset
 * of every line is kept, so that a results file can be cut back to its last complete line.
 */
final class JsonLines implements Closeable, BatchRun.Source {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private int number;
    private long offset;

    /** One line: its number (1 = first), where it starts, its text or why it has none, and whether a newline ended it. */
    record Line(int number, long start, String text, String problem, boolean complete) {
        /** True when the line holds nothing but white space. */
        boolean blank() {
            return text != null && text.isBlank();
        }
    }

    JsonLines(Path file) throws IOException {
        this(Files.newInputStream(file));
    }

    /** Lines read from a stream, which {@link #close} closes. */
    JsonLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    @Override
    public Line next() {
        try {
            buffer.reset();
            long start = offset;
            boolean tooLong = false;
            int b;
            while ((b = read()) >= 0 && b != '\n') {
                offset++;
                if (!tooLong) {
                    buffer.write(b);
                    tooLong = buffer.size() > InputText.MAX_BYTES;
                }
            }
            if (b < 0 && offset == start) {
                return null;
            }
            boolean complete = b == '\n';
            if (complete) {
                offset++;
            }
            number++;
            if (tooLong) {
                return new Line(number, start, null, "is longer than " + InputText.MAX_BYTES + " bytes, the limit for one line", complete);
            }
            byte[] bytes = buffer.toByteArray();
            int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            try {
                return new Line(number, start, InputText.decode(java.util.Arrays.copyOf(bytes, n)), null, complete);
            } catch (InvalidBehaviourException e) {
                return new Line(number, start, null, e.getMessage().replaceAll(", line 1\\)", ")"), complete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(chunk, 0, chunk.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return chunk[position++] & 0xFF;
    }

    /** The byte offset just after the last line read. */
    long offset() {
        return offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
