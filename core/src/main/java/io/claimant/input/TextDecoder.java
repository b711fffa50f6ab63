package io.claimant.input;

import io.claimant.pipeline.DocumentLimits;
import io.claimant.pipeline.ErrorCode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;

/**
 * Decodes article bytes strictly, the way Python's {@code open(p, encoding='utf-8-sig', newline='')} does by
 * default: UTF-8, one leading byte order mark removed, line ends kept as they are. A UTF-16 byte order mark is
 * honoured too (Windows tools write such files). With a charset forced ({@code --encoding}), the bytes are decoded
 * strictly in that charset instead. Offsets written to files count code points of exactly the decoded string.
 * Anything that is not text gets an error with its {@link ErrorCode}, never a guess.
 */
public final class TextDecoder {

    private final long maxBytes;
    /** Null: UTF-8, or UTF-16 when a UTF-16 byte order mark says so. */
    private final Charset forced;

    public TextDecoder() {
        this(DocumentLimits.DEFAULT_MAX_BYTES, null);
    }

    public TextDecoder(long maxBytes) {
        this(maxBytes, null);
    }

    /**
     * @param maxBytes the largest input accepted, checked before decoding (and by {@link FileInput} before reading)
     * @param forced   the charset to decode with whatever the bytes look like, or null for UTF-8 (UTF-16 by BOM)
     */
    public TextDecoder(long maxBytes, Charset forced) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be at least 1 byte, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.forced = forced;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The charset forced on every input, or null when it is UTF-8 (or UTF-16 by byte order mark). */
    public Charset forced() {
        return forced;
    }

    /** The error for an input of {@code size} bytes over the limit, or null when it is within it. */
    public UnreadableInputException tooLarge(long size) {
        if (size <= maxBytes) {
            return null;
        }
        return new UnreadableInputException(ErrorCode.TOO_LARGE, "too large: " + size + " bytes (limit " + maxBytes
                + " bytes; raise it with --max-bytes)");
    }

    public String decode(byte[] bytes) throws UnreadableInputException {
        UnreadableInputException large = tooLarge(bytes.length);
        if (large != null) {
            throw large;
        }
        Charset charset = forced;
        int start = 0;
        if (charset == null) {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                start = 3;
            } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16; // reads and drops the byte order mark itself
            } else {
                charset = StandardCharsets.UTF_8;
            }
        } else if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        }
        boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        if (!wide) {
            // Text in a byte-oriented encoding never holds a NUL; binary files nearly always do, early on.
            int nul = indexOfNul(bytes, start);
            if (nul >= 0) {
                throw new UnreadableInputException(ErrorCode.BINARY, "binary data, not text (NUL byte at offset " + nul + ")");
            }
        }
        String text = decodeStrictly(bytes, start, charset);
        if (wide && text.indexOf('\0') >= 0) {
            throw new UnreadableInputException(ErrorCode.BINARY, "binary data, not text (NUL character at index "
                    + text.indexOf('\0') + " of the decoded text)");
        }
        return text;
    }

    private String decodeStrictly(byte[] bytes, int start, Charset charset) throws UnreadableInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException | UnmappableCharacterException e) {
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            String hint = forced == null ? "; convert the file to UTF-8, or name its encoding with --encoding"
                    : "";
            return fail(ErrorCode.NOT_UTF8, "not valid " + name + " (bad byte at offset " + buffer.position() + ")" + hint);
        } catch (CharacterCodingException e) {
            return fail(ErrorCode.NOT_UTF8, "not valid " + charset.name() + ": " + e.getMessage());
        }
    }

    private static String fail(ErrorCode code, String message) throws UnreadableInputException {
        throw new UnreadableInputException(code, message);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
