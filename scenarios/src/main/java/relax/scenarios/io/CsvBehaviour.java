package relax.scenarios.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * Behaviours as CSV tables with a header, one row per entry:
 * <pre>
 *   # name: PR box
 *   x,y,a,b,p
 *   0,0,0,0,0.5
 *   …
 * </pre>
 * Header rules: the first line that is neither empty nor a comment ({@code #…}) names the columns; N parties
 * have N input columns, N output columns and one value column, in any order. Inputs are {@code x, y, z} and
 * outputs {@code a, b, c} for up to three parties, or {@code x1 … xN} and {@code a1 … aN} for any number; the
 * value column is {@code p} (probabilities) or {@code count} (numbers of runs). Names are case-insensitive and
 * may be quoted. Columns are separated by commas (or, if the header has none, by tabs or semicolons).
 * Comment lines {@code # name: …} and {@code # description: …} before the header name the behaviour.
 *
 * <p>Rows: indices are whole numbers from 0; the scenario's inputs and outputs per party are the largest
 * index + 1, and every combination must have exactly one row (write 0 for outcomes never seen). Values are
 * decimals or fractions ({@code 1/4}), counts whole numbers ≥ 0.
 */
final class CsvBehaviour {
    private CsvBehaviour() {
    }

    /** The behaviour a CSV table writes, before the normalisation rules. */
    static WrittenBehaviour read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        String name = "";
        String description = "";
        int header = -1;
        for (int i = 0; i < lines.length && header < 0; i++) {
            String l = lines[i].strip();
            if (l.startsWith("#")) {
                String c = l.substring(1).strip();
                if (c.toLowerCase(Locale.ROOT).startsWith("name:")) {
                    name = TerminalText.excerpt(c.substring(5).strip(), 200);
                } else if (c.toLowerCase(Locale.ROOT).startsWith("description:")) {
                    description = TerminalText.excerpt(c.substring(12).strip(), JsonText.MAX_STRING_CHARS);
                }
            } else if (!l.isEmpty()) {
                header = i;
            }
        }
        if (header < 0) {
            throw new InvalidBehaviourException("has no CSV header: expected a line naming the columns, e.g. x,y,a,b,p");
        }
        String h = lines[header];
        String separator = h.contains(",") ? "," : h.contains("\t") ? "\t" : h.contains(";") ? ";" : ",";
        Columns columns = Columns.of(fields(h, separator), header + 1);
        int n = columns.parties;
        List<int[]> rows = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int[] max = new int[2 * n];
        for (int i = header + 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (rows.size() >= Behaviour.MAX_ENTRIES) {
                throw new InvalidBehaviourException("has more than " + Behaviour.MAX_ENTRIES + " rows, the most entries a behaviour may have");
            }
            String[] f = fields(lines[i], separator);
            if (f.length != columns.index.length) {
                throw new InvalidBehaviourException("line " + (i + 1) + " has " + f.length + " fields but the header names " + columns.index.length
                        + " columns");
            }
            int[] digits = new int[2 * n];
            for (int c = 0; c < f.length; c++) {
                int letter = columns.index[c];
                if (letter == Columns.VALUE) {
                    values.add(f[c]);
                } else {
                    digits[letter] = index(f[c], i + 1, columns.names[c]);
                    max[letter] = Math.max(max[letter], digits[letter]);
                }
            }
            rows.add(digits);
            lineNumbers.add(i + 1);
        }
        if (rows.isEmpty()) {
            throw new InvalidBehaviourException("has a CSV header but no rows");
        }
        Scenario s = scenario(max, n);
        int[] lineOf = new int[s.size()];
        BigFraction[] p = columns.counts ? null : new BigFraction[s.size()];
        long[] counts = columns.counts ? new long[s.size()] : null;
        String[] labels = new String[s.size()];
        for (int r = 0; r < rows.size(); r++) {
            int[] d = rows.get(r);
            int at = s.index(s.block(Arrays.copyOf(d, n)), s.outcome(Arrays.copyOfRange(d, n, 2 * n)));
            int line = lineNumbers.get(r);
            if (lineOf[at] != 0) {
                throw new InvalidBehaviourException("line " + line + " repeats " + combination(s, at) + " (first given on line " + lineOf[at] + ")");
            }
            lineOf[at] = line;
            String label = (columns.counts ? "count" : "p") + " on line " + line + " (" + combination(s, at) + ")";
            labels[at] = label;
            if (columns.counts) {
                BigInteger c = ExactNumber.whole(values.get(r), label, "runs");
                if (c.signum() < 0) {
                    throw new InvalidBehaviourException(label + " = " + c + " is negative: a number of runs cannot be below 0");
                }
                if (c.bitLength() > 63) {
                    throw new InvalidBehaviourException(label + " = " + c + " is too large (at most " + Long.MAX_VALUE + " runs)");
                }
                counts[at] = c.longValue();
            } else {
                p[at] = ExactNumber.parse(values.get(r), label, "a probability");
            }
        }
        for (int i = 0; i < lineOf.length; i++) {
            if (lineOf[i] == 0) {
                throw new InvalidBehaviourException("has no row for " + combination(s, i) + " (every combination of inputs and outputs up to the largest "
                        + "index in each column needs a row; write 0 for outcomes never seen)");
            }
        }
        WrittenBehaviour.Names names = new WrittenBehaviour.Names() {
            @Override
            public String entry(int index) {
                return labels[index];
            }

            @Override
            public String block(int block) {
                return "the rows with " + IndexOrder.setting(s, block);
            }
        };
        return new WrittenBehaviour(s, p, counts, names, name, description);
    }

    /** The fields of a line, stripped of white space and of surrounding double quotes. */
    private static String[] fields(String line, String separator) {
        String[] f = line.split(java.util.regex.Pattern.quote(separator), -1);
        for (int i = 0; i < f.length; i++) {
            String t = f[i].strip();
            f[i] = t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1).strip() : t;
        }
        return f;
    }

    private static int index(String field, int line, String column) {
        if (!field.matches("[0-9]+")) {
            throw new InvalidBehaviourException("line " + line + ": " + column + " = \"" + TerminalText.excerpt(field, 40)
                    + "\" is not an index (a whole number from 0)");
        }
        if (field.length() > 7 || Integer.parseInt(field) >= Behaviour.MAX_ENTRIES) {
            throw new InvalidBehaviourException("line " + line + ": " + column + " = " + TerminalText.excerpt(field, 40)
                    + " is too large an index (a behaviour may have at most " + Behaviour.MAX_ENTRIES + " entries)");
        }
        return Integer.parseInt(field);
    }

    /** The scenario of the largest indices, refused before allocation if it has more than {@link Behaviour#MAX_ENTRIES} entries. */
    private static Scenario scenario(int[] max, int n) {
        int[] in = new int[n];
        int[] out = new int[n];
        BigInteger size = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            in[i] = max[i] + 1;
            out[i] = max[n + i] + 1;
            size = size.multiply(BigInteger.valueOf(in[i])).multiply(BigInteger.valueOf(out[i]));
        }
        if (size.compareTo(BigInteger.valueOf(Behaviour.MAX_ENTRIES)) > 0) {
            throw new InvalidBehaviourException("its largest indices make a scenario of " + BehaviourFile.describe(in, out) + " with " + size
                    + " entries, more than the " + Behaviour.MAX_ENTRIES + " a behaviour may have");
        }
        return Scenario.of(in, out);
    }

    /** An entry in words: x=0, y=1, a=1, b=0. */
    private static String combination(Scenario s, int index) {
        int n = s.parties();
        int[] a = new int[n];
        s.decodeOutcome(index % s.outcomesPerBlock(), a);
        StringBuilder t = new StringBuilder(IndexOrder.setting(s, index / s.outcomesPerBlock()));
        for (int i = 0; i < n; i++) {
            t.append(", ").append(n <= 3 ? Scenario.outputSymbol(i) : "a" + (i + 1)).append('=').append(a[i]);
        }
        return t.toString();
    }

    /** The header: which index (or the value) each column holds. */
    private record Columns(int parties, int[] index, String[] names, boolean counts) {
        static final int VALUE = -1;

        static Columns of(String[] header, int line) {
            String[] names = new String[header.length];
            for (int c = 0; c < header.length; c++) {
                names[c] = header[c].toLowerCase(Locale.ROOT);
            }
            int n = (names.length - 1) / 2;
            String expected = "expected one column per input and per output (x,y,a,b for two parties, x1,…,xN,a1,…,aN for N) and one value "
                    + "column, p or count, e.g. x,y,a,b,p";
            if (names.length < 3 || names.length % 2 == 0) {
                throw new InvalidBehaviourException("CSV header on line " + line + " \"" + TerminalText.excerpt(String.join(",", header), 80)
                        + "\" has " + names.length + " columns: " + expected);
            }
            int[] index = new int[names.length];
            int value = -1;
            boolean[] seen = new boolean[2 * n];
            for (int c = 0; c < names.length; c++) {
                String name = names[c];
                if (name.equals("p") || name.equals("count")) {
                    if (value >= 0) {
                        throw new InvalidBehaviourException("CSV header on line " + line + " has two value columns, " + names[value] + " and " + name);
                    }
                    value = c;
                    index[c] = VALUE;
                    continue;
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z])([0-9]*)").matcher(name);
                int letter = m.matches() ? IndexOrder.letter(m.group(1).charAt(0), m.group(2), n) : -1;
                if (letter < 0 || seen[letter]) {
                    throw new InvalidBehaviourException("CSV header on line " + line + ": column \"" + TerminalText.excerpt(header[c], 40) + "\" "
                            + (letter < 0 ? "is not an index of " + n + (n == 1 ? " party" : " parties") + " nor p or count" : "is given twice")
                            + "; " + expected);
                }
                seen[letter] = true;
                index[c] = letter;
            }
            if (value < 0) {
                throw new InvalidBehaviourException("CSV header on line " + line + " has no value column p or count; " + expected);
            }
            return new Columns(n, index, header, names[value].equals("count"));
        }
    }

    /**
     * The CSV table of a behaviour: {@code # name:}/{@code # description:} comments, the header (x,y,a,b for up
     * to three parties, x1..xN,a1..aN beyond) and one row per entry in the scenario's order.
     *
     * @param p the exact values to write, or null to write the behaviour's counts
     */
    static String write(Behaviour b, BigFraction[] p) {
        Scenario s = b.scenario();
        int n = s.parties();
        StringBuilder t = new StringBuilder();
        if (!b.name().isEmpty()) {
            t.append("# name: ").append(TerminalText.safe(b.name())).append('\n');
        }
        if (!b.description().isEmpty()) {
            t.append("# description: ").append(TerminalText.safe(b.description())).append('\n');
        }
        for (int i = 0; i < n; i++) {
            t.append(n <= 3 ? s.inputSymbol(i) : "x" + (i + 1)).append(',');
        }
        for (int i = 0; i < n; i++) {
            t.append(n <= 3 ? Scenario.outputSymbol(i) : "a" + (i + 1)).append(',');
        }
        t.append(p == null ? "count" : "p").append('\n');
        long[] counts = p == null ? b.counts().orElseThrow() : null;
        int[] x = new int[n];
        int[] a = new int[n];
        for (int i = 0; i < s.size(); i++) {
            s.decodeBlock(i / s.outcomesPerBlock(), x);
            s.decodeOutcome(i % s.outcomesPerBlock(), a);
            for (int v : x) {
                t.append(v).append(',');
            }
            for (int v : a) {
                t.append(v).append(',');
            }
            t.append(p == null ? Long.toString(counts[i]) : ExactNumber.text(p[i])).append('\n');
        }
        return t.toString();
    }
}
