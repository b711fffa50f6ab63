package io.claimant.server;

import io.claimant.input.TextDecoder;
import io.claimant.input.UnreadableInputException;
import io.claimant.pipeline.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading a request's body within the size limit, and telling what kind of body it is. */
final class RequestBody {

    /** The media types the API reads. */
    enum Kind { TEXT, JSON, JSON_LINES }

    private RequestBody() {
    }

    /**
     * The body's kind from its {@code Content-Type}. A charset other than UTF-8 is refused rather than decoded:
     * offsets count code points of the text the client holds, which must be the text we read.
     */
    static Kind kind(String contentType, Kind... accepted) {
        String mime = "";
        String charset = null;
        if (contentType != null) {
            String[] parts = contentType.split(";");
            mime = parts[0].trim().toLowerCase(Locale.ROOT);
            for (int i = 1; i < parts.length; i++) {
                String[] pair = parts[i].trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                    charset = pair[1].trim().replace("\"", "");
                }
            }
        }
        Kind kind = switch (mime) {
            case "text/plain" -> Kind.TEXT;
            case "application/json" -> Kind.JSON;
            case "application/jsonl", "application/x-ndjson", "application/jsonlines" -> Kind.JSON_LINES;
            default -> null;
        };
        StringBuilder names = new StringBuilder();
        boolean ok = false;
        for (Kind k : accepted) {
            ok |= k == kind;
            names.append(names.length() == 0 ? "" : ", ").append(switch (k) {
                case TEXT -> "text/plain; charset=utf-8";
                case JSON -> "application/json";
                case JSON_LINES -> "application/jsonl (or application/x-ndjson)";
            });
        }
        if (!ok) {
            throw new ApiError(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + (contentType == null ? "missing" : "'" + contentType + "' not accepted") + "; send " + names);
        }
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ApiError(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "charset " + charset
                    + " not accepted; send UTF-8");
        }
        return kind;
    }

    /**
     * The body's bytes, at most {@code cap}. A declared length over the cap is refused before a byte is read, and
     * reading stops one byte past the cap for a body without a length (chunked), so memory stays bounded.
     */
    static byte[] read(HttpServletRequest request, long cap, String what) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > cap) {
            throw tooLarge(declared + " bytes", cap, what);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > cap) {
                throw tooLarge("over " + cap + " bytes", cap, what);
            }
            return bytes;
        }
    }

    static ApiError tooLarge(String size, long cap, String what) {
        return new ApiError(413, ErrorCode.TOO_LARGE, what + " too large: " + size + " (limit " + cap
                + " bytes; the server's --max-bytes)");
    }

    /** Strict UTF-8 (a leading byte order mark dropped), as files are read by {@code claimant extract}. */
    static String decode(byte[] bytes) {
        try {
            return new TextDecoder(Long.MAX_VALUE, StandardCharsets.UTF_8).decode(bytes);
        } catch (UnreadableInputException e) {
            throw new ApiError(ApiError.statusFor(e.code()), e.code(), e.getMessage());
        }
    }
}
