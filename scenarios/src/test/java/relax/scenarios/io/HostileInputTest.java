package relax.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * Regression tests for the hostile inputs of issues 11 and 18: each was a crash, a leaked parser message or a
 * silently wrong reading before; each must now be one line starting with the file name, naming the rule or the
 * limit, with nothing of the parser's internals.
 */
class HostileInputTest {
    private static final String PR = "[[[[0.5,0],[0,0.5]],[[0.5,0],[0,0.5]]],[[[0.5,0],[0,0.5]],[[0,0.5],[0.5,0]]]]";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The one-line message for {@code file}, checked for the rules every message obeys. */
    static String rejected(Path file) {
        String m = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(InvalidBehaviourException.class, () -> BehaviourFile.read(file, 1e-9)).getMessage());
        clean(m, file.toString());
        return m;
    }

    /** One line, starting with the file name, no parser internals, no control characters. */
    static void clean(String m, String file) {
        assertTrue(m.startsWith(file + ": "), m);
        assertFalse(m.contains("\n") || m.contains("\r"), m);
        for (String leak : new String[] {"Source:", "REDACTED", "Exception", "JsonReadFeature", "ALLOW_", "com.fasterxml", "`"}) {
            assertFalse(m.contains(leak), leak + " in: " + m);
        }
        assertTrue(m.chars().noneMatch(c -> c < 0x20 || c == 0x7f), m);
        assertTrue(m.length() < 800, m);
    }

    private static String pr(String extra) {
        return "{\"inputs\":[2,2],\"outputs\":[2,2]" + extra + ",\"p\":" + PR + "}";
    }

    /** Issue 11: nesting beyond the parser's limit, a 5000-digit number, a 3 MB string crashed the error path (null location). */
    @Test
    void parserLimitsAreNamed() throws Exception {
        assertTrue(rejected(write("deep.json", "{\"p\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))
                .contains("is nested more than 64 levels deep, the limit for an input file"));
        assertTrue(rejected(write("digits.json", "{\"inputs\":[" + "1".repeat(5000) + "]}"))
                .contains("has a number longer than 1000 characters, the limit for an input file"));
        assertTrue(rejected(write("string.json", "{\"name\":\"" + "x".repeat(3_000_000) + "\"}"))
                .contains("has a string longer than 100000 characters, the limit for an input file"));
        assertTrue(FunctionalFileTest.rejected(write("deepf.json", "{\"coefficients\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), null)
                .contains("is nested more than 64 levels deep"));
    }

    /** Issue 11: /dev/zero and a 36 MB file are refused with their size before they are read into memory. */
    @Test
    void inputSizeIsCappedBeforeReading() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(36_000_000);
        }
        assertEquals(big + ": is 36.0 MB, larger than the 32 MiB (33.6 MB) an input file may have", rejected(big));
        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            assertEquals("/dev/zero: is larger than the 32 MiB (33.6 MB) an input file may have (reading stopped there)", rejected(zero));
        }
        assertEquals(dir + ": is a directory, not a file", rejected(dir));
    }

    /** Issues 11 and 18: trailing text and concatenated objects were ignored (only the first behaviour was solved). */
    @Test
    void onlyOneObjectPerFile() throws Exception {
        assertTrue(rejected(write("trail.json", pr("") + " xyz")).endsWith("has text after the end of the JSON object at line 1, column 119: "
                + "a file holds exactly one object"));
        assertTrue(rejected(write("two.json", pr("") + "\n" + pr(""))).endsWith("holds a second JSON object at line 2, column 1: a file holds one object; "
                + "split them into separate files"));
        assertTrue(rejected(write("comma.json", pr("") + ",")).contains("has text after the end of the JSON object"));
    }

    /** Issue 18: a UTF-8 byte-order mark is accepted; other encodings are named with the offending byte. */
    @Test
    void encodings() throws Exception {
        byte[] body = pr("").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertEquals(0.5, BehaviourFile.read(write("bom.json", bom), 1e-9).get(0));
        String cafe = pr(",\"name\":\"caf\u00e9\"");
        byte[] latin1 = cafe.getBytes(StandardCharsets.ISO_8859_1); // é is the single byte 0xE9, which cannot start a UTF-8 sequence here
        assertEquals(dir.resolve("latin1.json") + ": is not UTF-8 text (byte 0xE9 at offset " + cafe.indexOf('\u00e9') + ", line 1): save it as UTF-8",
                rejected(write("latin1.json", latin1)));
        byte[] utf16 = pr("").getBytes(StandardCharsets.UTF_16);
        assertTrue(rejected(write("utf16.json", utf16)).endsWith("is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8"));
        assertTrue(rejected(write("nul.json", new byte[] {'{', 0, '}'})).endsWith("contains a NUL byte at offset 1 (line 1): a binary file, not text"));
        assertEquals(dir.resolve("empty.json") + ": is empty", rejected(write("empty.json", "  \n")));
    }

    /** Issue 18: truncated files leaked "[Source: REDACTED …]"; NaN leaked Jackson's ALLOW_NON_NUMERIC_NUMBERS advice. */
    @Test
    void truncationAndNonNumbers() throws Exception {
        String text = pr("");
        assertTrue(rejected(write("cut.json", text.substring(0, 61))).endsWith("ends before the JSON is complete (at line 1, column 62): is the file truncated?"));
        assertTrue(rejected(write("cut1.json", text.substring(0, 60))).endsWith("ends before the JSON is complete (at line 1, column 60): is the file truncated?"));
        assertTrue(rejected(write("cut2.json", "{\"inputs\":[2,2],\"name\":\"ab")).contains("ends before the JSON is complete"));
        assertTrue(rejected(write("nan.json", text.replaceFirst("0\\.5", "NaN"))).endsWith("p[0][0][0][0] = NaN is not a probability (only finite numbers are allowed)"));
        assertTrue(rejected(write("inf.json", text.replaceFirst("0\\.5", "-Infinity"))).endsWith("p[0][0][0][0] = -Infinity is not a probability (only finite numbers are allowed)"));
        assertTrue(rejected(write("word.json", text.replaceFirst("0\\.5", "nope"))).contains("'nope' is not a JSON value"));
        assertTrue(rejected(write("dup.json", "{\"p\":1,\"p\":2}")).endsWith("key \"p\" appears twice (the second at line 1, column 11)"));
    }

    /**
     * Issue 18: "inputs":[4294967298,2] wrapped to [2,2] and was solved; 2147483648 was "not a whole number".
     * Counts are range-checked as what they are; 1e1 is the whole number 10 (documented).
     */
    @Test
    void cardinalitiesAreRangeChecked() throws Exception {
        assertTrue(rejected(write("wrap.json", "{\"inputs\":[4294967298,2],\"outputs\":[2,2],\"p\":" + PR + "}"))
                .endsWith("\"inputs\"[0] = 4294967298 is too large: a behaviour may have at most 1000000 entries"));
        assertTrue(rejected(write("int.json", "{\"inputs\":[2147483648,2],\"outputs\":[2,2],\"p\":" + PR + "}"))
                .endsWith("\"inputs\"[0] = 2147483648 is too large: a behaviour may have at most 1000000 entries"));
        assertTrue(rejected(write("bilocal.json", "{\"inputs\":[4294967298,4294967297,2],\"outputs\":[2,2,2],\"p\":[]}"))
                .endsWith("\"inputs\"[0] = 4294967298 is too large: a behaviour may have at most 1000000 entries"));
        assertEquals(Scenario.bipartite(2, 2, 2, 2), BehaviourFile.read(write("e.json", "{\"inputs\":[2e0,\"2\"],\"outputs\":[2.0,2],\"p\":" + PR + "}"), 1e-9).scenario());
        assertTrue(rejected(write("ten.json", "{\"inputs\":[1e1,2],\"outputs\":[2,2],\"p\":" + PR + "}")).endsWith("p has 2 entries but inputs[0] = 10"));
        assertTrue(rejected(write("half.json", "{\"inputs\":[2.5,2],\"outputs\":[2,2],\"p\":" + PR + "}")).endsWith("\"inputs\"[0] = 2.5 is not a whole number of inputs"));
        assertTrue(rejected(write("neg.json", "{\"inputs\":[-1,2],\"outputs\":[2,2],\"p\":" + PR + "}")).endsWith("\"inputs\"[0] = -1 must be at least 1 (every party has at least one input)"));
        assertTrue(rejected(write("size.json", "{\"inputs\":[2,2],\"outputs\":[1000,1000],\"p\":[]}"))
                .endsWith("scenario inputs [2,2], outputs [1000,1000] has 4000000 entries, more than the 1000000 a behaviour may have"));
        assertTrue(rejected(write("parties.json", "{\"inputs\":[" + "1,".repeat(39) + "1],\"outputs\":[1],\"p\":[]}")).endsWith("\"inputs\" lists 40 parties, more than the 31 a file may have"));
    }

    /** Issue 16: malformed counts — negative, non-integer, too large, a setting with no runs — each with its reason. */
    @Test
    void malformedCounts() throws Exception {
        String c = "{\"inputs\":[1,2],\"outputs\":[2,1],\"counts\":[[[[%s],[%s]],[[%s],[%s]]]]}";
        assertTrue(rejected(write("c1.json", String.format(c, "-3", "1", "1", "1"))).endsWith("counts[0][0][0][0] = -3 is negative: a number of runs cannot be below 0"));
        assertTrue(rejected(write("c2.json", String.format(c, "2.5", "1", "1", "1"))).endsWith("counts[0][0][0][0] = 2.5 is not a whole number of runs"));
        assertTrue(rejected(write("c3.json", String.format(c, "1e30", "1", "1", "1"))).endsWith("counts[0][0][0][0] = 1e30 is too large (at most 9223372036854775807 runs)"));
        assertTrue(rejected(write("c4.json", String.format(c, "1", "1", "0", "0")))
                .endsWith("counts[0][1] has no runs (every count is 0): the probabilities of the setting x=0, y=1 are unknown"));
        assertTrue(rejected(write("c5.json", String.format(c, "9223372036854775807", "1", "1", "1"))).endsWith("counts[0][0] adds up to 9223372036854775808 runs, more than 9223372036854775807"));
    }

    /** Issue 11: "input" for "inputs" said "must be a non-empty list"; now the key is missing, and the near miss is named. */
    @Test
    void missingKeysNameTheNearMiss() throws Exception {
        assertTrue(rejected(write("k1.json", "{\"input\":[2,2],\"outputs\":[2,2],\"p\":" + PR + "}"))
                .endsWith("missing key \"inputs\" (the number of inputs of each party, e.g. [2,2]); you wrote \"input\""));
        assertTrue(rejected(write("k2.json", "{\"inputs\":[2,2],\"Outputs\":[2,2],\"p\":" + PR + "}")).endsWith("; you wrote \"Outputs\""));
        assertTrue(rejected(write("k3.json", "{\"inputs\":[2,2],\"outputs\":[2,2],\"count\":" + PR + "}")).endsWith("; you wrote \"count\""));
        assertTrue(rejected(write("k4.json", "[1,2]")).endsWith("must be a JSON object {…} with keys \"inputs\", \"outputs\" and \"p\" (or \"counts\", "
                + "\"correlators\", \"collins-gisin\"), not a list"));
        assertTrue(rejected(write("k5.json", "{\"inputs\":[2,2],\"outputs\":[2,2],\"p\":" + PR + ",\"counts\":" + PR + "}"))
                .endsWith("gives both \"p\" and \"counts\": a file holds the behaviour in one form"));
    }

    /** Issue 18: control characters and ANSI escapes in "name" or "description" reached the terminal raw. */
    @Test
    void namesAreNeutralised() throws Exception {
        Behaviour b = BehaviourFile.read(write("ansi.json", pr(",\"name\":\"\\u001b[31mred\\u001b[0m\\u0007\\u202e\",\"description\":\"two\\nlines\"")), 1e-9);
        assertEquals("\\u001B[31mred\\u001B[0m\\u0007\\u202E", b.name());
        assertEquals("two lines", b.description());
        Path evil = write("e\u001b[2Jvil.json", "{");
        String m = assertThrows(InvalidBehaviourException.class, () -> BehaviourFile.read(evil, 1e-9)).getMessage();
        assertTrue(m.startsWith(dir + "/e\\u001B[2Jvil.json: "), m);
    }

    /** Unknown forms: neither JSON nor a CSV table. */
    @Test
    void neitherJsonNorCsv() throws Exception {
        assertTrue(rejected(write("junk.txt", "hello world")).contains("CSV header on line 1"));
        assertTrue(rejected(write("junk.json", "hello")).contains("not valid JSON"));
    }
}
