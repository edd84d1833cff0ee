package relax.scenarios.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Plot labels with subscripts and superscripts in a TeX-like markup: {@code C_{X→B}}, {@code q^{a}_{00}},
 * {@code 2v^2}; a single character may go without braces ({@code p_0}). Everything else is literal. Parsed into
 * runs that the chart renderers draw with a smaller font on a shifted baseline (PNG and PDF) or as
 * {@code <tspan>}s (SVG), and readable as plain text ({@link #plain}) for CSV headers and alt texts.
 */
public final class RichText {
    /**
     * A piece of text on one baseline.
     *
     * @param text  the characters
     * @param shift -1 subscript, 0 baseline, +1 superscript
     */
    public record Run(String text, int shift) {
    }

    private RichText() {
    }

    /** The runs of {@code markup}, in order; consecutive characters on the same baseline form one run. */
    public static List<Run> parse(String markup) {
        List<Run> runs = new ArrayList<>();
        StringBuilder base = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if ((c == '_' || c == '^') && i + 1 < markup.length()) {
                int end;
                String script;
                if (markup.charAt(i + 1) == '{') {
                    end = markup.indexOf('}', i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed " + c + "{ in label '" + markup + "'");
                    }
                    script = markup.substring(i + 2, end);
                    end++;
                } else {
                    int cp = markup.codePointAt(i + 1);
                    end = i + 1 + Character.charCount(cp);
                    script = markup.substring(i + 1, end);
                }
                flush(runs, base);
                runs.add(new Run(script, c == '_' ? -1 : 1));
                i = end;
            } else {
                base.append(c);
                i++;
            }
        }
        flush(runs, base);
        return runs;
    }

    private static void flush(List<Run> runs, StringBuilder base) {
        if (base.length() > 0) {
            runs.add(new Run(base.toString(), 0));
            base.setLength(0);
        }
    }

    /** The label as plain text: scripts inline, braces dropped ({@code C_{X→B}} → {@code C_X→B}). */
    public static String plain(String markup) {
        StringBuilder s = new StringBuilder();
        for (Run r : parse(markup)) {
            s.append(r.shift() < 0 ? "_" : r.shift() > 0 ? "^" : "").append(r.text());
        }
        return s.toString();
    }
}
