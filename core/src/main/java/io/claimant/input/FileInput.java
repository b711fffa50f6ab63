package io.claimant.input;

import io.claimant.pipeline.DocumentInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file read lazily, on the worker thread that processes it. */
public record FileInput(String id, Path path, TextDecoder decoder) implements DocumentInput {

    @Override
    public String readText() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException(path + ": no such file");
        } catch (IOException e) {
            throw new IOException(path + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return decoder.decode(bytes);
        } catch (UnreadableInputException e) {
            throw new UnreadableInputException(path + ": " + e.getMessage());
        }
    }
}
