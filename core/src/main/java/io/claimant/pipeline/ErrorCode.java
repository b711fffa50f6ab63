package io.claimant.pipeline;

import java.util.Locale;

/**
 * Why a document could not be processed, as a short machine-readable code. Every surface reports the same codes
 * (the CLI's failures file and document format, the HTTP server's error bodies, the Spark job's error column), so
 * a script can act on them without parsing messages, which are for people and may change.
 */
public enum ErrorCode {
    /** The bytes are not text: a NUL byte, or control bytes that no text file holds. */
    BINARY("the file holds binary data, not text"),
    /** The bytes are not valid in the expected encoding (UTF-8 unless {@code --encoding} says otherwise). */
    NOT_UTF8("the text is not valid UTF-8"),
    /** The input is over the size limit; refused before it is read. */
    TOO_LARGE("the input is larger than the size limit"),
    /** Processing went past the document's time budget and was stopped. */
    TIME_LIMIT("processing went past the time limit"),
    /** The input exists but cannot be read (permissions, an I/O error, a folder that cannot be listed). */
    UNREADABLE("the input cannot be read"),
    /** The input does not exist (any more). */
    NOT_FOUND("the input does not exist"),
    /** The request or input is malformed in a way that is not about its text (an unknown encoding name, say). */
    BAD_INPUT("the input is malformed"),
    /** A bug or resource failure inside Claimant (an exception in an annotator, out of memory). */
    INTERNAL("processing failed inside Claimant"),
    /**
     * HTTP server only: the request's content type is not one the endpoint reads (status 415). No document
     * was looked at, so this never appears in a document line.
     */
    UNSUPPORTED_MEDIA_TYPE("the request's content type is not one the endpoint reads"),
    /**
     * HTTP server only: every worker is busy and the queue is full, or the models are still loading (status 503,
     * with {@code Retry-After}). Worth retrying; never appears in a document line.
     */
    BUSY("the server is busy or still loading; retry later");

    private final String summary;

    ErrorCode(String summary) {
        this.summary = summary;
    }

    /** The code as written in files and messages: lower case with hyphens ({@code not-utf8}, {@code time-limit}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One line saying what the code means, for documentation and help. */
    public String summary() {
        return summary;
    }

    /** The code for {@link #code()}'s spelling; throws IllegalArgumentException for an unknown one. */
    public static ErrorCode of(String code) {
        for (ErrorCode c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown error code: " + code);
    }

    @Override
    public String toString() {
        return code();
    }
}
