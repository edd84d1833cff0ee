package relax.core;

/**
 * A causal structure (or a structure file) breaks one of the rules of the model: nodes with a kind and at
 * least one value, known parents, no cycle, settings without parents, relaxed edges that are edges of the
 * graph, and a behaviour of the declared shape. The message names the offending node, edge or entry and
 * the rule, in one line, and is meant to be shown to the user as it is.
 */
public final class InvalidStructureException extends RuntimeException {
    public InvalidStructureException(String message) {
        super(message);
    }
}
