package relax.scenarios.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * The order of the indices of a nested table such as {@code p[x][y][a][b]}: which index each nesting
 * level holds. The default is every party's input, then every party's output ({@code "xyab"}); the
 * {@code "order"} key of a file names another, e.g. {@code "abxy"} for a table written p[a][b][x][y] as in
 * many papers.
 *
 * <p>Index letters: inputs {@code x, y, z} and outputs {@code a, b, c} for up to three parties; for any
 * number of parties also {@code x1 … xN} and {@code a1 … aN} (outputs may always be single letters
 * {@code a, b, c, d, …}). An order lists each index exactly once.
 */
final class IndexOrder {
    /** letters[level] = the index at that nesting level: party i's input is i, party i's output is N + i. */
    private final int[] letters;
    private final int parties;

    private IndexOrder(int[] letters, int parties) {
        this.letters = letters;
        this.parties = parties;
    }

    /** Every input, then every output, each in party order: p[x1]..[xN][a1]..[aN]. */
    static IndexOrder canonical(int parties) {
        int[] l = new int[2 * parties];
        for (int i = 0; i < l.length; i++) {
            l[i] = i;
        }
        return new IndexOrder(l, parties);
    }

    private static final Pattern TOKEN = Pattern.compile("([a-z])([0-9]*)");

    /**
     * Parses the value of an {@code "order"} key, e.g. {@code "abxy"} or {@code "a1a2x1x2"}.
     *
     * @throws InvalidBehaviourException naming the letters expected
     */
    static IndexOrder parse(String text, int parties) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\s,\\[\\]]", "");
        List<Integer> letters = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        int at = 0;
        while (at < t.length()) {
            if (!m.find(at) || m.start() != at) {
                throw invalid(text, parties);
            }
            int letter = letter(m.group(1).charAt(0), m.group(2), parties);
            if (letter < 0 || letters.contains(letter)) {
                throw invalid(text, parties);
            }
            letters.add(letter);
            at = m.end();
        }
        if (letters.size() != 2 * parties) {
            throw invalid(text, parties);
        }
        return new IndexOrder(letters.stream().mapToInt(Integer::intValue).toArray(), parties);
    }

    /** The index a token names, or −1. */
    static int letter(char c, String number, int parties) {
        if (!number.isEmpty()) {
            if (number.length() > 3 || (c != 'x' && c != 'a')) {
                return -1;
            }
            int k = Integer.parseInt(number);
            return k < 1 || k > parties ? -1 : (c == 'x' ? k - 1 : parties + k - 1);
        }
        if (parties <= 3 && "xyz".indexOf(c) >= 0) {
            int k = "xyz".indexOf(c);
            return k < parties ? k : -1;
        }
        int k = c - 'a';
        return k < parties && c < 'x' ? parties + k : -1;
    }

    private static InvalidBehaviourException invalid(String text, int parties) {
        return new InvalidBehaviourException("\"order\" = \"" + TerminalText.excerpt(text, 40) + "\" must list each of "
                + String.join(", ", canonical(parties).names()) + " exactly once, e.g. \"" + outputsFirst(parties).name() + "\"");
    }

    /** The letter of each level, e.g. [a, b, x, y]. */
    private List<String> names() {
        List<String> n = new ArrayList<>();
        for (int l : letters) {
            n.add(parties <= 3 ? String.valueOf(l < parties ? "xyz".charAt(l) : (char) ('a' + l - parties))
                    : (l < parties ? "x" + (l + 1) : "a" + (l - parties + 1)));
        }
        return n;
    }

    /** The order as the {@code "order"} key writes it, e.g. {@code abxy}. */
    String name() {
        return String.join("", names());
    }

    /** The nesting as a path, e.g. {@code p[a][b][x][y]}. */
    String path(String key) {
        StringBuilder s = new StringBuilder(key);
        for (String n : names()) {
            s.append('[').append(n).append(']');
        }
        return s.toString();
    }

    /** The path as written of the entry at flat index {@code index} of {@code s}, e.g. {@code p[1][0][0][1]}. */
    String path(String key, Scenario s, int index) {
        int n = s.parties();
        int[] digits = new int[2 * n];
        int[] x = new int[n];
        int[] a = new int[n];
        s.decodeBlock(index / s.outcomesPerBlock(), x);
        s.decodeOutcome(index % s.outcomesPerBlock(), a);
        System.arraycopy(x, 0, digits, 0, n);
        System.arraycopy(a, 0, digits, n, n);
        StringBuilder p = new StringBuilder(key);
        for (int l : letters) {
            p.append('[').append(digits[l]).append(']');
        }
        return p.toString();
    }

    /** The input setting of a block in words, e.g. {@code x=0, y=1}. */
    static String setting(Scenario s, int block) {
        int[] x = new int[s.parties()];
        s.decodeBlock(block, x);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            t.append(i > 0 ? ", " : "").append(s.inputSymbol(i)).append('=').append(x[i]);
        }
        return t.toString();
    }

    /** How a message names block {@code block} of the table under {@code key}: {@code p[0][1]}, or the setting if the order is not canonical. */
    String block(String key, Scenario s, int block) {
        if (!isCanonical()) {
            return "the block " + setting(s, block) + " of " + key;
        }
        String path = path(key, s, block * s.outcomesPerBlock());
        int cut = 0;
        for (int i = 0; i <= s.parties() && cut >= 0; i++) {
            cut = path.indexOf('[', cut + 1);
        }
        return cut < 0 ? path : path.substring(0, cut);
    }

    boolean isCanonical() {
        return Arrays.equals(letters, canonical(parties).letters);
    }

    /** The length of each nesting level in scenario {@code s}. */
    int[] dims(Scenario s) {
        int[] d = new int[letters.length];
        for (int level = 0; level < d.length; level++) {
            d[level] = letters[level] < parties ? s.inputs(letters[level]) : s.outputs(letters[level] - parties);
        }
        return d;
    }

    /** The scenario's name for the length of a level: {@code inputs[1]} or {@code outputs[0]}. */
    String dimName(int level) {
        return letters[level] < parties ? "inputs[" + letters[level] + "]" : "outputs[" + (letters[level] - parties) + "]";
    }

    /** The index held at {@code level}: party i's input is i, party i's output is N + i. */
    int letter(int level) {
        return letters[level];
    }

    /** Every output, then every input: p[a1]..[aN][x1]..[xN]. */
    static IndexOrder outputsFirst(int parties) {
        int[] l = new int[2 * parties];
        for (int i = 0; i < l.length; i++) {
            l[i] = (i + parties) % (2 * parties);
        }
        return new IndexOrder(l, parties);
    }

    /**
     * The orders that place inputs and outputs at other levels than this one (each with inputs and outputs
     * in party order; the order within inputs or within outputs does not change which entries form a block),
     * outputs-first ({@code abxy}) first.
     */
    List<IndexOrder> alternatives() {
        List<IndexOrder> all = new ArrayList<>();
        all.add(outputsFirst(parties));
        int n = 2 * parties;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != parties) {
                continue;
            }
            int[] l = new int[n];
            int in = 0;
            int out = parties;
            for (int level = 0; level < n; level++) {
                l[level] = (mask >> (n - 1 - level) & 1) == 1 ? in++ : out++;
            }
            IndexOrder o = new IndexOrder(l, parties);
            if (!o.sameBlocks(all.get(0))) {
                all.add(o);
            }
        }
        all.removeIf(this::sameBlocks);
        return all;
    }

    /** Whether both orders put inputs at the same levels (then they group entries into the same blocks). */
    private boolean sameBlocks(IndexOrder o) {
        for (int level = 0; level < letters.length; level++) {
            if (letters[level] < parties != o.letters[level] < parties) {
                return false;
            }
        }
        return true;
    }
}
