package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line (the input files themselves are fuzzed by the input layer's tests): a few hundred bad
 * option values, output paths and multi-file runs across every command. Each run must end with the right exit code, bad
 * options as one line on standard error with exit 2, no stack trace and no Java class name anywhere, and — with
 * {@code --json} — exactly one line per input file.
 */
class CommandLineFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 20261201L;

    /** Values that no numeric or enumerated option accepts. */
    private static final String[] BAD_VALUES = {"", " ", "abc", "1e400", "-1e400", "NaN", "nan", "Infinity", "-Infinity", "0x", "1,2", "--", "-",
        "1e-400x", "\u0000", "\033[31m", "99999999999999999999", "-0", "0", "-1", "1.5", "1/0", "\u00e9", "4294967298", "2147483648"};

    /** Option and the values it must refuse (each with exit 2). */
    private static final String[][] OPTION_RULES = {
        {"influence", "--model", "x2y", "LHV2", "", "lhv,x2b"},
        {"influence --model x2b examples/tsirelson.json", "--tolerance", "-1", "0.2", "NaN", "abc", "1e400"},
        {"influence --model x2b examples/tsirelson.json", "--backend", "gurobi", "", "ojalgo,glop"},
        {"influence --model x2b examples/tsirelson.json", "--method", "simplex", "", "enumerate,colgen"},
        {"influence --model x2b --functional chsh", "--value", "abc", "NaN", "-Infinity", "1/0", "0x10"},
        {"influence --model x2b --functional chsh --value 0.2", "--scenario", "2,2,2", "0,2,2,2", "a,b", "2,2,2,2,2", "-2,2,2,2", "4294967298,2,2,2"},
        {"influence --model x2b --value 0.2", "--functional", "chsh9", "cglmp1", "cglmp", "nosuch", ""},
        {"md examples/tsirelson.json", "--measure", "l1", "", "M_Hall2"},
        {"md examples/tsirelson.json", "--gap", "0", "-1", "NaN", "abc"},
        {"md examples/tsirelson.json", "--max-iterations", "0", "-5", "1.5", "abc", "99999999999"},
        {"md examples/tsirelson.json", "--input-distribution", "1", "0.5,0.5", "0.5,0.5,0.5,-0.5", "a,b,c,d", "0,0,0,1", "NaN,0.5,0.25,0.25"},
        {"md examples/tsirelson.json", "--method", "simplex", "", "colgen2"},
        {"bilocal examples/swapping-werner-0.8.json", "--resolution", "0", "2", "-1", "NaN"},
        {"bilocal examples/swapping-werner-0.8.json", "--max-lps", "0", "-1", "abc"},
        {"bilocal examples/swapping-werner-0.8.json", "--threads", "0", "-2", "abc"},
        {"curve chsh-comm", "--points", "1", "2002", "-3", "abc"},
        {"curve", "", "fig9", "CHSH-X2B", "chsh x2b"},
        {"reproduce", "--only", "fig9", "chsh-x2b,nosuch", ""},
        {"bench --quick", "--repeat", "0", "-1", "abc"},
        {"bench --quick", "--case", "nosuch"},
        {"structure", "", "nosuch", "x2b,lhv"},
        {"example", "", "nosuch"},
    };

    private static void clean(String what, Run r) {
        for (String s : new String[] {r.out(), r.err()}) {
            assertFalse(s.contains("\tat ") || s.contains("Exception") || s.contains("java.lang") || s.contains("com.fasterxml"), what + "\n" + s);
        }
    }

    private static String[] args(String prefix, String... more) {
        List<String> a = new ArrayList<>(Arrays.asList(prefix.split(" ")));
        a.addAll(Arrays.asList(more));
        return a.toArray(new String[0]);
    }

    /** Every refused option value: one line, exit 2, whatever else is on the command line. */
    @Test
    void badOptionValuesAreOneLineAndExitTwo() {
        Random rng = new Random(SEED);
        int runs = 0;
        for (String[] rule : OPTION_RULES) {
            List<String> values = new ArrayList<>(Arrays.asList(rule).subList(2, rule.length));
            int explicit = values.size();
            for (int k = 0; k < 4; k++) {
                values.add(BAD_VALUES[rng.nextInt(BAD_VALUES.length)]);
            }
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                String[] a = rule[1].isEmpty() ? args(rule[0], v) : args(rule[0], rule[1], v);
                Run r = Run.of(a);
                String what = String.join(" ", a);
                clean(what, r);
                if (i >= explicit && r.exit() != ExitCode.INVALID) {
                    continue; // a random value this option happens to accept (e.g. --tolerance 0)
                }
                assertEquals(ExitCode.INVALID, r.exit(), what + "\n" + r.out() + r.err());
                assertTrue(r.oneLineError(), what + "\n" + r.err());
                runs++;
            }
        }
        assertTrue(runs > 100, "ran " + runs);
    }

    /** Unknown options, missing values and options of another command: one line, exit 2, pointing at the help. */
    @Test
    void unknownOrMisplacedOptionsAreOneLine(@TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("a-file"), "");
        Random rng = new Random(SEED + 1);
        String[] commands = {"influence --model x2b examples/tsirelson.json", "md examples/tsirelson.json", "bilocal examples/swapping-werner-0.8.json",
            "curve chsh-comm", "reproduce", "structure lhv", "bench", "example pr-box"};
        String[] foreign = {"--model", "--functional", "--value", "--out", "--points", "--measure", "--resolution", "--only", "--json", "--write-lp",
            "--gap", "--quick", "--no-such-option", "-Z", "--json=maybe"};
        int runs = 0;
        for (int i = 0; i < 120; i++) {
            String c = commands[rng.nextInt(commands.length)];
            String o = foreign[rng.nextInt(foreign.length)];
            String value = BAD_VALUES[rng.nextInt(BAD_VALUES.length)];
            if (o.equals("--write-lp") || o.equals("--out")) {
                // under a regular file: never writable, so nothing lands in the source tree and no long run starts
                value = dir.resolve("a-file").resolve(value.replace('\u0000', '_').replace('/', '_')).toString();
            }
            String[] a = rng.nextBoolean() ? args(c, o) : args(c, o, value);
            Run r = Run.of(a);
            String what = String.join(" ", a);
            clean(what, r);
            if (r.exit() != ExitCode.INVALID) {
                continue;
            }
            if (a[1].equals("--json") || Arrays.asList(a).contains("--json")) {
                // a stray value after --json is a file name: its JSON record is on standard output
                assertTrue(r.oneLineError() || (r.err().isEmpty() && r.out().strip().lines().allMatch(l -> l.startsWith("{"))), what + "\n" + r.out() + r.err());
            } else {
                assertTrue(r.oneLineError(), what + "\n" + r.err());
                assertFalse(r.err().contains("please report"), what + "\n" + r.err());
            }
            runs++;
        }
        assertTrue(runs > 60, "ran " + runs);
    }

    /** Output paths that cannot be written, for every command that writes files: one line, exit 2. */
    @Test
    void unwritableOutputPaths(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        String[] bad = {file.toString(), file.resolve("below").toString(), "/proc/relax", "/proc/self/relax", "/sys/kernel/relax", "/dev/null",
            "/dev/relax-out", dir.resolve("missing").resolve("deeper").resolve("x.lp").toString()};
        for (String out : bad) {
            boolean creatable = out.endsWith("x.lp");
            for (String[] a : creatable ? new String[0][] : new String[][] {{"curve", "chsh-comm", "--points", "2", "--out", out},
                {"reproduce", "--only", "iab", "--out", out}}) {
                Run r = Run.of(a);
                assertEquals(ExitCode.INVALID, r.exit(), String.join(" ", a) + "\n" + r.err());
                assertTrue(r.oneLineError(), r.err());
                clean(String.join(" ", a), r);
            }
            if (out.equals(file.toString())) {
                continue; // --write-lp names a file: replacing an existing one is what it is for
            }
            Run lp = Run.of("influence", "--model", "lhv", "--write-lp", out, "examples/local-deterministic.json");
            assertEquals(ExitCode.INVALID, lp.exit(), out + "\n" + lp.err());
            assertTrue(lp.oneLineError(), lp.err());
            clean(out, lp);
        }
    }

    /**
     * Multi-file runs with a random mix of good files, bad files and paths that are no files: with --json exactly one line
     * per file, in order, each with the right status; the exit code is the largest of the files' codes (0 optimal, 1
     * infeasible, 2 invalid).
     */
    @Test
    void multiFileRunsGiveOneLinePerFile(@TempDir Path dir) throws Exception {
        Random rng = new Random(SEED + 2);
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path garbage = Files.write(dir.resolve("garbage.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Path array = Files.writeString(dir.resolve("array.json"), "[1,2,3]");
        Path wrong = Files.writeString(dir.resolve("wrong.json"), "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[[[[0.6,0],[0,0.5]]]]}");
        Path deep = Files.writeString(dir.resolve("deep.json"), "{\"p\":" + "[".repeat(2000) + "]".repeat(2000) + "}");
        String[][] pool = {{"examples/tsirelson.json", "?"}, {"examples/local-deterministic.json", "optimal"}, {"examples/pr-box.json", "?"},
            {empty.toString(), "bad"}, {garbage.toString(), "bad"}, {array.toString(), "bad"}, {wrong.toString(), "bad"}, {deep.toString(), "bad"},
            {dir.toString(), "bad"}, {dir.resolve("nope.json").toString(), "bad"}, {"examples/ghz.json", "?"}, {"/dev/null", "bad"}};
        for (int i = 0; i < 40; i++) {
            String command = new String[] {"influence", "md"}[i % 2];
            String model = new String[] {"lhv", "x2b", "a2b", "comm"}[rng.nextInt(4)];
            int n = 1 + rng.nextInt(5);
            List<String[]> chosen = new ArrayList<>();
            List<String> a = new ArrayList<>(command.equals("influence") ? List.of("influence", "--json", "--model", model) : List.of("md", "--json"));
            for (int k = 0; k < n; k++) {
                String[] f = pool[rng.nextInt(pool.length)];
                chosen.add(f);
                a.add(f[0]);
            }
            Run r = Run.of(a.toArray(new String[0]));
            String what = String.join(" ", a);
            clean(what, r);
            String[] lines = r.out().strip().split("\n");
            assertEquals(n, lines.length, what + "\n" + r.out());
            assertEquals("", r.err(), what);
            int expected = 0;
            for (int k = 0; k < n; k++) {
                JsonNode line = JSON.readTree(lines[k]);
                assertEquals(chosen.get(k)[0], line.get("file").asText(), what);
                String status = line.get("status").asText();
                if (chosen.get(k)[1].equals("bad")) {
                    assertTrue(status.equals("invalid") || status.equals("failed"), what + ": " + lines[k]);
                } else if (chosen.get(k)[1].equals("optimal")) {
                    assertEquals("optimal", status, what + ": " + lines[k]);
                }
                expected = Math.max(expected, switch (status) {
                    case "optimal" -> 0;
                    case "infeasible" -> 1;
                    case "invalid" -> 2;
                    default -> line.get("message").asText().contains("out of memory") ? 3 : 4;
                });
            }
            assertEquals(expected, r.exit(), what);
        }
    }
}
