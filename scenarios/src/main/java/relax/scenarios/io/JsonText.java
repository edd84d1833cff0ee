package relax.scenarios.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relax.core.InvalidBehaviourException;

/**
 * JSON as the input files use it: exactly one object per file, numbers kept exact (decimals as
 * {@link java.math.BigDecimal}), duplicate keys rejected, the parser's limits set here and named in the
 * errors, and every error one line with line and column — never the parser's internals.
 */
public final class JsonText {
    /** Deepest nesting read: a behaviour of N parties needs 2N + 1 levels. */
    static final int MAX_DEPTH = 64;
    /** Longest number literal read, in characters. */
    static final int MAX_NUMBER_CHARS = 1000;
    /** Longest string read (a name, a description, a number written as a string), in characters. */
    static final int MAX_STRING_CHARS = 100_000;

    /**
     * NaN and Infinity are parsed (they are not JSON) only so that the reader can name the entry that holds
     * one and say why it is not allowed.
     */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_CHARS)
                    .maxStringLength(MAX_STRING_CHARS).maxDocumentLength(InputText.MAX_BYTES).build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonText() {
    }

    /**
     * Parses text holding exactly one JSON object.
     *
     * @param keys what the object should hold, for the message when it is not an object
     * @throws InvalidBehaviourException one line, with line and column where the text stops being valid
     */
    public static ObjectNode object(String text, String keys) {
        JsonNode root;
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                root = MAPPER.readTree(parser);
            } catch (JsonProcessingException e) {
                throw new InvalidBehaviourException(describe(e, parser, text.stripTrailing().length()));
            }
            if (root != null && !root.isMissingNode()) {
                rejectTrailing(parser);
            }
        } catch (IOException e) {
            throw new InvalidBehaviourException("cannot be parsed (" + TerminalText.excerpt(String.valueOf(e.getMessage()), 200) + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidBehaviourException("is empty: expected a JSON object with keys " + keys);
        }
        if (!root.isObject()) {
            throw new InvalidBehaviourException("must be a JSON object {…} with keys " + keys + ", not " + kind(root));
        }
        return (ObjectNode) root;
    }

    /** Anything but white space after the object is an error: a second object, or stray text. */
    private static void rejectTrailing(JsonParser parser) {
        JsonToken next;
        JsonLocation at = parser.currentLocation();
        try {
            next = parser.nextToken();
            at = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            next = JsonToken.NOT_AVAILABLE;
            at = e.getLocation() != null ? e.getLocation() : at;
        } catch (IOException e) {
            next = JsonToken.NOT_AVAILABLE;
        }
        if (next == null) {
            return;
        }
        throw new InvalidBehaviourException(next == JsonToken.START_OBJECT
                ? "holds a second JSON object at " + where(at) + ": a file holds one object; split them into separate files"
                : "has text after the end of the JSON object at " + where(at) + ": a file holds exactly one object");
    }

    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\s*start marker at \\[Source:[^\\]]*\\]\\)?|\\s*\\[Source:[^\\]]*\\]");
    private static final Pattern UNRECOGNISED = Pattern.compile("Unrecognized token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'.*", Pattern.DOTALL);

    /** One line for a parse failure: where, and what in the user's terms. */
    private static String describe(JsonProcessingException e, JsonParser parser, int length) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(m) + " (at " + where(at) + ")";
        }
        boolean cutInNumber = m.contains("numeric value") && at != null && at.getCharOffset() >= length - 1;
        if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input") || cutInNumber) {
            return "ends before the JSON is complete (at " + where(at) + "): is the file truncated?";
        }
        Matcher u = UNRECOGNISED.matcher(m);
        if (u.matches()) {
            return "not valid JSON (" + where(at) + ": '" + TerminalText.excerpt(u.group(1), 40)
                    + "' is not a JSON value; expected a number, a \"string\", a [list], an {object}, true, false or null)";
        }
        Matcher d = DUPLICATE.matcher(m);
        if (d.matches()) {
            return "key \"" + TerminalText.excerpt(d.group(1), 60) + "\" appears twice (the second at " + where(at) + ")";
        }
        String clean = SOURCE.matcher(m).replaceAll("");
        clean = clean.replaceAll("\\s*\\(or 'NaN'/'\\+INF'/'-INF'\\)", "").replaceAll("`[A-Za-z_.]+`\\s*", "");
        return "not valid JSON (" + where(at) + ": " + TerminalText.excerpt(clean.strip(), 200) + ")";
    }

    /** The parser limit a constraint message is about, as the user should read it. */
    private static String limit(String m) {
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return "is nested more than " + MAX_DEPTH + " levels deep, the limit for an input file (a behaviour of N parties needs 2N + 1)";
        }
        if (lower.contains("number value length")) {
            return "has a number longer than " + MAX_NUMBER_CHARS + " characters, the limit for an input file";
        }
        if (lower.contains("string value length")) {
            return "has a string longer than " + MAX_STRING_CHARS + " characters, the limit for an input file";
        }
        if (lower.contains("document length")) {
            return "is larger than the " + InputText.LIMIT + " an input file may have";
        }
        return "exceeds a limit of the JSON reader (" + TerminalText.excerpt(SOURCE.matcher(m).replaceAll(""), 200) + ")";
    }

    static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "an unknown position" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** What kind of JSON value a node is, for messages: "a list", "a string", … */
    static String kind(JsonNode n) {
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isBoolean()) {
            return "true/false";
        }
        if (n.isNull()) {
            return "null";
        }
        return "a number";
    }

    /** A node as it may be echoed in a message: short, on one line, safe for a terminal. */
    public static String show(JsonNode n) {
        if (n.isTextual()) {
            return "\"" + TerminalText.excerpt(n.asText(), 40) + "\"";
        }
        if (n.isContainerNode()) {
            return kind(n);
        }
        if (n.isBigDecimal()) {
            return ExactNumber.show(n.decimalValue());
        }
        return TerminalText.excerpt(n.toString(), 60);
    }

    /**
     * The one-line message for a missing key: {@code missing key "inputs" (what)}, followed by the key the
     * user probably meant to write it as, if one of the object's keys is a near miss.
     */
    static String missing(JsonNode root, String key, String what) {
        String m = "missing key \"" + key + "\"" + (what.isEmpty() ? "" : " (" + what + ")");
        String near = nearMiss(root, List.of(key));
        return near == null ? m : m + "; you wrote \"" + near + "\"";
    }

    /** A key of {@code root} that looks like a misspelling of one of {@code wanted}, or null. */
    static String nearMiss(JsonNode root, List<String> wanted) {
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (wanted.contains(name) || name.isBlank()) {
                continue;
            }
            for (String w : wanted) {
                String a = name.toLowerCase(Locale.ROOT).strip();
                if (a.equals(w) || a.length() >= 2 && (w.startsWith(a) || a.startsWith(w)) || distance(a, w) <= (w.length() > 4 ? 2 : 1)) {
                    return TerminalText.excerpt(name, 40);
                }
            }
        }
        return null;
    }

    /** Levenshtein distance, for near-miss keys (short strings only). */
    private static int distance(String a, String b) {
        if (a.length() > 40 || b.length() > 40) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The text under {@code key} (a string, or a number or true/false as written), neutralised for a terminal
     * and cut at {@code maxChars}; "" if absent or null; a list or object is an error.
     */
    static String text(JsonNode root, String key, int maxChars) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isContainerNode()) {
            throw new InvalidBehaviourException("\"" + key + "\" must be text, not " + kind(n));
        }
        return TerminalText.excerpt(n.isBigDecimal() ? ExactNumber.show(n.decimalValue()) : n.asText(), maxChars);
    }
}
