package io.claimant.lexicon;

/**
 * A lexicon file or folder that cannot be used: an unknown file name, a duplicate entry, an unknown column, a
 * bad value. The message names the file and, where there is one, the line, and says what would be valid.
 */
public final class LexiconException extends RuntimeException {

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
