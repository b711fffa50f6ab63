package io.claimant.input;

import io.claimant.pipeline.DocumentInput;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file read lazily, on the worker thread that processes it. */
public record FileInput(String id, Path path, TextDecoder decoder) implements DocumentInput {

    @Override
    public String readText() throws IOException {
        byte[] bytes;
        try {
            // Checked before reading so that a multi-gigabyte file fails alone instead of exhausting the heap.
            long size = Files.size(path);
            if (size > decoder.maxBytes()) {
                throw new UnreadableInputException(path + ": too large: " + size + " bytes (limit "
                        + decoder.maxBytes() + ")");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException(path + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IOException(path + ": permission denied");
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(path + ": cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null || e.getMessage().equals(path.toString()) ? "" : ": " + e.getMessage()), e);
        }
        try {
            return decoder.decode(bytes);
        } catch (UnreadableInputException e) {
            throw new UnreadableInputException(path + ": " + e.getMessage());
        }
    }
}
