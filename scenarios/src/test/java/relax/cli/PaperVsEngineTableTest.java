package relax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relax.scenarios.report.Provenance;
import relax.scenarios.report.Report;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * One verdict scale: README's "Paper vs engine" tables and the summary table of {@code relax reproduce}'s report
 * agree claim by claim. Both are parsed as markdown; the report is written by running the quick reproductions
 * (the slow ones are compared through the verdict they state, which their own tests check a run confirms).
 */
class PaperVsEngineTableTest {
    private static final Pattern ID = Pattern.compile("`([a-z0-9-]+)`");

    /** One row of a table: the report id (null for rows proven in the docs only) and the verdict. */
    private record Row(String id, Verdict verdict, String proof) {
    }

    private static Path readme() {
        Path p = Path.of("..", "README.md");
        return Files.exists(p) ? p : Path.of("README.md");
    }

    /** Splits a markdown table row into cells, respecting \| escapes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** The verdict word at the start of a cell, bold or not, before an optional " — proof". */
    private static Verdict verdict(String cell) {
        String word = cell.split(" — ", 2)[0].replace("*", "").strip();
        return Verdict.parse(word);
    }

    /** README's rows under "## Paper vs engine" (both tables) whose first column is an id or —. */
    static List<Row> readmeRows() throws IOException {
        String md = Files.readString(readme());
        int start = md.indexOf("\n## Paper vs engine\n");
        int end = md.indexOf("\n## ", start + 1);
        assertTrue(start >= 0 && end > start, "README has a section '## Paper vs engine'");
        List<Row> rows = new ArrayList<>();
        for (String line : md.substring(start, end).split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("|---")) {
                continue;
            }
            List<String> c = cells(line);
            if (c.get(0).equals("report")) {
                assertEquals("verdict", c.get(c.size() - 1), "the last column of README's tables is the verdict");
                continue;
            }
            Matcher m = ID.matcher(c.get(0));
            assertTrue(m.matches() || c.get(0).equals("—"), "first cell is a report id or —: " + line);
            String last = c.get(c.size() - 1);
            rows.add(new Row(m.matches() ? m.group(1) : null, verdict(last), last.contains(" — ") ? last.split(" — ", 2)[1] : ""));
        }
        return rows;
    }

    /** The report's summary rows: id → verdict. */
    static Map<String, Verdict> summaryRows(String report) {
        Map<String, Verdict> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : report.split("\n")) {
            if (line.startsWith("| # | id |")) {
                assertEquals(Report.SUMMARY_HEADER, cells(line));
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("| ")) {
                break;
            }
            List<String> c = cells(line);
            Matcher m = ID.matcher(c.get(1));
            assertTrue(m.matches(), line);
            rows.put(m.group(1), verdict(c.get(5)));
        }
        return rows;
    }

    @Test
    void everyReportClaimIsInReadmeWithItsVerdict() throws IOException {
        List<Row> readme = readmeRows();
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Row r : readme) {
            if (r.id() != null) {
                assertTrue(byId.put(r.id(), r) == null, "README lists " + r.id() + " once");
            }
            assertFalse(r.verdict() == Verdict.NOT_ESTABLISHED, "README states verdicts, not run outcomes");
            if (r.verdict() != Verdict.AGREES) {
                assertTrue(r.proof().contains("]("), "a refinement or contradiction links its proof: " + r);
            }
        }
        for (Reproduction rep : ReproduceCommand.reproductions()) {
            assertNotNull(rep.verdict(), rep.id() + " states no verdict (Reproduction.verdict())");
            assertFalse(rep.proof().isEmpty(), rep.id() + " states no proof or evidence");
            Row row = byId.remove(rep.id());
            assertNotNull(row, "README's Paper vs engine table has no row for the report claim " + rep.id());
            assertEquals(rep.verdict(), row.verdict(), rep.id());
        }
        assertTrue(byId.isEmpty(), "README rows name ids the report does not have: " + byId.keySet());
    }

    /**
     * The quick reproductions run as {@code relax reproduce} runs them; the report's summary, parsed, has one row per
     * claim with the verdict README gives it.
     */
    @Test
    void reportSummaryAgreesWithReadme(@TempDir Path dir) throws IOException {
        Set<String> quick = Set.of("chsh-a2b", "iab", "md-singlet-mi", "md-ghz-mi", "microstate-escape", "microstate-printed", "microstate-law");
        List<Report.Entry> entries = new ArrayList<>();
        for (Reproduction rep : ReproduceCommand.reproductions()) {
            if (quick.contains(rep.id())) {
                entries.add(new Report.Entry(rep, rep.run(dir, line -> { }), 0));
            }
        }
        String report = Report.markdown(entries, Provenance.current(List.of("ojalgo", "commons")), 0);
        Map<String, Verdict> summary = summaryRows(report);
        assertEquals(quick, summary.keySet());
        Map<String, Verdict> readme = new LinkedHashMap<>();
        for (Row r : readmeRows()) {
            if (r.id() != null) {
                readme.put(r.id(), r.verdict());
            }
        }
        for (Map.Entry<String, Verdict> e : summary.entrySet()) {
            assertEquals(readme.get(e.getKey()), e.getValue(), e.getKey());
        }
        // 7 quick claims: iab and microstate-escape agree; md-singlet-mi, md-ghz-mi, microstate-law refine; chsh-a2b, microstate-printed contradict
        assertTrue(report.contains("7 claims: 2 agree, 3 refine, 2 contradict the paper."), report);
        assertTrue(report.contains("**Verdict: contradicts.** Proof: README, \"Why eq. (38) is wrong\""), report);
        assertTrue(report.contains("- relax ") && report.contains(", commit ") && report.contains("- Java "), "provenance");
    }
}
