package io.claimant.pipeline;

import java.io.IOException;

/**
 * A document waiting to be processed. Reading is deferred so that a batch reads each file on a worker thread
 * and a file that cannot be read fails alone.
 */
public interface DocumentInput {

    /** The document's id, e.g. its path relative to the folder named on the command line. */
    String id();

    String readText() throws IOException;

    static DocumentInput ofText(String id, String text) {
        return new DocumentInput() {
            @Override public String id() { return id; }
            @Override public String readText() { return text; }
        };
    }
}
