package io.claimant.cli;

/**
 * A failure that ends the run, with a message meant for the user rather than a stack trace. Leads to
 * exit code {@link ExitCodes#FATAL}.
 */
final class FatalException extends RuntimeException {

    FatalException(String message) {
        super(message);
    }

    FatalException(String message, Throwable cause) {
        super(message, cause);
    }
}
