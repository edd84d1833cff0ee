package relax.scenarios.reproduce.bilocality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Markdown tables, CSV data and plot links shared by the bilocality reproductions. */
final class Sections {
    private Sections() {
    }

    /** A markdown table with a header row; cells must not contain '|'. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(row(header));
        s.append('|').append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) {
            s.append(row(r));
        }
        return s.append('\n').toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** Writes {@code id.csv} with a header line and one line per row of {@code columns} (all of equal length). */
    static void csv(Path dir, String id, List<String> header, double[]... columns) throws IOException {
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
    static String plot(String id, String title) {
        return "![" + title + "](" + id + ".png)\n\nVector plot: [" + id + ".svg](" + id + ".svg), data: [" + id + ".csv](" + id + ".csv)\n\n";
    }

    /** yes, or a bold no. */
    static String yesNo(boolean yes) {
        return yes ? "yes" : "**no**";
    }
}
