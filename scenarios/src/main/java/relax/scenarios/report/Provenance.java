package relax.scenarios.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where a report comes from: the relax version and git commit it was built from, the date, the LP backends, the
 * Java runtime and the machine. The version and commit come from the build's stamp {@value #BUILD_PROPERTIES}
 * (written by the Maven build when it has one), else from {@code git} run in the working directory, else
 * "unknown".
 *
 * @param version  relax's version, or "unknown"
 * @param commit   the git commit (40 hex digits, with " (with uncommitted changes)" if the tree was dirty), or "unknown"
 * @param source   where version and commit were read: "build stamp", "git in the working directory" or "unavailable"
 * @param date     when the report was generated (UTC, seconds)
 * @param backends the LP backends in the order they are tried
 * @param java     runtime version and vendor
 * @param machine  operating system, architecture, CPU model and core count
 */
public record Provenance(String version, String commit, String source, Instant date, List<String> backends, String java, String machine) {

    /** Class-path resource of the build stamp: keys {@code version}, {@code commit}, {@code dirty}. */
    public static final String BUILD_PROPERTIES = "/relax/cli/build.properties";

    /** The provenance of a run now, with these backends. */
    public static Provenance current(List<String> backends) {
        Properties p = buildStamp();
        String version = p.getProperty("version", "unknown");
        String commit = p.getProperty("commit", "");
        String source = "build stamp";
        if (!commit.matches("[0-9a-f]{40}")) {
            commit = git("rev-parse", "HEAD");
            String dirty = commit.isEmpty() ? "" : git("status", "--porcelain", "--untracked-files=no");
            commit = commit.isEmpty() ? "" : commit + (dirty.isEmpty() ? "" : " (with uncommitted changes)");
            source = commit.isEmpty() ? "unavailable" : "git in the working directory";
        } else if ("true".equals(p.getProperty("dirty"))) {
            commit += " (with uncommitted changes)";
        }
        if (version.equals("unknown")) {
            String manifest = Provenance.class.getPackage().getImplementationVersion();
            version = manifest == null ? "unknown" : manifest;
        }
        return new Provenance(version, commit.isEmpty() ? "unknown" : commit, source, Instant.now().truncatedTo(ChronoUnit.SECONDS), backends,
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch") + ", " + cpu() + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores available to the JVM");
    }

    /** A markdown bullet list, one line per field. */
    public String markdown() {
        return "- relax " + version + ", commit " + commit + " (from the " + source + ")\n"
                + "- generated " + date + "\n"
                + "- LP backends, in the order tried: " + String.join(", then ", backends) + "\n"
                + "- Java " + java + "\n"
                + "- " + machine + "\n";
    }

    private static Properties buildStamp() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no stamp: fall back to git
        }
        return p;
    }

    /** The trimmed output of {@code git args…} in the working directory, empty if git is missing or fails. */
    private static String git(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The CPU model from /proc/cpuinfo (Linux), else "CPU model unknown". */
    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable
        }
        return "CPU model unknown";
    }
}
