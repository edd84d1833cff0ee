package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relax batch} and {@code relax merge} on real commands. The reference for every record is the command line
 * itself run once per file ({@code relax influence --json FILE}, …): a batch must print exactly what those print, with
 * the id first and an inline behaviour named by its id instead of a path. Only the time fields may differ.
 */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PR = "examples/pr-box.json";
    private static final String TSIRELSON = "examples/tsirelson.json";
    private static final String LOCAL = "examples/local-deterministic.json";
    private static final String KCBS = "examples/kcbs.json";
    /** Alice's marginal depends on y (a = y): signalling, so no lhv model exists (exit 1, with its proof). */
    private static final String SIGNALLING = "{\"inputs\": [2, 2], \"outputs\": [2, 2], \"p\": [[[[1, 0], [0, 0]], [[0, 0], [0, 1]]], "
            + "[[[1, 0], [0, 0]], [[0, 0], [0, 1]]]]}";
    /** p[0][0] sums to 1.5: invalid (exit 2). */
    private static final String BAD_SUM = "{\"inputs\": [2, 2], \"outputs\": [2, 2], \"p\": [[[[1, 0], [0, 0.5]], [[0.5, 0], [0, 0.5]]], "
            + "[[[0.5, 0], [0, 0.5]], [[0, 0.5], [0.5, 0]]]]}";

    @TempDir
    Path dir;

    /** One solvable line per command kind, an infeasible one, an invalid behaviour, and lines that are no tasks. */
    private List<String> mixedLines() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("{\"id\": \"pr\", \"command\": \"influence\", \"model\": \"x2b\", \"behaviour\": \"" + PR + "\"}");
        lines.add("{\"id\": \"ts\", \"command\": \"influence\", \"model\": \"a2b\", \"behaviour\": " + inline(TSIRELSON) + "}");
        lines.add("not json at all");
        lines.add("{\"id\": 4, \"command\": \"influence\", \"model\": \"lhv\", \"behaviour\": " + SIGNALLING + "}");
        lines.add("{\"id\": \"bad\", \"command\": \"md\", \"behaviour\": " + BAD_SUM + "}");
        lines.add("");
        lines.add("{\"command\": \"influence\", \"model\": \"x2b\", \"behaviour\": \"" + PR + "\"}");
        lines.add("{\"id\": \"pr\", \"command\": \"influence\", \"model\": \"x2b\", \"behaviour\": \"" + PR + "\"}");
        lines.add("{\"id\": \"f\", \"command\": \"influence\", \"model\": \"comm\", \"functional\": \"chsh\", \"value\": 0.1}");
        lines.add("{\"id\": \"opt\", \"command\": \"influence\", \"model\": \"x2b\", \"no-such-option\": 1, \"behaviour\": \"" + PR + "\"}");
        lines.add("{\"id\": \"md\", \"command\": \"md\", \"measure\": \"hall\", \"behaviour\": \"" + PR + "\"}");
        lines.add("{\"id\": \"loc\", \"command\": \"influence\", \"model\": \"lhv\", \"backend\": \"commons\", \"behaviour\": " + inline(LOCAL) + "}");
        lines.add("{\"id\": \"micro\", \"command\": \"microstate\", \"given-y\": true, \"behaviour\": \"" + TSIRELSON + "\"}");
        lines.add("{\"id\": \"kcbs\", \"command\": \"noncontextual\", \"behaviour\": " + inline(KCBS) + "}");
        return lines;
    }

    private static String inline(String file) throws Exception {
        return JSON.readTree(Files.readString(Path.of(file))).toString();
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    /** Records as JSON trees without the time fields (which differ from run to run). */
    private static List<JsonNode> timeless(String jsonl) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : jsonl.split("\n")) {
            if (!l.isBlank()) {
                ObjectNode n = (ObjectNode) JSON.readTree(l);
                n.remove(List.of("seconds", "timing"));
                out.add(n);
            }
        }
        return out;
    }

    /** The record the command line prints for one file, with the id put first and the file renamed as the batch names it. */
    private static JsonNode perFile(Object id, String file, String shownAs, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        a.add(1, "--json");
        a.add(file);
        Run r = Run.of(a.toArray(String[]::new));
        String line = r.out().strip();
        assertEquals(1, line.lines().count(), r.out() + r.err());
        ObjectNode n = JSON.createObjectNode();
        n.set("id", JSON.valueToTree(id));
        n.setAll((ObjectNode) JSON.readTree(line.replace(file, shownAs)));
        n.remove(List.of("seconds", "timing"));
        return n;
    }

    @Test
    void batchPrintsWhatEachCommandPrintsForItsFile() throws Exception {
        Path tasks = write("tasks.jsonl", mixedLines());
        Run batch = Run.of("batch", "--in", tasks.toString(), "--threads", "2");
        List<JsonNode> got = timeless(batch.out());
        // the inline behaviours as files, for the command line
        Path ts = dir.resolve("ts.json");
        Files.writeString(ts, inline(TSIRELSON));
        Path sig = dir.resolve("4.json");
        Files.writeString(sig, SIGNALLING);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, BAD_SUM);
        Path loc = dir.resolve("loc.json");
        Files.writeString(loc, inline(LOCAL));
        Path kcbs = dir.resolve("kcbs.json");
        Files.writeString(kcbs, inline(KCBS));
        String t = tasks.toString();
        List<JsonNode> expected = List.of(
                perFile("pr", PR, PR, "influence", "--model", "x2b"),
                perFile("ts", ts.toString(), "ts", "influence", "--model", "a2b"),
                JSON.readTree("{\"id\":null,\"line\":3,\"status\":\"invalid\",\"message\":\"" + t + " line 3: not valid JSON (column 4: 'not' is not a JSON value; "
                        + "expected a number, a \\\"string\\\", a [list], an {object}, true, false or null)\"}"),
                perFile(4, sig.toString(), "4", "influence", "--model", "lhv"),
                perFile("bad", bad.toString(), "bad", "md"),
                // line 6 is blank: no record
                JSON.readTree("{\"id\":null,\"line\":7,\"status\":\"invalid\",\"message\":\"" + t + " line 7: missing key \\\"id\\\" (a string or a whole "
                        + "number naming the task; records, resuming and merging are keyed by it)\"}"),
                JSON.readTree("{\"id\":null,\"line\":8,\"status\":\"invalid\",\"message\":\"" + t + " line 8: id \\\"pr\\\" was already used on line 1: "
                        + "every task needs its own id\"}"),
                functional("f", "influence", "--model", "comm", "--functional", "chsh", "--value", "0.1"),
                JSON.readTree("{\"id\":\"opt\",\"status\":\"invalid\",\"message\":\"Unknown option: '--no-such-option=1' (see: relax influence --help)\"}"),
                perFile("md", PR, PR, "md", "--measure", "hall"),
                perFile("loc", loc.toString(), "loc", "influence", "--model", "lhv", "--backend", "commons"),
                perFile("micro", TSIRELSON, TSIRELSON, "microstate", "--given-y"),
                perFile("kcbs", kcbs.toString(), "kcbs", "noncontextual"));
        assertEquals(expected.size(), got.size(), batch.out());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), got.get(i), "record " + i);
        }
        // statuses as the physics says: PR box C_X->B = 1/2 (RelaxationTest, by hand); Tsirelson C_A->B = 2 CHSH = sqrt2 - 1 (README)
        assertEquals(0.5, got.get(0).get("value").asDouble(), 1e-9);
        assertEquals(Math.sqrt(2) - 1, got.get(1).get("value").asDouble(), 1e-9);
        assertEquals("infeasible", got.get(3).get("status").asText());
        assertEquals("invalid", got.get(4).get("status").asText());
        assertTrue(got.get(4).get("message").asText().startsWith("bad: p[0][0] sums to 1.5"), got.get(4).toString());
        // the largest exit code wins: an invalid task (2) over an infeasible one (1)
        assertEquals(ExitCode.INVALID, batch.exit());
        assertTrue(batch.err().contains("13 tasks, 13 records written, 3 lines invalid"), batch.err());
    }

    private static JsonNode functional(Object id, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        a.add(1, "--json");
        Run r = Run.of(a.toArray(String[]::new));
        ObjectNode n = JSON.createObjectNode();
        n.set("id", JSON.valueToTree(id));
        n.setAll((ObjectNode) JSON.readTree(r.out().strip()));
        n.remove(List.of("seconds", "timing"));
        return n;
    }

    /** n CHSH-scenario tasks without command (taken from {@link #DEFAULTS}): v PR + (1 - v) white noise, v = i/(n - 1). */
    private Path sweep(int n) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = i / (double) (n - 1);
            // v PR + (1 - v) white noise: p(ab|xy) = v [a+b = xy mod 2]/2 + (1 - v)/4
            StringBuilder p = new StringBuilder("[");
            for (int x = 0; x < 2; x++) {
                p.append(x == 0 ? "[" : ",[");
                for (int y = 0; y < 2; y++) {
                    p.append(y == 0 ? "[" : ",[");
                    for (int a = 0; a < 2; a++) {
                        p.append(a == 0 ? "[" : ",[");
                        for (int b = 0; b < 2; b++) {
                            double q = v * (((a ^ b) == (x & y)) ? 0.5 : 0) + (1 - v) / 4;
                            p.append(b == 0 ? "" : ",").append(q);
                        }
                        p.append("]");
                    }
                    p.append("]");
                }
                p.append("]");
            }
            p.append("]");
            lines.add("{\"id\": \"v" + i + "\", \"behaviour\": {\"inputs\": [2, 2], \"outputs\": [2, 2], \"p\": " + p + "}}");
        }
        return write("sweep.jsonl", lines);
    }

    private static final String DEFAULTS = "{\"command\": \"influence\", \"model\": \"x2b\"}";

    @Test
    void oneAndTwoThreadsGiveTheSameRecordsInInputOrder() throws Exception {
        Path tasks = sweep(12);
        Run one = Run.of("batch", "--in", tasks.toString(), "--threads", "1", "--defaults", DEFAULTS);
        Run two = Run.of("batch", "--in", tasks.toString(), "--threads", "2", "--defaults", DEFAULTS);
        assertEquals(ExitCode.OPTIMAL, one.exit(), one.err());
        assertEquals(timeless(one.out()), timeless(two.out()));
        List<JsonNode> records = timeless(one.out());
        for (int i = 0; i < records.size(); i++) {
            double v = i / 11.0;
            // eq. (7): min C_X->B = max(0, CHSH). Here p(00|xy) = v/2 + (1-v)/4 for xy != 11 and (1-v)/4 for xy = 11, the
            // marginals are 1/2, so eq. (8) gives 3(v/2 + (1-v)/4) - (1-v)/4 - 1/2 - 1/2 = (2v - 1)/2 (v = 1: the PR box's 1/2)
            assertEquals("v" + i, records.get(i).get("id").asText());
            assertEquals(Math.max(0, (2 * v - 1) / 2), records.get(i).get("value").asDouble(), 1e-9, records.get(i).toString());
        }
    }

    @Test
    void resumeAfterAKillRedoesOnlyThePartialLine() throws Exception {
        Path tasks = sweep(6);
        Path whole = dir.resolve("whole.jsonl");
        assertEquals(ExitCode.OPTIMAL, Run.of("batch", "--in", tasks.toString(), "--out", whole.toString(), "--defaults", DEFAULTS).exit());
        String all = Files.readString(whole);
        List<String> lines = all.lines().toList();
        assertEquals(6, lines.size());
        // a run killed while writing its fourth record: three whole lines and half of the fourth
        Path killed = dir.resolve("killed.jsonl");
        String kept = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n";
        Files.writeString(killed, kept + lines.get(3).substring(0, lines.get(3).length() / 2));
        Run resumed = Run.of("batch", "--in", tasks.toString(), "--out", killed.toString(), "--defaults", DEFAULTS);
        assertEquals(ExitCode.OPTIMAL, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("ended in a partial record"), resumed.err());
        assertTrue(resumed.err().contains("already holds 3 records"), resumed.err());
        String after = Files.readString(killed);
        // the three finished records are untouched (byte for byte, seconds included: they were not run again)
        assertTrue(after.startsWith(kept), after);
        assertEquals(timeless(all), timeless(after));
        // a third run finds everything done and writes nothing
        Run again = Run.of("batch", "--in", tasks.toString(), "--out", killed.toString(), "--defaults", DEFAULTS);
        assertEquals(after, Files.readString(killed));
        assertTrue(again.err().contains("0 records written, 6 already done"), again.err());
    }

    /**
     * A resumed batch takes its exit code from the records it finds: a nodisturbance task on a behaviour where Bob's
     * outcome is Alice's input (b = x, a = 0) breaks Def. 2 (i) of Pearl & Cavalcanti by 1, exit 1 when run and again
     * when the finished results file is resumed.
     */
    @Test
    void aResumedBatchExitsAsTheRunThatWroteItsRecords() throws Exception {
        StringBuilder p = new StringBuilder("[");
        for (int x = 0; x < 2; x++) {
            p.append(x == 0 ? "" : ",").append('[');
            for (int y = 0; y < 2; y++) {
                p.append(y == 0 ? "" : ",").append(x == 0 ? "[[1,0],[0,0]]" : "[[0,1],[0,0]]");
            }
            p.append(']');
        }
        Path behaviour = dir.resolve("b-is-x.json");
        Files.writeString(behaviour, "{\"inputs\": [2, 2], \"outputs\": [2, 2], \"p\": " + p + "]}");
        Path tasks = dir.resolve("nd.jsonl");
        Files.writeString(tasks, "{\"id\": \"d\", \"command\": \"nodisturbance\", \"behaviour\": \"" + behaviour.toString().replace("\\", "\\\\") + "\"}\n");
        Path out = dir.resolve("nd-out.jsonl");
        Run first = Run.of("batch", "--in", tasks.toString(), "--out", out.toString());
        assertEquals(ExitCode.INFEASIBLE, first.exit(), first.err());
        assertTrue(Files.readString(out).contains("\"status\":\"broken\""), Files.readString(out));
        Run resumed = Run.of("batch", "--in", tasks.toString(), "--out", out.toString());
        assertEquals(ExitCode.INFEASIBLE, resumed.exit(), resumed.err());
    }

    @Test
    void shardsTogetherAreTheWholeAndMergeSaysWhatIsMissing() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(sweep(7)));
        lines.add(2, "{\"id\": \"broken\""); // a bad line belongs to a shard too
        Path tasks = write("tasks.jsonl", lines);
        Run whole = Run.of("batch", "--in", tasks.toString(), "--defaults", DEFAULTS);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path part = dir.resolve("part-" + i + ".jsonl");
            Run.of("batch", "--in", tasks.toString(), "--out", part.toString(), "--shard", String.valueOf(i), "--of", "3", "--defaults", DEFAULTS);
            // shard i holds lines i+1, i+4, i+7
            assertEquals((lines.size() - i + 2) / 3, Files.readAllLines(part).size(), "shard " + i);
            parts.add(part.toString());
        }
        Path merged = dir.resolve("merged.jsonl");
        List<String> args = new ArrayList<>(List.of("merge", "--in", tasks.toString(), "--out", merged.toString()));
        args.addAll(parts);
        Run merge = Run.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OPTIMAL, merge.exit(), merge.err());
        assertEquals(timeless(whole.out()), timeless(Files.readString(merged)));
        assertTrue(merge.err().contains("8 records from 3 files; 0 missing, 0 duplicated"), merge.err());

        // without shard 1, its ids are missing; shard 0 twice is duplicated
        Run partial = Run.of("merge", "--in", tasks.toString(), parts.get(0), parts.get(2), parts.get(0));
        assertEquals(ExitCode.INVALID, partial.exit());
        assertTrue(partial.err().contains("3 tasks have no record: \"v1\", \"v3\", \"v6\""), partial.err());
        assertTrue(partial.err().contains("id \"v0\" has a record in"), partial.err());
        assertTrue(partial.err().contains("3 missing, 3 duplicated"), partial.err());
    }

    @Test
    void badLinesAreRejectedOneByOneWithTheirLineNumbers() throws Exception {
        Path tasks = dir.resolve("bad.jsonl");
        byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', ' ', '"', (byte) 0xC3, '"', '}'};
        try (var out = Files.newOutputStream(tasks)) {
            out.write("{\"id\": 1.5, \"command\": \"influence\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("[1, 2]\r\n".getBytes(StandardCharsets.UTF_8));
            out.write(notUtf8);
            out.write("\n{\"id\": \"x\", \"command\": \"convert\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"y\", \"command\": \"influence\", \"json\": true}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"z\", \"command\": \"influence\", \"model\": \"x2b\", \"behaviour\": \"examples/pr-box.json\"} trailing\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"ok\", \"command\": \"influence\", \"model\": \"x2b\", \"behaviour\": \"examples/pr-box.json\"}".getBytes(StandardCharsets.UTF_8));
        }
        Run r = Run.of("batch", "--in", tasks.toString());
        List<JsonNode> got = timeless(r.out());
        assertEquals(7, got.size(), r.out());
        String t = tasks.toString();
        String[] expected = {
            t + " line 1: \"id\" must be a non-empty string (at most 1000 characters) or a whole number, not 1.5",
            t + " line 2: must be a JSON object {…} with keys \"id\", \"command\" and a \"behaviour\", not a list",
            t + " line 3: is not UTF-8 text (byte 0xC3 at offset 8): save it as UTF-8",
            t + " line 4: \"command\" must be one of influence, md, bilocal, microstate, audit, noncontextual, nodisturbance, faithfulness, "
                    + "not \"convert\"",
            t + " line 5: option \"json\" cannot be given to a task: the batch runs every task with --json and --quiet, and a task answers with one record",
            t + " line 6: has text after the end of the JSON object at column 98: a line holds exactly one object"};
        for (int i = 0; i < expected.length; i++) {
            assertEquals("invalid", got.get(i).get("status").asText());
            assertEquals(expected[i], got.get(i).get("message").asText(), "line " + (i + 1));
        }
        // a line with a valid id keeps it; one without gives its line number
        assertTrue(got.get(0).get("id").isNull());
        assertEquals(1, got.get(0).get("line").asInt());
        assertEquals("x", got.get(3).get("id").asText());
        assertFalse(got.get(3).has("line"));
        // the batch went on: the last line (no newline at its end) is solved
        assertEquals("optimal", got.get(6).get("status").asText());
        assertEquals(ExitCode.INVALID, r.exit());
    }

    @Test
    void aResultsFileThatIsNotOneIsNeverAppendedTo() throws Exception {
        Path tasks = sweep(2);
        Path out = dir.resolve("notes.jsonl");
        Files.writeString(out, "my notes\n");
        Run r = Run.of("batch", "--in", tasks.toString(), "--out", out.toString(), "--defaults", DEFAULTS);
        assertEquals(ExitCode.INVALID, r.exit());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("notes.jsonl line 1 is not a record of relax batch"), r.err());
        assertEquals("my notes\n", Files.readString(out));
    }

    @Test
    void optionsAreCheckedBeforeAnythingRuns() {
        assertEquals(ExitCode.INVALID, Run.of("batch", "--in", "nowhere.jsonl").exit());
        Run shard = Run.of("batch", "--in", "nowhere.jsonl", "--shard", "3", "--of", "3");
        assertTrue(shard.oneLineError() && shard.err().contains("0 <= I < N"), shard.err());
        Run half = Run.of("batch", "--in", "nowhere.jsonl", "--shard", "1");
        assertTrue(half.oneLineError() && half.err().contains("--shard I and --of N together"), half.err());
        Run defaults = Run.of("batch", "--in", "nowhere.jsonl", "--defaults", "{\"id\": 1}");
        assertTrue(defaults.oneLineError() && defaults.err().contains("cannot give an \"id\""), defaults.err());
    }

    /** A thread's command line is reused from task to task: what one task set must not leak into the next. */
    @Test
    void aReusedCommandLineRunsEachTaskAsAFreshOne() throws Exception {
        List<String> lines = List.of(
                "{\"id\": 1, \"command\": \"influence\", \"model\": \"a2b\", \"backend\": \"commons\", \"method\": \"colgen\", \"behaviour\": \"" + PR + "\"}",
                "{\"id\": 2, \"command\": \"influence\", \"model\": \"x2b\", \"functional\": \"chsh\", \"value\": 0.2}",
                "{\"id\": 3, \"command\": \"influence\", \"model\": \"x2b\", \"behaviour\": \"" + TSIRELSON + "\"}",
                "{\"id\": 4, \"command\": \"md\", \"measure\": \"hall\", \"behaviour\": \"" + PR + "\"}",
                "{\"id\": 5, \"command\": \"md\", \"behaviour\": \"" + PR + "\"}");
        Run r = Run.of("batch", "--in", write("reuse.jsonl", lines).toString(), "--threads", "1");
        List<JsonNode> got = timeless(r.out());
        assertEquals(perFile(3, TSIRELSON, TSIRELSON, "influence", "--model", "x2b"), got.get(2));
        assertEquals("ojalgo", got.get(2).get("backend").asText());
        assertEquals(perFile(5, PR, PR, "md"), got.get(4));
        assertNotEquals(got.get(3).get("measure"), got.get(4).get("measure"));
    }
}
