package io.claimant.input;

import io.claimant.pipeline.DocumentInput;

/**
 * A document that arrives as bytes already in memory (a Spark {@code binaryFile} row, an upload), decoded by the
 * same strict {@link TextDecoder} as a file, so that bad bytes fail with the same codes wherever they come from.
 */
public record BytesInput(String id, byte[] bytes, TextDecoder decoder) implements DocumentInput {

    @Override
    public String readText() throws UnreadableInputException {
        try {
            return decoder.decode(bytes);
        } catch (UnreadableInputException e) {
            throw e.named(id);
        }
    }
}
