package relax.core;

/**
 * A behaviour (or a behaviour file) breaks one of the rules every behaviour must obey: consistent
 * shape, finite non-negative entries, every input block normalised. The message names the offending
 * entry and the rule, in one line, and is meant to be shown to the user as it is.
 */
public final class InvalidBehaviourException extends RuntimeException {
    public InvalidBehaviourException(String message) {
        super(message);
    }
}
