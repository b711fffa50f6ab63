package io.claimant.server;

import io.claimant.pipeline.ErrorCode;

/**
 * A request that gets an error answer: the HTTP status, and the shared {@link ErrorCode} that a client acts on
 * (the same codes as the command line's failures file), with a message for people.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final ErrorCode code;
    /** Seconds for {@code Retry-After}, or 0 for none. */
    private final int retryAfter;

    ApiError(int status, ErrorCode code, String message) {
        this(status, code, message, 0);
    }

    ApiError(int status, ErrorCode code, String message, int retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    ErrorCode code() {
        return code;
    }

    int retryAfter() {
        return retryAfter;
    }

    /** The status a document failure gets: the client's fault (4xx), a limit (413, 504), or ours (500). */
    static int statusFor(ErrorCode code) {
        return switch (code) {
            case NOT_UTF8, BINARY, BAD_INPUT -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case BUSY -> 503;
            case TIME_LIMIT -> 504;
            case NOT_FOUND -> 404;
            default -> 500;
        };
    }
}
