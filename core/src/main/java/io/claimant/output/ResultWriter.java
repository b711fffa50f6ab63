package io.claimant.output;

import io.claimant.pipeline.DocumentResult;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * Writes batch results, one document at a time and in the order given. Each {@link #write} ends with a
 * flush, so a batch that stops half way (a crash, a full disk, a closed pipe) leaves every finished
 * document on disk. Not thread-safe: {@code Pipeline.process} calls its sink from one thread.
 */
public interface ResultWriter extends Closeable, Flushable {

    void write(DocumentResult result) throws IOException;
}
