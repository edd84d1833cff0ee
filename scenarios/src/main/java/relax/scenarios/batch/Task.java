package relax.scenarios.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import relax.core.InvalidBehaviourException;
import relax.scenarios.io.JsonText;
import relax.scenarios.io.TerminalText;

/**
 * One task of a batch: one line of a task file, a JSON object such as
 * <pre>{"id": "r17", "command": "influence", "model": "x2b", "behaviour": {"inputs": [2, 2], …}}</pre>
 * <ul>
 *   <li>{@code id} (required): a string or a whole number, unique in the file; records, resumption and merging
 *       are keyed by it;</li>
 *   <li>{@code command} (required): one of {@link #COMMANDS};</li>
 *   <li>{@code behaviour}: the input, inline (a JSON object in any form a behaviour file takes) or a path to a
 *       file (a string, relative to the working directory); left out for a command's functional mode;</li>
 *   <li>every other key is an option of the command: {@code "k": v} is {@code --k v}, {@code "k": true} the
 *       flag {@code --k}, {@code "k": false} nothing.</li>
 * </ul>
 * Keys missing from the line are taken from the batch's defaults (e.g. {@code {"command": "influence",
 * "model": "x2b"}}), so a line may hold no more than an id and a behaviour.
 */
public record Task(int line, JsonNode id, String command, JsonNode behaviour, List<Option> options) {
    /** The commands a task may run: those that answer one record per input. */
    public static final List<String> COMMANDS = List.of("influence", "md", "bilocal", "microstate", "audit", "noncontextual", "nodisturbance",
            "faithfulness");
    /** Options the batch sets itself, or that print something other than a record. */
    private static final Set<String> RESERVED = Set.of("json", "quiet", "q", "help", "h", "version", "V");
    private static final Pattern OPTION = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String KEYS = "\"id\", \"command\" and a \"behaviour\"";

    /** One command-line option: {@code --name value}, or the flag {@code --name} when value is null. */
    public record Option(String name, String value) {
    }

    /**
     * Reads one line of a task file as far as its id: the JSON object and its valid id.
     *
     * @throws InvalidBehaviourException one line (without the file name or line number): not a JSON object, or no
     *                                   valid id
     */
    public static Identified identify(String text) {
        ObjectNode task;
        try {
            task = JsonText.object(text, KEYS);
        } catch (InvalidBehaviourException e) {
            // each line is parsed on its own, so the parser's "line 1" is always this line
            throw new InvalidBehaviourException(e.getMessage().replace("line 1, column", "column").replace("a file holds", "a line holds")
                    .replace("is the file truncated?", "is the line cut short?"));
        }
        return new Identified(task, id(task.get("id")));
    }

    /** A line of a task file read as far as its id. */
    public record Identified(ObjectNode object, JsonNode id) {
        /** The key its records are found by (see {@link BatchRecord}). */
        public String key() {
            return BatchRecord.key(id);
        }
    }

    /**
     * The task of an identified line.
     *
     * @param line     its line number (1 = first)
     * @param defaults keys taken when the line does not give them (never null; may be empty; not modified)
     * @throws InvalidBehaviourException one line (without the file name or line number) saying what is wrong
     */
    public static Task of(int line, Identified identified, ObjectNode defaults) {
        ObjectNode task = identified.object();
        Iterator<Map.Entry<String, JsonNode>> given = defaults.fields();
        while (given.hasNext()) {
            Map.Entry<String, JsonNode> d = given.next();
            if (!task.has(d.getKey())) {
                task.set(d.getKey(), d.getValue());
            }
        }
        JsonNode id = identified.id();
        JsonNode command = task.get("command");
        if (command == null || !command.isTextual() || !COMMANDS.contains(command.asText())) {
            throw new InvalidBehaviourException(command == null ? "missing key \"command\" (one of " + String.join(", ", COMMANDS) + ")"
                    : "\"command\" must be one of " + String.join(", ", COMMANDS) + ", not " + JsonText.show(command));
        }
        JsonNode behaviour = task.get("behaviour");
        if (behaviour != null && !behaviour.isObject() && !(behaviour.isTextual() && !behaviour.asText().isEmpty())) {
            throw new InvalidBehaviourException("\"behaviour\" must be a behaviour (a JSON object) or the path of a behaviour file (a string), not "
                    + JsonText.show(behaviour));
        }
        List<Option> options = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = task.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey();
            if (name.equals("id") || name.equals("command") || name.equals("behaviour")) {
                continue;
            }
            Option o = option(name, f.getValue());
            if (o != null) {
                options.add(o);
            }
        }
        return new Task(line, id, command.asText(), behaviour, List.copyOf(options));
    }

    /** The id: a non-empty string of at most 1000 characters, or a whole number (kept as written, canonically). */
    private static JsonNode id(JsonNode id) {
        if (id == null || id.isNull()) {
            throw new InvalidBehaviourException("missing key \"id\" (a string or a whole number naming the task; records, resuming and merging are keyed by it)");
        }
        if (id.isTextual() && !id.asText().isEmpty() && id.asText().length() <= 1000) {
            return id;
        }
        if (id.isIntegralNumber()) {
            return id;
        }
        if (id.isNumber() && id.isBigDecimal()) {
            BigDecimal d = id.decimalValue().stripTrailingZeros();
            if (d.scale() <= 0) {
                return com.fasterxml.jackson.databind.node.BigIntegerNode.valueOf(d.toBigIntegerExact());
            }
        }
        throw new InvalidBehaviourException("\"id\" must be a non-empty string (at most 1000 characters) or a whole number, not " + JsonText.show(id));
    }

    private static Option option(String name, JsonNode v) {
        if (!OPTION.matcher(name).matches()) {
            throw new InvalidBehaviourException("key \"" + TerminalText.excerpt(name, 60) + "\" is not an option name (lower-case words joined by '-', "
                    + "written without the leading --, e.g. \"backend\")");
        }
        if (RESERVED.contains(name)) {
            throw new InvalidBehaviourException("option \"" + name + "\" cannot be given to a task: the batch runs every task with --json and --quiet, "
                    + "and a task answers with one record");
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? new Option(name, null) : null;
        }
        if (v.isTextual()) {
            return new Option(name, v.asText());
        }
        if (v.isNumber() && !v.isDouble() && !v.isFloat()) {
            return new Option(name, v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText());
        }
        throw new InvalidBehaviourException("option \"" + name + "\" must be a string, a number or true/false, not " + JsonText.show(v));
    }

    /** The id as records and messages show it: a string's text, a number's digits. */
    public String idText() {
        return text(id);
    }

    /** The key records of this task are found by (see {@link BatchRecord#key}). */
    public String key() {
        return BatchRecord.key(id);
    }

    static String text(JsonNode id) {
        return id.isTextual() ? id.asText() : id.toString();
    }
}
