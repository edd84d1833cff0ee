package relax.scenarios.microstate;

/**
 * A model file breaks one of the rules of the format ({@link ModelFile}): the message names the file, the
 * entry and the rule in one line, and is meant to be shown to the user as it is.
 */
public final class InvalidModelException extends RuntimeException {
    public InvalidModelException(String message) {
        super(message);
    }
}
