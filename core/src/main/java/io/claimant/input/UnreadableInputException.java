package io.claimant.input;

import io.claimant.pipeline.CodedFailure;
import io.claimant.pipeline.ErrorCode;

import java.io.IOException;

/**
 * An input that Claimant cannot process as text: binary, mis-encoded, too large, missing or unreadable. It carries
 * the {@link ErrorCode} every surface reports, and a message for people that names the input.
 */
public class UnreadableInputException extends IOException implements CodedFailure {

    private final ErrorCode code;

    public UnreadableInputException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public UnreadableInputException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    @Override
    public ErrorCode code() {
        return code;
    }

    /** The same failure, its message prefixed with where the input came from. */
    public UnreadableInputException named(String where) {
        return new UnreadableInputException(code, where + ": " + getMessage(), this);
    }
}
