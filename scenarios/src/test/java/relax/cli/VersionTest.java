package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code relax --version}: the version of the POM and the last commit of the jar's sources as git reports
 * them, or "unknown commit".
 */
class VersionTest {

    /** The project root: surefire runs in the module directory {@code scenarios/}. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Pattern LINE = Pattern.compile(
            "relax (\\S+), (?:commit ([0-9a-f]{40}) \\((clean|with uncommitted changes)\\)|unknown commit \\(not built from a git checkout\\))");

    /** The parent POM's own version, read from pom.xml (not from the file the build wrote). */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>relax-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "no version in pom.xml");
        return m.group(1);
    }

    /** Runs git in the project root; null if git cannot be run. */
    private static String git(String... args) throws InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void versionLineNamesThePomVersionAndTheCommitGitReports() throws Exception {
        Run r = Run.of("--version");
        assertEquals(0, r.exit(), r.err());
        String first = r.out().lines().findFirst().orElse("");
        Matcher m = LINE.matcher(first);
        assertTrue(m.matches(), first);
        assertEquals(pomVersion(), m.group(1));
        assertTrue(r.out().lines().skip(1).findFirst().orElse("").startsWith("Java " + System.getProperty("java.runtime.version")), r.out());
        // the jar's sources, as scenarios/pom.xml names them
        String[] sources = {"pom.xml", "core", "lp", "scenarios"};
        String head = Files.exists(ROOT.resolve(".git")) ? git(concat(new String[] {"log", "-1", "--format=%H", "--"}, sources)) : null;
        if (head == null || head.isEmpty()) {
            // a source tarball, or no git: nothing to name
            assertEquals(null, m.group(2), first);
        } else {
            // built in this same Maven run, so from the sources checked out now
            assertEquals(head, m.group(2), first);
            String status = git(concat(new String[] {"status", "--porcelain", "--"}, sources));
            Assumptions.assumeTrue(status != null);
            assertEquals(status.isEmpty() ? "clean" : "with uncommitted changes", m.group(3), "git status --porcelain:\n" + status);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void everySubcommandPrintsTheSameVersion() {
        String top = Run.of("--version").out();
        int checked = 0;
        for (var sub : Main.commandLine().getSubcommands().entrySet()) {
            if (sub.getValue().getCommandSpec().optionsMap().containsKey("--version")) {
                Run r = Run.of(sub.getKey(), "--version");
                assertEquals(0, r.exit(), sub.getKey());
                assertEquals(top, r.out(), sub.getKey());
                checked++;
            }
        }
        assertTrue(checked >= 7, "only " + checked + " subcommands have --version");
    }

    @Test
    void describesEveryBuildState() {
        Properties p = new Properties();
        assertEquals("relax (version unknown: built without Maven), unknown commit (not built from a git checkout)", Version.describe(p));
        p.setProperty("version", "1.2.3");
        p.setProperty("commit", "unknown");
        p.setProperty("dirty", "unknown");
        assertEquals("relax 1.2.3, unknown commit (not built from a git checkout)", Version.describe(p));
        String sha = "0123456789abcdef0123456789abcdef01234567";
        p.setProperty("commit", sha);
        p.setProperty("dirty", "false");
        assertEquals("relax 1.2.3, commit " + sha + " (clean)", Version.describe(p));
        p.setProperty("dirty", "true");
        assertEquals("relax 1.2.3, commit " + sha + " (with uncommitted changes)", Version.describe(p));
        p.setProperty("dirty", "unknown");
        assertEquals("relax 1.2.3, commit " + sha + " (working-tree state unknown)", Version.describe(p));
        // an abbreviated or garbled commit is not passed off as one
        p.setProperty("commit", "40a5e86");
        assertTrue(Version.describe(p).contains("unknown commit"));
    }
}
