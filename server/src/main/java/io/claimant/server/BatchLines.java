package io.claimant.server;

import io.claimant.pipeline.DocumentException;
import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.ErrorCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The documents of a JSON Lines body, read one line at a time as the batch asks for them, so that a long batch
 * is never held in memory. A line that cannot be used (too long, not UTF-8, not a {@code {"id","text"}} object)
 * becomes an input that fails with its code, and so gets its own failure line in the answer: output lines stay
 * one per input line, in order. Blank lines are skipped; an id defaults to the line's number (1-based).
 */
final class BatchLines implements Iterable<DocumentInput> {

    private final InputStream in;
    private final long maxLineBytes;

    BatchLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Iterator<DocumentInput> iterator() {
        return new Iterator<>() {
            private int lineNumber;
            private DocumentInput next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (next == null && !ended) {
                    next = readOne();
                }
                return next != null;
            }

            @Override
            public DocumentInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DocumentInput out = next;
                next = null;
                return out;
            }

            /** The next line's input, null for a blank line (or at the end, which sets {@code ended}). */
            private DocumentInput readOne() {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                boolean tooLong = false;
                int b;
                try {
                    while ((b = in.read()) >= 0 && b != '\n') {
                        if (line.size() < maxLineBytes) {
                            line.write(b);
                        } else {
                            tooLong = true; // keep reading to the line's end, dropping its bytes
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (b < 0) {
                    ended = true;
                    if (line.size() == 0 && !tooLong) {
                        return null;
                    }
                }
                lineNumber++;
                String defaultId = Integer.toString(lineNumber);
                if (tooLong) {
                    return failing(defaultId, ErrorCode.TOO_LARGE, "line " + lineNumber + " is over "
                            + maxLineBytes + " bytes");
                }
                try {
                    String json = RequestBody.decode(line.toByteArray());
                    if (json.isBlank()) {
                        return null;
                    }
                    DocumentRequest request = DocumentRequest.fromJson(json, defaultId);
                    return DocumentInput.ofText(request.id(), request.text());
                } catch (ApiError e) {
                    return failing(defaultId, e.code(), "line " + lineNumber + ": " + e.getMessage());
                }
            }
        };
    }

    /** An input that fails when the batch reads it, so its failure line lands in its place in the output. */
    private static DocumentInput failing(String id, ErrorCode code, String message) {
        return new DocumentInput() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String readText() {
                throw new DocumentException(code, message);
            }
        };
    }
}
