package relax.lp.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract-once cache of native libraries: fast path, atomic publication, races, fallbacks. */
class NativeLibraryCacheTest {

    @TempDir
    Path tmp;

    /** Writes two small files, the marker {@code lib.so} and {@code dep.so}, and counts its calls. */
    private static NativeLibraryCache.Extractor twoFiles(AtomicInteger calls) {
        return dir -> {
            calls.incrementAndGet();
            Files.writeString(dir.resolve("lib.so"), "main");
            Files.writeString(dir.resolve("dep.so"), "dependency");
        };
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void extractsOnceThenReusesTheDirectory() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        NativeLibraryCache cache = new NativeLibraryCache(tmp.resolve("root"));
        Path first = cache.install("v1", "lib.so", twoFiles(calls));
        Path second = cache.install("v1", "lib.so", twoFiles(calls));
        assertEquals(tmp.resolve("root").resolve("v1"), first);
        assertEquals(first, second);
        assertEquals(1, calls.get());
        assertEquals(List.of("dep.so", "lib.so"), names(first));
        assertEquals("dependency", Files.readString(first.resolve("dep.so")));
        // nothing but the published directory is left in the root
        assertEquals(List.of("v1"), names(tmp.resolve("root")));
    }

    @Test
    void aNewKeyIsANewDirectory() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        NativeLibraryCache cache = new NativeLibraryCache(tmp);
        Path v1 = cache.install("ortools-1-linux-x86-64", "lib.so", twoFiles(calls));
        Path v2 = cache.install("ortools-2-linux-x86-64", "lib.so", twoFiles(calls));
        assertFalse(v1.equals(v2));
        assertEquals(2, calls.get());
    }

    /** A failed extraction publishes nothing and leaves no temporary directory; the next call extracts again. */
    @Test
    void aFailedExtractionLeavesNothingBehind() throws IOException {
        NativeLibraryCache cache = new NativeLibraryCache(tmp);
        IOException e = assertThrows(IOException.class, () -> cache.install("v1", "lib.so", dir -> {
            Files.writeString(dir.resolve("lib.so"), "half");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(), names(tmp));
        assertThrows(IOException.class, () -> cache.install("v1", "lib.so", dir -> Files.writeString(dir.resolve("other.so"), "x")));
        assertEquals(List.of(), names(tmp));
        AtomicInteger calls = new AtomicInteger();
        assertEquals(List.of("dep.so", "lib.so"), names(cache.install("v1", "lib.so", twoFiles(calls))));
    }

    /**
     * Four threads extract at once; the first extractor to finish waits until every thread has written
     * its copy, so all four reach the rename with a complete directory. Exactly one rename can win; every
     * caller must get that same complete directory, and no temporary copy may remain.
     */
    @Test
    void concurrentFirstRunsAgreeOnOneCompleteCopy() throws Exception {
        int n = 4;
        NativeLibraryCache cache = new NativeLibraryCache(tmp);
        CountDownLatch allWritten = new CountDownLatch(n);
        AtomicInteger calls = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = i;
                results.add(pool.submit(() -> cache.install("v1", "lib.so", dir -> {
                    calls.incrementAndGet();
                    Files.writeString(dir.resolve("lib.so"), "main");
                    Files.writeString(dir.resolve("writer"), Integer.toString(id));
                    allWritten.countDown();
                    try {
                        assertTrue(allWritten.await(30, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                })));
            }
            List<Path> dirs = new ArrayList<>();
            for (Future<Path> f : results) {
                dirs.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(n, calls.get());
            for (Path d : dirs) {
                assertEquals(tmp.resolve("v1"), d);
            }
            assertEquals(List.of("lib.so", "writer"), names(tmp.resolve("v1")));
            assertEquals(List.of("v1"), names(tmp));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A cache root that cannot be a directory (a file is in the way, as on a broken home) is an IOException: the caller falls back. */
    @Test
    void anUnusableRootIsAnIOException() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        NativeLibraryCache cache = new NativeLibraryCache(file.resolve("relax"));
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IOException.class, () -> cache.install("v1", "lib.so", twoFiles(calls)));
        assertEquals(0, calls.get());
    }

    /** A relative root (a home directory of "?") would put the cache below the working directory: refused. */
    @Test
    void aRelativeRootIsAnIOException() {
        NativeLibraryCache cache = new NativeLibraryCache(Path.of("?", ".cache", "relax"));
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IOException.class, () -> cache.install("v1", "lib.so", twoFiles(calls)));
        assertEquals(0, calls.get());
        assertFalse(Files.exists(Path.of("?")));
    }

    /** A read-only cache that already holds a complete copy still serves it (only reads are needed). */
    @Test
    void aCompleteCopyIsReusedWithoutWriting() throws IOException {
        Path root = tmp.resolve("root");
        Files.createDirectories(root.resolve("v1"));
        Files.writeString(root.resolve("v1").resolve("lib.so"), "main");
        Path dir = new NativeLibraryCache(root).install("v1", "lib.so", dir1 -> {
            throw new AssertionError("must not extract");
        });
        assertEquals(root.resolve("v1"), dir);
    }

    /** Temporary copies older than an hour were left by killed runs and are removed; younger ones may belong to a running process. */
    @Test
    void abandonedTemporaryCopiesAreRemovedRecentOnesKept() throws IOException {
        Path old = Files.createDirectories(tmp.resolve("v1.tmp-123"));
        Files.writeString(old.resolve("lib.so"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
        Path recent = Files.createDirectories(tmp.resolve("v1.tmp-456"));
        new NativeLibraryCache(tmp).install("v1", "lib.so", twoFiles(new AtomicInteger()));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
    }

    /**
     * The real OR-Tools natives folder: every file under {@code ortools-linux-x86-64/} in the natives jar
     * is extracted with the bytes the class loader serves for that resource (read through a different
     * path: {@code getResourceAsStream}, not the jar listing), and the JNI library is among them.
     */
    @Test
    void extractsTheOrToolsFolderByteForByte() throws IOException {
        ClassLoader loader = OrToolsBackend.class.getClassLoader();
        Path dir = new NativeLibraryCache(tmp).install("ortools", "libjniortools.so",
                NativeLibraryCache.resourceFolder(loader, "ortools-linux-x86-64/"));
        List<String> files = names(dir);
        assertTrue(files.contains("libortools.so.9"), files.toString());
        assertTrue(files.size() > 50, files.toString());
        for (String f : files) {
            try (InputStream in = loader.getResourceAsStream("ortools-linux-x86-64/" + f)) {
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(dir.resolve(f)), f);
            }
        }
    }

    @Test
    void aMissingResourceFolderIsAnIOException() throws IOException {
        NativeLibraryCache cache = new NativeLibraryCache(tmp);
        IOException e = assertThrows(IOException.class, () -> cache.install("x", "lib.so",
                NativeLibraryCache.resourceFolder(getClass().getClassLoader(), "no-such-folder/")));
        assertTrue(e.getMessage().contains("no-such-folder/"), e.getMessage());
        assertEquals(List.of(), names(tmp));
    }
}
