package io.claimant.input;

import java.io.IOException;

/** An input that is not UTF-8 text Claimant can process: binary, mis-encoded, or too large. */
public class UnreadableInputException extends IOException {
    public UnreadableInputException(String message) {
        super(message);
    }
}
