package relax.lp.polytope;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * David Avis's lrs (reverse search vertex/facet enumeration, Debian package {@code lrslib}) as an optional
 * backend, through its H- and V-representation file format:
 * <pre>
 *   H-representation            V-representation
 *   linearity k i1 … ik         linearity k i1 … ik
 *   begin                       begin
 *   m n+1 rational              m n+1 rational
 *   b  −a1 … −an   (b − a·x ≥ 0) 1 x1 … xn   (a vertex)   0 r1 … rn   (a ray)
 *   end                         end
 * </pre>
 * where the listed {@code linearity} rows are equations (H) or lines (V). lrs answers in the other
 * representation in the same format. Nothing here is needed by the engine: {@link #find()} says whether
 * an {@code lrs} executable is on the PATH; the tests cross-check it against {@link DoubleDescription}.
 */
public final class Lrs {
    private final Path executable;
    private final long timeoutSeconds;

    private Lrs(Path executable, long timeoutSeconds) {
        this.executable = executable;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The {@code lrs} executable on the PATH, if there is one; runs time out after {@code timeoutSeconds}. */
    public static Optional<Lrs> find(long timeoutSeconds) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, "lrs");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(new Lrs(p, timeoutSeconds));
            }
        }
        return Optional.empty();
    }

    /** Vertices, rays and lines of an H-representation, as lrs prints them (not canonical). */
    VRepresentation vertices(HRepresentation h) {
        StringBuilder in = new StringBuilder("relax\nH-representation\n");
        int m = h.inequalities().size() + h.equations().size();
        if (!h.equations().isEmpty()) {
            in.append("linearity ").append(h.equations().size());
            for (int k = 0; k < h.equations().size(); k++) {
                in.append(' ').append(h.inequalities().size() + k + 1);
            }
            in.append('\n');
        }
        in.append("begin\n").append(m).append(' ').append(h.dimension() + 1).append(" rational\n");
        for (Inequality i : h.inequalities()) {
            row(in, i.homogeneous());
        }
        for (Inequality e : h.equations()) {
            row(in, e.homogeneous());
        }
        in.append("end\n");
        Output out = run(in.toString(), h.dimension());
        List<BigFraction[]> vertices = new ArrayList<>();
        List<BigInteger[]> rays = new ArrayList<>();
        List<BigInteger[]> lines = new ArrayList<>();
        for (int r = 0; r < out.rows.size(); r++) {
            BigFraction[] row = out.rows.get(r);
            BigFraction[] x = java.util.Arrays.copyOfRange(row, 1, row.length);
            if (out.linearity.contains(r)) {
                lines.add(RowEchelon.primitive(x));
            } else if (row[0].getNumerator().signum() == 0) {
                rays.add(RowEchelon.primitive(x));
            } else {
                for (int j = 0; j < x.length; j++) {
                    x[j] = x[j].divide(row[0]);
                }
                vertices.add(x);
            }
        }
        return new VRepresentation(h.dimension(), vertices, rays, lines.toArray(new BigInteger[0][]));
    }

    /**
     * The homogeneous rows (β, α) — meaning β + α·x ≥ 0 — of the facets and, separately, of the equations of
     * conv(vertices) + cone(rays) + span(lineality), as lrs prints them.
     */
    List<List<BigInteger[]>> facets(VRepresentation v) {
        StringBuilder in = new StringBuilder("relax\nV-representation\n");
        int m = v.vertices().size() + v.rays().size() + v.lineality().length;
        if (v.lineality().length > 0) {
            in.append("linearity ").append(v.lineality().length);
            for (int k = 0; k < v.lineality().length; k++) {
                in.append(' ').append(v.vertices().size() + v.rays().size() + k + 1);
            }
            in.append('\n');
        }
        in.append("begin\n").append(m).append(' ').append(v.dimension() + 1).append(" rational\n");
        for (BigFraction[] p : v.vertices()) {
            in.append('1');
            for (BigFraction f : p) {
                in.append(' ').append(f.getNumerator());
                if (!f.getDenominator().equals(BigInteger.ONE)) {
                    in.append('/').append(f.getDenominator());
                }
            }
            in.append('\n');
        }
        for (BigInteger[] r : v.rays()) {
            row(in, prepend(BigInteger.ZERO, r));
        }
        for (BigInteger[] l : v.lineality()) {
            row(in, prepend(BigInteger.ZERO, l));
        }
        in.append("end\n");
        Output out = run(in.toString(), v.dimension());
        List<BigInteger[]> facets = new ArrayList<>();
        List<BigInteger[]> equations = new ArrayList<>();
        for (int r = 0; r < out.rows.size(); r++) {
            (out.linearity.contains(r) ? equations : facets).add(RowEchelon.primitive(out.rows.get(r)));
        }
        return List.of(facets, equations);
    }

    private static BigInteger[] prepend(BigInteger first, BigInteger[] rest) {
        BigInteger[] h = new BigInteger[rest.length + 1];
        h[0] = first;
        System.arraycopy(rest, 0, h, 1, rest.length);
        return h;
    }

    private static void row(StringBuilder in, BigInteger[] h) {
        for (int j = 0; j < h.length; j++) {
            in.append(j == 0 ? "" : " ").append(h[j]);
        }
        in.append('\n');
    }

    /** lrs's output rows (0-based linearity indices). */
    private record Output(List<BigFraction[]> rows, Set<Integer> linearity) {
    }

    private Output run(String input, int n) {
        Path file = null;
        try {
            file = Files.createTempFile("relax-lrs", ".in");
            Files.writeString(file, input, StandardCharsets.US_ASCII);
            Process process = new ProcessBuilder(executable.toString(), file.toString()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] bytes;
            try (var stream = process.getInputStream()) {
                java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return stream.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new EnumerationTooLargeException("lrs did not finish within " + timeoutSeconds + " s", BigInteger.ZERO);
                }
                bytes = read.join();
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("lrs exited with code " + process.exitValue() + ": " + new String(bytes, StandardCharsets.US_ASCII));
            }
            return parse(new String(bytes, StandardCharsets.US_ASCII), n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run lrs (" + executable + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for lrs", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /**
     * Parses lrs's answer: an optional {@code linearity} line, then the rows between {@code begin} and
     * {@code end}; lrs wraps long rows over several lines, so the numbers are read as one stream of rows of
     * n + 1.
     */
    static Output parse(String text, int n) {
        List<BigFraction[]> rows = new ArrayList<>();
        Set<Integer> linearity = new HashSet<>();
        boolean inside = false;
        boolean header = false;
        List<BigFraction> pending = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("*") && !header) {
                continue;
            }
            if (!inside) {
                if (line.startsWith("linearity")) {
                    String[] t = line.split("\\s+");
                    for (int k = 2; k < t.length; k++) {
                        linearity.add(Integer.parseInt(t[k]) - 1);
                    }
                } else if (line.equals("begin")) {
                    inside = true;
                    header = true;
                }
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            if (line.equals("end")) {
                break;
            }
            for (String t : line.split("\\s+")) {
                int slash = t.indexOf('/');
                pending.add(slash < 0 ? new BigFraction(new BigInteger(t))
                        : new BigFraction(new BigInteger(t.substring(0, slash)), new BigInteger(t.substring(slash + 1))));
                if (pending.size() == n + 1) {
                    rows.add(pending.toArray(new BigFraction[0]));
                    pending.clear();
                }
            }
        }
        if (!inside || !pending.isEmpty()) {
            throw new IllegalStateException("lrs printed no complete representation: " + text.strip());
        }
        return new Output(rows, linearity);
    }
}
