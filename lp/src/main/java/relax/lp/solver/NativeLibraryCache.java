package relax.lp.solver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of native libraries extracted once into a cache directory and reused by every later run,
 * instead of into a fresh temporary directory on every start (what OR-Tools' own
 * {@code Loader.loadNativeLibraries()} does: about 71 MB and half a second of CPU per start).
 *
 * <p>Layout: {@code ROOT/KEY/} holds the files; KEY names everything that determines their content (for
 * OR-Tools: its version and the platform), so a new version gets a new directory and an old one is never
 * reused. The directory appears only complete: the files are written into a private sibling
 * {@code KEY.tmp-*}, which is then renamed onto {@code KEY} in one atomic step. Of several processes
 * extracting at once, one rename wins and the others delete their copies and use the winner's. A
 * temporary sibling older than an hour was left by a killed run and is deleted by the next extraction.
 *
 * <p>Every failure (a read-only or full home, a name that is not a directory, a root that is not an
 * absolute path) is an {@link IOException}; the caller then falls back to extracting into a temporary
 * directory.
 */
final class NativeLibraryCache {

    /** Writes the files to cache into an empty directory. */
    @FunctionalInterface
    interface Extractor {
        void extractInto(Path dir) throws IOException;
    }

    /** How old a temporary sibling must be before it counts as abandoned. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path root;

    /** A cache under {@code root} (created when first needed). */
    NativeLibraryCache(Path root) {
        this.root = root;
    }

    /**
     * The directory {@code ROOT/key}, holding {@code marker} and everything else {@code extractor} writes;
     * the extractor runs only if no complete copy is there yet. Only the marker's presence is checked on
     * the fast path (one file-system lookup), since the directory is never visible incomplete.
     *
     * @throws IOException if the cache cannot be created or written, or the extractor wrote no marker
     */
    Path install(String key, String marker, Extractor extractor) throws IOException {
        if (!root.isAbsolute()) {
            // e.g. user.home is "?" for a user without a passwd entry: never create a cache below the working directory
            throw new IOException("the cache root " + root + " is not an absolute path");
        }
        Path target = root.resolve(key);
        if (Files.isRegularFile(target.resolve(marker))) {
            return target;
        }
        Files.createDirectories(root);
        deleteAbandoned(key);
        Path tmp = Files.createTempDirectory(root, key + ".tmp-");
        try {
            extractor.extractInto(tmp);
            if (!Files.isRegularFile(tmp.resolve(marker))) {
                throw new IOException("extraction into " + tmp + " wrote no " + marker);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // another process renamed its complete copy first (the target is then a non-empty directory)
                if (!Files.isRegularFile(target.resolve(marker))) {
                    throw e;
                }
            }
            return target;
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * An extractor that copies every file of the class-path folder {@code folder} (e.g.
     * {@code "ortools-linux-x86-64/"}, with the trailing slash) into the directory, flat, by file name.
     * The folder may be inside a jar (the shaded {@code relax.jar}, or the natives jar on a test class
     * path) or a directory.
     */
    static Extractor resourceFolder(ClassLoader loader, String folder) {
        return dir -> {
            URL url = loader.getResource(folder);
            if (url == null) {
                throw new IOException("no class-path folder " + folder);
            }
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        JarEntry entry = e.nextElement();
                        String name = entry.getName();
                        if (!entry.isDirectory() && name.startsWith(folder) && name.indexOf('/', folder.length()) < 0) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                Files.copy(in, dir.resolve(name.substring(folder.length())));
                            }
                        }
                    }
                }
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        Files.copy(f, dir.resolve(f.getFileName().toString()));
                    }
                } catch (URISyntaxException e) {
                    throw new IOException("unreadable class-path folder " + url, e);
                }
            } else {
                throw new IOException("cannot list the class-path folder " + url);
            }
        };
    }

    /**
     * {@code $XDG_CACHE_HOME/relax} if that variable holds an absolute path (the XDG base-directory
     * rule), otherwise {@code ~/.cache/relax}.
     */
    static Path defaultRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("relax");
    }

    /**
     * Deletes temporary siblings of {@code key} last modified more than {@link #ABANDONED} ago; best
     * effort, since another process may be deleting the same ones.
     */
    private void deleteAbandoned(String key) {
        FileTime before = FileTime.from(Instant.now().minus(ABANDONED));
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(root, key + ".tmp-*")) {
            for (Path p : stale) {
                if (Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // left for the next extraction: a leftover costs disk space, never correctness
        }
    }

    /** Deletes {@code p} and everything under it, if it exists. */
    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
