package relax.scenarios.io;

/**
 * Text from a user's file made safe to print on a terminal: control characters (including ANSI escape
 * sequences), bidirectional overrides and other invisible format characters are shown as <code>&#92;uXXXX</code>
 * instead of being sent raw, tabs and line breaks become spaces (every message stays one line), and long
 * text is cut.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} with every control or format character neutralised (see the class comment). */
    public static String safe(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == '\t' || c == '\n' || c == '\r') {
                s.append(' ');
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                s.append(String.format("\\u%04X", c)); // a lone surrogate is its own code point here
            } else {
                s.appendCodePoint(c);
            }
        }
        return s.toString();
    }

    /** {@link #safe} text of at most {@code max} characters: longer text is cut and its length said. */
    public static String excerpt(String text, int max) {
        String cut = text.length() > max ? text.substring(0, max) + "… (" + text.length() + " characters)" : text;
        return safe(cut);
    }
}
