package relax.scenarios.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The records a batch writes, one JSON object per line:
 * <ul>
 *   <li>a task's record: exactly the line its command prints with {@code --json}, with {@code "id"} put first
 *       ({@link #withId});</li>
 *   <li>a task the command could not even start on (an unknown option, say): {@code {"id": …, "status": "invalid",
 *       "message": …}} ({@link #unsolved});</li>
 *   <li>a line of the task file that is no task (not JSON, no id, an id used before):
 *       {@code {"id": null, "line": N, "status": "invalid", "message": "FILE line N: …"}} ({@link #rejected}).</li>
 * </ul>
 * Every record has a key ({@link #key}): its id as JSON text ({@code "r17"} with the quotes, or {@code 17}), or
 * {@code line N} for a rejected line. Resuming and merging find records by it.
 */
public final class BatchRecord {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchRecord() {
    }

    /** The key of a task's records: its id as JSON text. */
    static String key(JsonNode id) {
        return id.toString();
    }

    /** The key of a rejected line's record. */
    static String lineKey(int line) {
        return "line " + line;
    }

    /** A command's JSON line with {@code "id"} as its first key; the rest exactly as the command printed it. */
    public static String withId(JsonNode id, String commandRecord) {
        String body = commandRecord.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            throw new IllegalArgumentException("not a JSON object: " + body);
        }
        String rest = body.substring(1).stripLeading();
        return "{\"id\":" + id + (rest.equals("}") ? "}" : "," + rest);
    }

    /** The record of a task that has no record of its command: status and one-line message. */
    public static String unsolved(JsonNode id, String status, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.set("id", id);
        n.put("status", status);
        n.put("message", message);
        return n.toString();
    }

    /** The record of a line of the task file that is no task. */
    static String rejected(int line, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.putNull("id");
        n.put("line", line);
        n.put("status", "invalid");
        n.put("message", message);
        return n.toString();
    }

    /** What resuming and merging need of a record read back: its key and status. */
    record Read(String key, String status) {
    }

    /**
     * Reads back a record.
     *
     * @return null when the text is not a record of a batch (not a JSON object, or no id and no line)
     */
    static Read read(String text) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (n == null || !n.isObject() || !n.has("id")) {
            return null;
        }
        JsonNode id = n.get("id");
        String status = n.path("status").asText("");
        if (id.isNull()) {
            return n.path("line").canConvertToInt() && n.get("line").isIntegralNumber() ? new Read(lineKey(n.get("line").intValue()), status) : null;
        }
        return id.isTextual() || id.isIntegralNumber() ? new Read(key(id), status) : null;
    }

    /**
     * The exit code a record's status stands for (README, exit codes): infeasible and broken (nodisturbance: Pearl &
     * Cavalcanti's Def. 2 fails) 1, invalid 2, failed 3 (an internal error, 4, is also written "failed"), any other
     * status (optimal, holds, audited, …) 0. A resumed batch reads its exit code from these records, so it must agree
     * with the commands' own exit codes.
     */
    static int exitCode(String status) {
        return switch (status) {
            case "infeasible", "broken" -> 1;
            case "invalid" -> 2;
            case "failed" -> 3;
            default -> 0;
        };
    }
}
