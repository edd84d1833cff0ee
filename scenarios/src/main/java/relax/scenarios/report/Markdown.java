package relax.scenarios.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The markdown and data files a reproduction section needs: tables, a CSV beside each plot, the link to a plot, a
 * yes/no cell. (The curve and bilocality reproductions keep package-private copies of the same helpers; this is the
 * public one for new sections.)
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

    /** The plot {@code id.png} with links to its SVG and CSV. */
    public static String plot(String id, String title) {
        return "![" + title + "](" + id + ".png)\n\nVector plot: [" + id + ".svg](" + id + ".svg), data: [" + id + ".csv](" + id + ".csv)\n\n";
    }

    /** yes, or a bold no. */
    public static String yesNo(boolean yes) {
        return yes ? "yes" : "**no**";
    }
}
