package io.claimant.cli;

import io.claimant.pipeline.DocumentInput;

import java.io.IOException;

/**
 * A place in a folder that could not be listed. It goes through the batch as a failed document, so it is
 * reported, counted and written (in {@code --format document}) exactly like a file that could not be read.
 */
record UnreadableInput(String id, String message) implements DocumentInput {

    @Override
    public String readText() throws IOException {
        throw new io.claimant.input.UnreadableInputException(io.claimant.pipeline.ErrorCode.UNREADABLE, message);
    }
}
