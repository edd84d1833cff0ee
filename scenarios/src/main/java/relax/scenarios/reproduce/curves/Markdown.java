package relax.scenarios.reproduce.curves;

import java.util.List;

/** The few markdown constructs the reproduction sections use. */
public final class Markdown {
    private Markdown() {
    }

    /** A table with a header row; a '|' in a cell (as in p(ab|xy)) is escaped. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(row(header));
        s.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) {
            s.append(row(r));
        }
        return s.append('\n').toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    /** One bullet per line, each in backquotes-free plain text. */
    public static String bullets(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            s.append("- ").append(l).append('\n');
        }
        return s.append('\n').toString();
    }

    /** The plot of a curve and a link to its numbers. */
    public static String plot(CurveData data) {
        return "![" + data.title() + "](" + data.id() + ".png)\n\nData: [" + data.id() + ".csv](" + data.id() + ".csv), vector plot: ["
                + data.id() + ".svg](" + data.id() + ".svg)\n\n";
    }

    /** yes, or a bold no. */
    public static String yesNo(boolean yes) {
        return yes ? "yes" : "**no**";
    }
}
