package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import relax.core.locality.CausalModel;
import relax.scenarios.analysis.InfluenceAnalysis;
import relax.scenarios.quantum.ExampleBehaviours;

/**
 * The command-line cases of issues 11 and 18, one regression test each: a failing input never costs the others their
 * records, functional-mode exit codes, --write-lp, output paths, the shared functional options, help, progress, and
 * messages without internals.
 */
class CommandLineHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> n = new java.util.ArrayList<>();
        for (String line : out.strip().split("\n")) {
            n.add(JSON.readTree(line));
        }
        return n;
    }

    /** No stack trace, no Java class name, nothing but "relax: " lines on standard error. */
    private static void clean(Run r) {
        for (String s : new String[] {r.out(), r.err()}) {
            assertFalse(s.contains("\tat ") || s.contains("Exception") || s.contains("java.") || s.contains("internal error (please"), s);
        }
        r.err().lines().forEach(l -> assertTrue(l.startsWith("relax: "), r.err()));
    }

    private static Path deep(Path dir) throws Exception {
        Path f = dir.resolve("deep.json");
        Files.writeString(f, "[".repeat(3000) + "]".repeat(3000));
        return f;
    }

    @Test
    void everyInputGetsOneRecordWhateverHappensInIt(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":[1]}");
        String[] files = {"examples/tsirelson.json", bad.toString(), dir.resolve("missing.json").toString(), dir.toString(), deep(dir).toString(),
            "examples/ghz.json", "examples/pr-box.json"};
        for (String model : new String[] {"x2b", "lhv"}) {
            String[] args = Stream.concat(Stream.of("influence", "--json", "--model", model), Stream.of(files)).toArray(String[]::new);
            Run r = Run.of(args);
            List<JsonNode> n = lines(r.out());
            assertEquals(files.length, n.size(), r.out());
            for (int i = 0; i < files.length; i++) {
                assertEquals(files[i], n.get(i).get("file").asText());
            }
            // the Tsirelson box and the PR box violate CHSH: not local, but each has a finite C_X→B
            assertEquals(model.equals("lhv") ? "infeasible" : "optimal", n.get(0).get("status").asText());
            for (int i = 1; i < files.length - 1; i++) {
                assertTrue(List.of("invalid", "failed").contains(n.get(i).get("status").asText()), n.get(i).toString());
            }
            assertTrue(n.get(5).get("message").asText().contains("relax md takes any number of parties"), n.get(5).toString());
            assertEquals(model.equals("lhv") ? "infeasible" : "optimal", n.get(6).get("status").asText());
            assertTrue(r.exit() >= ExitCode.INVALID, "the largest code: invalid input or worse");
            clean(r);
        }
        Run text = Run.of("md", "examples/tsirelson.json", bad.toString(), dir.toString(), "examples/pr-box.json");
        assertEquals(2, text.out().lines().filter(l -> l.startsWith("  result      min M")).count(), text.out());
        assertEquals(2, text.err().lines().count(), text.err());
        clean(text);
    }

    /** Out of memory in one input is that input's "failed" record with exit 3 (never 1); a bug is one line with exit 4. */
    @Test
    void outOfMemoryAndBugsAreOneRecordEach() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Records records = new Records(new PrintWriter(out), new PrintWriter(err), true, false, "model", "x2b");
        records.guard("a.json", "behaviour", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(ExitCode.SOLVER_FAILURE, records.exit());
        records.guard("b.json", "behaviour", () -> {
            throw new NullPointerException("Cannot invoke \"com.fasterxml.jackson.core.JsonLocation.getLineNr()\"");
        });
        records.guard("c.json", "behaviour", () -> null);
        assertEquals(ExitCode.INTERNAL_ERROR, records.exit());
        List<JsonNode> n = lines(out.toString());
        assertEquals(2, n.size());
        assertEquals("failed", n.get(0).get("status").asText());
        assertTrue(n.get(0).get("message").asText().startsWith("a.json: out of memory"), n.get(0).toString());
        assertTrue(n.get(1).get("message").asText().contains("internal error"), n.get(1).toString());
        assertEquals("", err.toString(), "no trace without RELAX_DEBUG");
        StringWriter textErr = new StringWriter();
        Records text = new Records(new PrintWriter(new StringWriter()), new PrintWriter(textErr), false, false);
        text.guard("a.json", "behaviour", () -> {
            throw new OutOfMemoryError();
        });
        assertEquals(1, textErr.toString().lines().count());
        assertTrue(textErr.toString().startsWith("relax: a.json: out of memory"));
    }

    /**
     * CHSH in the form of eq. (8) lies in [-2, 2] on every normalised behaviour (per input block the coefficients are
     * {-1,-1,-1,0}, {1,0,0,0}, {1,0,0,0}, {-1,0,0,0}): -1e10 and 1e300 are infeasible (1) with that bound, never a
     * solver failure (3); a value that is not a finite number (or beyond a double, like 1e400) is invalid (2), with a JSON
     * line under --json.
     */
    @Test
    void functionalValuesOutOfRangeAreInfeasibleAndNonFiniteOnesInvalid(@TempDir Path dir) throws Exception {
        Run low = Run.of("influence", "--model", "x2b", "--functional", "chsh", "--value", "-1e10");
        assertEquals(ExitCode.INFEASIBLE, low.exit(), low.out() + low.err());
        assertTrue(low.out().contains("chsh >= -2"), low.out());
        Run high = Run.of("influence", "--model", "a2b", "--functional", "chsh", "--value", "1e300", "--json");
        assertEquals(ExitCode.INFEASIBLE, high.exit());
        JsonNode h = JSON.readTree(high.out());
        assertEquals("<=", h.get("reachable").get("relation").asText());
        assertEquals("2", h.get("reachable").get("bound_exact").asText());
        for (String v : new String[] {"1e400", "NaN", "-Infinity", "1/0", "abc"}) {
            Run r = Run.of("influence", "--model", "x2b", "--functional", "chsh", "--value", v, "--json");
            assertEquals(ExitCode.INVALID, r.exit(), v);
            assertEquals("invalid", JSON.readTree(r.out()).get("status").asText(), v);
            Run md = Run.of("md", "--functional", "chsh", "--value", v);
            assertEquals(ExitCode.INVALID, md.exit(), v);
            assertTrue(md.oneLineError(), md.err());
        }
        Path f = dir.resolve("f.json");
        Files.writeString(f, "{\"inputs\":[2,2],\"outputs\":[2,2],\"coefficients\":[[[[1,0],[0,0]],[[0,0],[0,0]]],[[[0,0],[0,0]],[[0,0],[0,0]]]],"
                + "\"constant\":1e400}");
        Run constant = Run.of("influence", "--model", "x2b", "--functional-file", f.toString(), "--value", "0.5");
        assertEquals(ExitCode.INVALID, constant.exit(), constant.out() + constant.err());
        assertTrue(constant.oneLineError(), constant.err());
        Run json = Run.of("influence", "--model", "x2b", "--functional", "chsh", "--functional-file", f.toString(), "--value", "0.5", "--json");
        assertEquals(ExitCode.INVALID, json.exit());
        assertEquals("invalid", JSON.readTree(json.out()).get("status").asText(), "functional-mode invalid input gets its JSON line too");
    }

    /** --write-lp that cannot write: the result is printed, the write error has its reason, exit 2 only for that. */
    @Test
    void writeLpFailureKeepsTheResult(@TempDir Path dir) {
        Path lp = dir.resolve("no-such-dir").resolve("t.lp");
        Run r = Run.of("influence", "--model", "x2b", "--write-lp", lp.toString(), "examples/tsirelson.json");
        assertEquals(ExitCode.INVALID, r.exit());
        assertTrue(r.out().contains("min C_X→B = 0.2071067812"), r.out());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("(no such file or directory)"), r.err());
        Run proc = Run.of("influence", "--model", "x2b", "--write-lp", "/proc/t.lp", "examples/tsirelson.json");
        assertEquals(ExitCode.INVALID, proc.exit());
        assertTrue(proc.oneLineError(), proc.err());
    }

    /**
     * The exported LP names its columns by strategy and its rows by entry of p, and another solver reads it back: GLPK's
     * CPLEX LP reader ({@code glpsol --lp}, when installed; skipped otherwise) finds the same optimum, C_X→B = (√2 − 1)/2
     * for the Tsirelson box (README), printed by glpsol to 10 digits.
     */
    @Test
    void exportedLpIsNamedAndReadByAnotherSolver(@TempDir Path dir) throws Exception {
        Path lp = dir.resolve("t.lp");
        Run r = Run.of("influence", "--model", "x2b", "--write-lp", lp.toString(), "examples/tsirelson.json");
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(lp);
        assertTrue(text.contains(" p(00|00): "), "rows named by entry of p");
        assertTrue(text.contains("q_a(x)_(1,1)_b(x,y)_((1,1),(1,0))"), "columns named by strategy");
        assertTrue(text.contains(" + 1.0 t"), "the measure column");
        assertFalse(text.matches("(?s).*\\bx[0-9]+\\b.*"), "no anonymous columns");
        Path glpsol = Stream.of("/usr/bin/glpsol", "/usr/local/bin/glpsol").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(glpsol != null, "glpsol (GLPK) is not installed: the export is not re-solved by another solver here");
        Path solution = dir.resolve("t.sol");
        Process p = new ProcessBuilder(glpsol.toString(), "--lp", lp.toString(), "-o", solution.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        String sol = Files.readString(solution);
        assertTrue(sol.contains("Status:     OPTIMAL"), sol);
        assertTrue(sol.contains(String.format(java.util.Locale.ROOT, "obj = %.10f", (Math.sqrt(2) - 1) / 2)), sol);
    }

    @Test
    void outputPathsThatCannotBeWrittenAreOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("existing.txt");
        Files.writeString(file, "keep me");
        for (String out : new String[] {file.toString(), "/proc/relax-out", "/sys/relax-out", file.resolve("sub").toString(), "/dev/null"}) {
            for (String[] args : new String[][] {{"curve", "chsh-comm", "--points", "2", "--out", out}, {"reproduce", "--only", "iab", "--out", out}}) {
                Run r = Run.of(args);
                assertEquals(ExitCode.INVALID, r.exit(), String.join(" ", args) + "\n" + r.err());
                assertTrue(r.oneLineError(), r.err());
                clean(r);
            }
        }
        assertEquals("keep me", Files.readString(file));
    }

    /** A second run replaces the first run's files and says so; the staging directory is gone after a complete run. */
    @Test
    void rerunSaysWhatItReplacedAndLeavesNoPartialOutput(@TempDir Path dir) throws Exception {
        Run once = Run.of("curve", "chsh-comm", "--points", "2", "--out", dir.toString());
        assertEquals(0, once.exit(), once.err());
        assertFalse(once.out().contains("replaced"), once.out());
        List<String> first;
        try (Stream<Path> s = Files.list(dir)) {
            first = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Run second = Run.of("curve", "chsh-comm", "--points", "2", "--out", dir.toString());
        // two plots (the min p(m=0) plot and its entropy plot), each as CSV, PNG, SVG and PDF: 8 files; the note names the first 6
        assertEquals(8, first.size(), first.toString());
        assertTrue(second.out().contains("replaced 8 files of an earlier run in " + dir + " (" + String.join(", ", first.subList(0, 6)) + ", …)"),
                second.out());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(first, s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging directory left");
        }
    }

    /** An interrupted run leaves the directory as it was and its own files, marked incomplete, in the staging directory. */
    @Test
    void unfinishedRunLeavesThePreviousFilesAndAMarkedStagingDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("report.md"), "old report");
        OutputDirectory out = OutputDirectory.open("--out", dir, new PrintWriter(new StringWriter()));
        Files.writeString(out.staging().resolve("report.md"), "new, half");
        out.release();
        assertEquals("old report", Files.readString(dir.resolve("report.md")));
        assertTrue(Files.readString(out.staging().resolve(OutputDirectory.INCOMPLETE)).contains("has not finished"));
    }

    /**
     * md and influence share one functional-mode option set with one default (no-signalling imposed), print the
     * conditions imposed — two rows per party in the CHSH scenario: (2 − 1) inputs × (2 − 1) outputs of the other party ×
     * 2 inputs of the other — and md reads --functional-file.
     */
    @Test
    void mdAndInfluenceShareTheFunctionalOptions(@TempDir Path dir) throws Exception {
        Run md = Run.of("md", "--functional", "chsh", "--value", "0.3");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("constraints normalisation, chsh = 0.3, no-signalling: B's marginal independent of x (2 rows); "
                + "A's marginal independent of y (2 rows)"), md.out());
        Run explicit = Run.of("md", "--functional", "chsh", "--value", "0.3", "--no-signalling");
        assertEquals(value(md.out()), value(explicit.out()));
        Run signalling = Run.of("md", "--functional", "chsh", "--value", "0.3", "--allow-signalling");
        assertTrue(signalling.out().contains("(signalling allowed: --allow-signalling)"), signalling.out());
        assertFalse(value(md.out()).equals(value(signalling.out())), "the constraint matters for M");
        Path f = dir.resolve("chsh.json");
        // CHSH of eq. (8) as coefficients: p(00|00)+p(00|01)+p(00|10)-p(00|11)-pA(0|0)-pB(0|0), pA, pB read at block (0,0)
        Files.writeString(f, "{\"name\":\"mine\",\"inputs\":[2,2],\"outputs\":[2,2],\"coefficients\":[[[[-1,-1],[-1,0]],[[1,0],[0,0]]],"
                + "[[[1,0],[0,0]],[[-1,0],[0,0]]]]}");
        Run file = Run.of("md", "--functional-file", f.toString(), "--value", "0.3");
        assertEquals(0, file.exit(), file.err());
        assertEquals(value(md.out()), value(file.out()));
        Run influence = Run.of("influence", "--model", "x2b", "--functional-file", f.toString(), "--value", "0.3");
        assertTrue(influence.out().contains("no-signalling: B's marginal independent of x (2 rows)"), influence.out());
        Run both = Run.of("md", "--functional", "chsh", "--value", "0.3", "--no-signalling", "--allow-signalling");
        assertEquals(ExitCode.INVALID, both.exit());
    }

    private static String value(String text) {
        return text.lines().filter(l -> l.startsWith("  result")).findFirst().orElse("none");
    }

    @Test
    void mdOffersExactlyTheMethodsItAccepts() {
        Run simplex = Run.of("md", "--method", "simplex", "examples/tsirelson.json");
        assertEquals(ExitCode.INVALID, simplex.exit());
        assertTrue(simplex.oneLineError(), simplex.err());
        // both formulations give Tsirelson's min M = (2 sqrt 2 - 2)/4, derived by hand in MeasurementDependenceTest
        for (String method : new String[] {"enumerate", "colgen"}) {
            Run r = Run.of("md", "--method", method, "examples/tsirelson.json");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "min M = %.10f", (Math.sqrt(2) - 1) / 2)), r.out());
        }
        Run help = Run.of("md", "--help");
        String method = help.out().lines().filter(l -> l.contains("--method=METHOD ")).findFirst().orElseThrow();
        assertTrue(method.contains("auto, enumerate, colgen"), method);
    }

    /** Every command summary in relax --help is a whole sentence. */
    @Test
    void everySummaryIsWhole() {
        Run r = Run.of("--help");
        String commands = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit codes"));
        String[] entries = commands.replaceAll("\n {10,}", " ").split("\n");
        int n = 0;
        for (String e : entries) {
            if (e.startsWith("  ")) {
                assertTrue(e.strip().endsWith("."), "summary cut short: " + e);
                n++;
            }
        }
        assertEquals(Main.commandLine().getSubcommands().size(), n);
    }

    /**
     * Start-up registers only the command that runs: each entry of Main.COMMANDS carries its command's own name, a named
     * command gets only itself, --version none, help and anything else all of them (in the listed order).
     */
    @Test
    void startUpRegistersOnlyTheCommandThatRuns() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (var c : Main.COMMANDS) {
            assertEquals(c.getKey(), new CommandLine(c.getValue().get()).getCommandName());
            names.add(c.getKey());
        }
        assertEquals(names, java.util.List.copyOf(Main.commandLine().getSubcommands().keySet()));
        assertEquals(java.util.Set.of("md"), Main.commandLine("md").getSubcommands().keySet());
        assertEquals(java.util.Set.of("dual-vertices"), Main.commandLine("dual-vertices").getSubcommands().keySet());
        assertTrue(Main.commandLine("--version").getSubcommands().isEmpty());
        assertEquals(names.size(), Main.commandLine("help").getSubcommands().size());
        assertEquals(names.size(), Main.commandLine("--help").getSubcommands().size());
        assertEquals(names.size(), Main.commandLine("influnce").getSubcommands().size(), "a misspelt command is suggested from all of them");
    }

    /** Each command's help has usage examples and its exit codes; reproduce --only lists every id. */
    @Test
    void everyCommandHasExamplesAndExitCodes() {
        CommandLine cl = Main.commandLine();
        for (String name : cl.getSubcommands().keySet()) {
            String help = cl.getSubcommands().get(name).getUsageMessage();
            assertTrue(help.contains("Examples:"), name);
            assertTrue(help.contains("Exit codes"), name);
        }
        String reproduce = Run.of("reproduce", "--help").out();
        for (var rep : ReproduceCommand.reproductions()) {
            assertTrue(reproduce.contains("  " + rep.id() + " "), rep.id());
        }
        String only = reproduce.lines().filter(l -> l.contains("--only=")).reduce("", String::concat);
        assertFalse(only.contains("...)"), "no id list ending in ...: " + only);
    }

    /** At any width from 80 columns on, wrapping never breaks a file name (e.g. "NAME." / "svg"). */
    @Test
    void wrappedHelpNeverBreaksFileNames() {
        java.util.regex.Pattern file = java.util.regex.Pattern.compile("[A-Za-z0-9_./*-]+\\.(json|csv|png|svg|md|lp)\\b");
        for (int width : new int[] {80, 100, 120, 160}) {
            CommandLine cl = Main.commandLine();
            cl.setUsageHelpAutoWidth(false);
            cl.setUsageHelpWidth(width);
            for (CommandLine sub : cl.getSubcommands().values()) {
                String help = sub.getUsageMessage();
                String joined = help.replaceAll("\\s+", " ");
                java.util.regex.Matcher m = file.matcher(joined);
                while (m.find()) {
                    assertTrue(help.contains(m.group()), width + " columns, " + sub.getCommandName() + ": '" + m.group() + "' is broken across lines");
                }
            }
        }
    }

    /** Progress says what is computed and how far it got, in a physicist's words. */
    @Test
    void progressInWords() {
        InfluenceAnalysis a = new InfluenceAnalysis(ExampleBehaviours.tsirelson(1), CausalModel.X_TO_B, 1e-9);
        assertEquals("min C_X→B ≤ 0.2071067812 after 41 LPs (column generation: 31 columns in the master, 64 strategies in all)",
                StatusLine.words(a.problem(), "minimum", 41, 0.2071067812, 31, 0.58));
        assertTrue(StatusLine.words(a.problem(), "feasibility", 3, 0.0123, 31, 0.2).startsWith("looking for a model that meets the constraints: the closest so far is off by 0.0123 in total after 3 LPs"));
        assertEquals("2^42", StatusLine.count(BigInteger.TWO.pow(42)));
        assertEquals("64", StatusLine.count(BigInteger.valueOf(64)));
        assertEquals("2.1e14", StatusLine.count(BigInteger.valueOf(3).pow(30)));
        StringWriter err = new StringWriter();
        StatusLine on = new StatusLine(new PrintWriter(err), true);
        on.status("[1/2] chsh-x2b: sweeping");
        on.done();
        assertTrue(err.toString().contains("[1/2] chsh-x2b: sweeping"));
        assertTrue(err.toString().endsWith("\r\033[K"), "cleared");
        Run r = Run.of("influence", "--model", "x2b", "examples/tsirelson.json");
        assertEquals("", r.err(), "no progress when standard error is not a terminal");
    }

    /** Scripts may treat "not local" as success. */
    @Test
    void exitZeroOnInfeasible() throws Exception {
        assertEquals(ExitCode.INFEASIBLE, Run.of("influence", "--model", "lhv", "examples/pr-box.json").exit());
        Run r = Run.of("influence", "--model", "lhv", "--json", "--exit-zero-on-infeasible", "examples/pr-box.json");
        assertEquals(0, r.exit());
        assertEquals("infeasible", JSON.readTree(r.out()).get("status").asText());
        Path none = Path.of("examples", "no-such-file.json");
        assertEquals(ExitCode.INVALID, Run.of("influence", "--model", "lhv", "--exit-zero-on-infeasible", "examples/pr-box.json", none.toString()).exit(),
                "only infeasible becomes 0");
    }

    /** A bug's line says what happened, not which Java class; the trace only with RELAX_DEBUG. */
    @Test
    void internalErrorsShowNoInternals() {
        String line = Main.internalError(new NullPointerException("Cannot invoke \"x.y()\" because \"z\" is null"), new PrintWriter(new StringWriter()));
        assertFalse(line.contains("NullPointerException") || line.contains("java."), line);
        assertTrue(line.startsWith("internal error: a bug, please report it"), line);
        assertEquals("a \\u001B[31mred\\u001B[0m name on one line", Main.oneLine("a \033[31mred\033[0m name\non one line"));
        assertEquals("two lines", Main.oneLine("two\nlines"));
    }
}
