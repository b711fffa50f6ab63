package io.claimant.cli;

import io.claimant.input.TextDecoder;
import io.claimant.input.UnreadableInputException;
import io.claimant.pipeline.DocumentInput;

import java.io.IOException;
import java.io.InputStream;

/** {@code -} on the command line: standard input, read like a file, on a worker thread. */
record StdinInput(InputStream in, TextDecoder decoder) implements DocumentInput {

    static final String ID = "-";
    static final String NAME = "standard input";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String readText() throws IOException {
        byte[] bytes = in.readAllBytes();
        try {
            return decoder.decode(bytes);
        } catch (UnreadableInputException e) {
            throw e.named(NAME);
        }
    }
}
