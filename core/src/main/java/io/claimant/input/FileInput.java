package io.claimant.input;

import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.ErrorCode;

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
            // Checked from the file's size before reading, so that a huge file fails in a moment instead of
            // filling the heap.
            UnreadableInputException large = decoder.tooLarge(Files.size(path));
            if (large != null) {
                throw large;
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(ErrorCode.NOT_FOUND, path + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(ErrorCode.UNREADABLE, path + ": permission denied");
        } catch (UnreadableInputException e) {
            throw e.named(path.toString());
        } catch (IOException e) {
            throw new UnreadableInputException(ErrorCode.UNREADABLE, path + ": cannot read: "
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null || e.getMessage().equals(path.toString()) ? "" : ": " + e.getMessage()), e);
        }
        try {
            return decoder.decode(bytes);
        } catch (UnreadableInputException e) {
            throw e.named(path.toString());
        }
    }
}
