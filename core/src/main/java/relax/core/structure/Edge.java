package relax.core.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relax.core.InvalidStructureException;

/** A directed edge {@code from → to} of a {@link CausalStructure}, written {@code "from->to"} in structure files. */
public record Edge(String from, String to) {
    private static final Pattern SYNTAX = Pattern.compile("\\s*([^\\s>-][^>]*?)\\s*(?:->|→)\\s*(\\S.*?)\\s*");

    /**
     * Reads {@code "x->b"} (or {@code "x → b"}).
     *
     * @throws InvalidStructureException if the text is not of that form
     */
    public static Edge parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new InvalidStructureException("'" + text + "' is not an edge; write it as \"parent->child\", e.g. \"x->b\"");
        }
        return new Edge(m.group(1), m.group(2));
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
