package relax.scenarios.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The markdown and data files every reproduction section uses: tables, bullets, a table-shaped CSV beside a plot that
 * is not a curve (curves write theirs through {@code CurveData}, in the layout {@code series,x,y,certified}), the link
 * to a plot with its vector versions and data, a yes/no cell.
 */
public final class Markdown {
    private Markdown() {
    }

    /** A table with a header row; a '|' in a cell is escaped. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(row(header));
        s.append('|').append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) {
            s.append(row(r));
        }
        return s.append('\n').toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    /** One bullet per line. */
    public static String bullets(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            s.append("- ").append(l).append('\n');
        }
        return s.append('\n').toString();
    }

    /** Writes {@code id.csv}: a header line and one line per row of {@code columns} (all of equal length). */
    public static void csv(Path dir, String id, List<String> header, double[]... columns) throws IOException {
        StringBuilder s = new StringBuilder(String.join(",", header)).append('\n');
        for (int i = 0; i < columns[0].length; i++) {
            for (int c = 0; c < columns.length; c++) {
                s.append(c > 0 ? "," : "").append(String.format(Locale.ROOT, "%.12g", columns[c][i]));
            }
            s.append('\n');
        }
        Files.writeString(dir.resolve(id + ".csv"), s.toString());
    }

    /** The plot {@code id.png} (alt text {@code alt}, plain) with links to its CSV, SVG and PDF. */
    public static String plot(String id, String alt) {
        return "![" + alt + "](" + id + ".png)\n\nData: [" + id + ".csv](" + id + ".csv), vector plots: [" + id + ".svg](" + id + ".svg), [" + id
                + ".pdf](" + id + ".pdf)\n\n";
    }

    /** yes, or a bold no. */
    public static String yesNo(boolean yes) {
        return yes ? "yes" : "**no**";
    }
}
