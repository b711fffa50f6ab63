package io.claimant.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes the way Python's {@code open(p, encoding='utf-8-sig', newline='')} does: strict UTF-8,
 * one leading byte order mark removed, line ends kept as they are. Offsets written to files count code points
 * of exactly this string. Anything that is not text gets an error that says what is wrong, never a guess.
 */
public final class TextDecoder {

    /** 50 million characters: far beyond any article, small enough not to exhaust a worker's heap. */
    public static final int DEFAULT_MAX_CHARS = 50_000_000;

    private final int maxChars;

    public TextDecoder() {
        this(DEFAULT_MAX_CHARS);
    }

    public TextDecoder(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The largest input worth reading: UTF-8 needs at most four bytes per character, plus a BOM. */
    public long maxBytes() {
        return (long) maxChars * 4 + 3;
    }

    public String decode(byte[] bytes) throws UnreadableInputException {
        int start = hasBom(bytes) ? 3 : 0;
        if (bytes.length - start > (long) maxChars * 4) {
            throw new UnreadableInputException("too large: " + bytes.length + " bytes (limit " + maxChars + " characters)");
        }
        int nul = indexOfNul(bytes, start);
        if (nul >= 0) {
            throw new UnreadableInputException("binary data, not text (NUL byte at offset " + nul + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableInputException("not valid UTF-8 (bad byte at offset " + buffer.position()
                    + "); convert the file to UTF-8 first");
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("not valid UTF-8: " + e.getMessage());
        }
        if (text.length() > maxChars) {
            throw new UnreadableInputException("too large: " + text.length() + " characters (limit " + maxChars + ")");
        }
        return text;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
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
