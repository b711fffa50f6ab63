package io.claimant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.pipeline.DocumentResult;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code --failures FILE}: one JSON line per input that failed, {@code {"doc", "path", "code", "message"}}, in
 * input order, flushed as each arrives, so that a script can retry or inspect exactly those files.
 */
final class FailuresFile implements Closeable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CountingOutputStream out;

    FailuresFile(CountingOutputStream out) {
        this.out = out;
    }

    void write(DocumentResult result, String path) throws IOException {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("doc", result.id());
        line.put("path", path);
        line.put("code", result.code().code());
        line.put("message", result.error());
        out.write((MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    long length() {
        return out.count();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
