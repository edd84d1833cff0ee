package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON line every command prints with {@code --json} for an input it could not solve because the input
 * itself is bad (exit code 2): the same keys as a solved line, with {@code status} "invalid", null value and
 * certificate, {@code verified} false and the one-line reason in {@code message}.
 */
final class InvalidInputJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InvalidInputJson() {
    }

    /**
     * @param file     the file as the user named it
     * @param kindKey  the key naming what was asked, e.g. {@code model} or {@code measure}
     * @param kind     its value, e.g. {@code x2b}
     * @param message  why the input is invalid
     */
    static String line(String file, String kindKey, String kind, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        if (kindKey != null) {
            n.put(kindKey, kind);
        }
        n.put("status", "invalid");
        n.putNull("value");
        n.putNull("certificate");
        n.put("verified", false);
        n.put("message", message);
        return n.toString();
    }
}
