package relax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code relax --version} prints: the version, the git commit whose sources the jar was built from
 * and whether they had uncommitted changes then, and the Java runtime. The build writes them to
 * {@value #RESOURCE} (see {@code scenarios/pom.xml}): the commit is the last one that changed what goes
 * into the jar ({@code pom.xml}, {@code core}, {@code lp}, {@code scenarios}), so committing documentation
 * alone does not make a built jar's stamp stale; a build outside a git checkout (a source tarball)
 * records it as {@code unknown}.
 */
final class Version implements CommandLine.IVersionProvider {

    /** Class-path resource the build writes: keys {@code version}, {@code commit}, {@code dirty}. */
    static final String RESOURCE = "/relax/cli/build.properties";

    @Override
    public String[] getVersion() {
        return new String[] {describe(read()), "Java " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }

    /** The build properties, empty if the resource is missing (classes compiled without Maven). */
    static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return p;
    }

    /**
     * One line, e.g. {@code relax 0.1.0, commit 40a5e860c88cc14fb64bde112ae5040eb29ccd28 (clean)};
     * {@code (with uncommitted changes)} for a dirty tree; {@code unknown commit} without git.
     */
    static String describe(Properties p) {
        String version = p.getProperty("version", "(version unknown: built without Maven)");
        String commit = p.getProperty("commit", "unknown");
        if (!commit.matches("[0-9a-f]{40}")) {
            return "relax " + version + ", unknown commit (not built from a git checkout)";
        }
        String state = switch (p.getProperty("dirty", "unknown")) {
            case "false" -> "clean";
            case "true" -> "with uncommitted changes";
            default -> "working-tree state unknown";
        };
        return "relax " + version + ", commit " + commit + " (" + state + ")";
    }
}
