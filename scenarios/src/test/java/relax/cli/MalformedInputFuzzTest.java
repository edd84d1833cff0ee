package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.InvalidBehaviourException;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.FunctionalFile;

/**
 * Seeded fuzzing of the input layer (issues 11 and 18): a few hundred behaviour and functional files, each made
 * invalid by one mutation of a valid file that is certain to break it (a bad value where a number belongs,
 * truncation, trailing data, a nesting bomb, bytes that are not UTF-8, a missing or doubled key, a wrong shape,
 * …). Every one must be rejected with an {@link InvalidBehaviourException} whose message is one line, starts with
 * the file name and leaks nothing of the parser; a sample goes through the command line, which must exit 2 with
 * one line on standard error and nothing on standard output.
 */
class MalformedInputFuzzTest {
    private static final long SEED = 20240611L;
    private static final int CASES = 400;

    /** A valid input whose data key comes last, so that every number after {@code dataKey} is an entry. */
    private record Base(String name, String text, String dataKey, String[] bad, boolean functional) {
    }

    private static final String[] BAD_P = {"NaN", "-Infinity", "Infinity", "1e400", "1e-400", "-0.5", "2", "\"abc\"", "true", "null", "[]", "{}",
        "\"1/0\"", "\"\\u001b[31m\"", "1" + "0".repeat(1500), "-1e-3", "\"NaN\"", "1e999999999"};
    private static final String[] BAD_COUNT = {"-3", "2.5", "\"x\"", "1e30", "NaN", "null", "[]", "true", "\"1/2\"", "9223372036854775808"};
    private static final String[] BAD_CORRELATOR = {"NaN", "1.5", "-2", "\"abc\"", "null", "[]", "true", "1e400"};
    private static final String[] BAD_CG = {"-0.1", "1.5", "NaN", "\"abc\"", "null", "[]", "false"};
    private static final String[] BAD_COEFFICIENT = {"NaN", "Infinity", "1e400", "1e-400", "\"abc\"", "true", "null", "[]", "{}", "\"1/0\""};
    private static final String[] BAD_CARDINALITY = {"0", "-1", "2.5", "4294967298", "2147483648", "\"x\"", "null", "[]", "1e400", "3"};
    private static final String[] TRAILING = {" x", "{}", ",", "]", "{\"a\":1}", "\n\n{\"inputs\":[1]}", "0", "\"s\""};

    private static final String PR = "[[[[0.5,0],[0,0.5]],[[0.5,0],[0,0.5]]],[[[0.5,0],[0,0.5]],[[0,0.5],[0.5,0]]]]";
    private static final String CORRELATOR = "[[[[1,-1],[-1,1]],[[1,-1],[-1,1]]],[[[1,-1],[-1,1]],[[-1,1],[1,-1]]]]";

    private static List<Base> bases() {
        return List.of(
                new Base("pr.json", "{\"name\":\"PR box\",\"inputs\":[2,2],\"outputs\":[2,2],\"p\":" + PR + "}", "\"p\"", BAD_P, false),
                new Base("frac.json", "{\"inputs\":[1,2],\"outputs\":[2,2],\"order\":\"abxy\",\"p\":[[[[\"1/3\",0.5]],[[\"1/6\",0]]],"
                        + "[[[\"1/4\",\"1/8\"]],[[0.25,\"3/8\"]]]]}", "\"p\"", BAD_P, false),
                new Base("ghz.json", "{\"inputs\":[1,1,2],\"outputs\":[2,2,2],\"p\":[[[[[[0.5,0],[0,0]],[[0,0],[0,0.5]]],[[[0.125,0.125],[0.125,0.125]],"
                        + "[[0.125,0.125],[0.125,0.125]]]]]]}", "\"p\"", BAD_P, false),
                new Base("counts.json", "{\"inputs\":[2,2],\"outputs\":[2,2],\"counts\":[[[[250,3],[1,246]],[[240,10],[12,238]]],[[[249,1],[0,250]],"
                        + "[[5,245],[247,3]]]]}", "\"counts\"", BAD_COUNT, false),
                new Base("corr.json", "{\"inputs\":[2,2],\"correlators\":{\"A\":[0,0.1],\"B\":[0,0],\"AB\":[[0.7,0.7],[0.7,-0.7]]}}", "\"correlators\"",
                        BAD_CORRELATOR, false),
                new Base("cg.json", "{\"inputs\":[2,2],\"collins-gisin\":{\"A\":[0.5,0.5],\"B\":[0.5,0.5],\"AB\":[[0.4,0.4],[0.4,0.1]]}}", "\"collins-gisin\"",
                        BAD_CG, false),
                new Base("f.json", "{\"name\":\"chsh\",\"inputs\":[2,2],\"outputs\":[2,2],\"constant\":-2,\"coefficients\":" + CORRELATOR + "}",
                        "\"coefficients\"", BAD_COEFFICIENT, true));
    }

    private static final Pattern ENTRY = Pattern.compile("-?[0-9][0-9.eE+-]*|\"[^\"]*\"");
    private static final Pattern CARDINALITY = Pattern.compile("\"(inputs|outputs)\":\\[[^\\]]*\\]");

    /** One mutation of a base that makes it invalid for certain; returns the file's bytes. */
    private static byte[] mutate(Base b, Random r, StringBuilder what) {
        String t = b.text();
        int data = t.indexOf(b.dataKey()) + b.dataKey().length() + 1;
        int kind = r.nextInt(13);
        switch (kind) {
            case 0, 1, 2 -> { // a bad value where an entry is
                List<int[]> entries = new ArrayList<>();
                Matcher m;
                m = ENTRY.matcher(t);
                while (m.find()) {
                    if (m.start() >= data && !t.startsWith(":", m.end())) {
                        entries.add(new int[] {m.start(), m.end()});
                    }
                }
                int[] e = entries.get(r.nextInt(entries.size()));
                String bad = b.bad()[r.nextInt(b.bad().length)];
                what.append("entry ").append(t, e[0], e[1]).append(" -> ").append(bad.length() > 20 ? bad.substring(0, 20) + "…" : bad);
                t = t.substring(0, e[0]) + bad + t.substring(e[1]);
            }
            case 3 -> { // truncated
                int cut = 1 + r.nextInt(t.length() - 2);
                what.append("truncated at ").append(cut);
                t = t.substring(0, cut);
            }
            case 4 -> { // trailing data
                String tail = TRAILING[r.nextInt(TRAILING.length)];
                what.append("trailing ").append(tail.strip());
                t = t + tail;
            }
            case 5 -> { // a nesting bomb or a too-long string where the data is
                int depth = 65 + r.nextInt(3000);
                String bomb = r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "\"" + "x".repeat(100_001 + r.nextInt(200_000)) + "\"";
                what.append("bomb ").append(bomb.charAt(0)).append(bomb.length());
                t = t.substring(0, data) + bomb + "}";
            }
            case 6 -> { // a bad cardinality
                Matcher m = CARDINALITY.matcher(t);
                if (!m.find()) {
                    throw new IllegalStateException(b.name());
                }
                String bad = BAD_CARDINALITY[r.nextInt(BAD_CARDINALITY.length)];
                String replaced = m.group().replaceFirst("\\[[0-9]+", "[" + java.util.regex.Matcher.quoteReplacement(bad));
                what.append("cardinality ").append(replaced);
                t = t.substring(0, m.start()) + replaced + t.substring(m.end());
            }
            case 7 -> { // a missing key: the data key or "inputs" misspelt
                String key = r.nextBoolean() ? b.dataKey() : "\"inputs\"";
                String misspelt = key.substring(0, key.length() - 2) + "\"";
                what.append("missing ").append(key);
                t = t.replace(key + ":", misspelt + ":");
            }
            case 8 -> { // a key given twice
                what.append("duplicate key");
                t = "{\"inputs\":[9]," + t.substring(1);
            }
            case 9 -> { // an entry removed from a list: wrong shape
                int at = t.indexOf(',', data);
                int end = at + 1;
                while (end < t.length() && "]},".indexOf(t.charAt(end)) < 0) {
                    end++;
                }
                what.append("shape: removed ").append(t, at, end);
                t = t.substring(0, at) + t.substring(end);
            }
            case 10 -> { // not a JSON object
                String[] other = {"[" + t + "]", "\"" + t.replace("\"", "'") + "\"", "42", "null", ""};
                t = other[r.nextInt(other.length)];
                what.append("not an object: ").append(t.length() > 10 ? t.substring(0, 10) : t);
            }
            default -> { // bytes that are not UTF-8, a NUL byte, or UTF-16
                byte[] u = t.getBytes(StandardCharsets.UTF_8);
                int at = r.nextInt(u.length);
                int choice = r.nextInt(3);
                if (choice == 2) {
                    what.append("UTF-16");
                    return t.getBytes(StandardCharsets.UTF_16);
                }
                byte[] bad = choice == 0 ? new byte[] {(byte) 0xFF} : new byte[] {(byte) 0xC3, '('};
                if (r.nextInt(4) == 0) {
                    bad = new byte[] {0};
                }
                what.append("bytes ").append(bad[0] & 0xFF).append(" at ").append(at);
                byte[] out = new byte[u.length + bad.length];
                System.arraycopy(u, 0, out, 0, at);
                System.arraycopy(bad, 0, out, at, bad.length);
                System.arraycopy(u, at, out, at + bad.length, u.length - at);
                return out;
            }
        }
        return t.getBytes(StandardCharsets.UTF_8);
    }

    /** CSV mutations of the PR box table, each certain to break it. */
    private static String mutateCsv(Random r, StringBuilder what) {
        List<String> rows = new ArrayList<>();
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        rows.add(x + "," + y + "," + a + "," + b + "," + ((a ^ b) == (x & y) ? "1/2" : "0"));
                    }
                }
            }
        }
        String header = "x,y,a,b,p";
        int i = r.nextInt(rows.size());
        switch (r.nextInt(6)) {
            case 0 -> {
                what.append("dropped row ").append(rows.remove(i));
            }
            case 1 -> {
                what.append("repeated row ").append(rows.get(i));
                rows.add(rows.get(i));
            }
            case 2 -> {
                String[] bad = {"NaN", "abc", "-0.5", "2", "1e400", "1/0", "", "\"", "Infinity"};
                String v = bad[r.nextInt(bad.length)];
                what.append("value ").append(v);
                rows.set(i, rows.get(i).substring(0, rows.get(i).lastIndexOf(',') + 1) + v);
            }
            case 3 -> {
                String[] bad = {"x", "-1", "1.5", "", "99999999"};
                String v = bad[r.nextInt(bad.length)];
                what.append("index ").append(v);
                rows.set(i, v + rows.get(i).substring(1));
            }
            case 4 -> {
                String[] bad = {"x,y,a,b,q", "x,y,a,b", "x,y,a,b,p,p", "x,x,a,b,p", "w,y,a,b,p", "x;y;a;b", ""};
                header = bad[r.nextInt(bad.length)];
                what.append("header ").append(header);
            }
            default -> {
                what.append("extra field on row ").append(i);
                rows.set(i, rows.get(i) + ",1");
            }
        }
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    /** One line, starting with the file name, no parser internals, no control characters. */
    private static void assertClean(String m, String file, String what) {
        String context = what + ": " + m;
        assertTrue(m.startsWith(file + ": "), context);
        assertFalse(m.contains("\n") || m.contains("\r"), context);
        for (String leak : new String[] {"Source:", "REDACTED", "Exception", "JsonReadFeature", "ALLOW_", "com.fasterxml", "`", "java."}) {
            assertFalse(m.contains(leak), leak + " in " + context);
        }
        assertTrue(m.chars().noneMatch(c -> c < 0x20 || c == 0x7f), context);
        assertTrue(m.length() < 800, context);
    }

    @Test
    void everyMalformedFileIsRejectedWithOneCleanLine(@TempDir Path dir) throws Exception {
        Random r = new Random(SEED);
        List<Base> bases = bases();
        for (Base b : bases) { // the bases themselves are valid
            Path f = Files.writeString(dir.resolve("valid-" + b.name()), b.text());
            if (b.functional()) {
                FunctionalFile.read(f, null);
            } else {
                BehaviourFile.read(f, 1e-9);
            }
        }
        int cli = 0;
        for (int c = 0; c < CASES; c++) {
            StringBuilder what = new StringBuilder();
            boolean csv = r.nextInt(8) == 0;
            Base b = csv ? null : bases.get(r.nextInt(bases.size()));
            Path f = dir.resolve("case" + c + (csv ? ".csv" : "-" + b.name()));
            Files.write(f, csv ? mutateCsv(r, what).getBytes(StandardCharsets.UTF_8) : mutate(b, r, what));
            boolean functional = b != null && b.functional();
            String message = null;
            try {
                if (functional) {
                    FunctionalFile.read(f, null);
                } else {
                    BehaviourFile.read(f, 1e-9);
                }
                fail("accepted: " + f.getFileName() + " (" + what + ")");
            } catch (InvalidBehaviourException e) {
                message = e.getMessage();
            } catch (RuntimeException e) {
                throw new AssertionError(f.getFileName() + " (" + what + ") threw " + e, e);
            }
            assertClean(message, f.toString(), what.toString());
            if (c % 8 == 0) {
                cli++;
                String[] args = functional ? new String[] {"influence", "--model", "x2b", "--functional-file", f.toString(), "--value", "0.1"}
                        : c % 24 == 0 ? new String[] {"influence", "--model", "x2b", f.toString()} : new String[] {"convert", f.toString()};
                Run run = Run.of(args);
                assertEquals(2, run.exit(), what + ": " + run.err());
                assertTrue(run.oneLineError(), what + ": " + run.err());
                assertEquals("relax: " + message + "\n", run.err(), what.toString());
                assertEquals("", run.out(), what.toString());
            }
        }
        assertTrue(cli >= 40, "the command line saw " + cli + " cases");
    }
}
