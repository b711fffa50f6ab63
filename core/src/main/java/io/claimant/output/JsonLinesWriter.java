package io.claimant.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * JSON Lines: one compact object per line, UTF-8, {@code '\n'} whatever the platform, so files written on
 * any machine compare equal byte for byte.
 */
abstract class JsonLinesWriter implements ResultWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;

    JsonLinesWriter(OutputStream out) {
        // Encoding ourselves: the platform charset (ASCII under LANG=C) would turn names into '?'.
        this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out), StandardCharsets.UTF_8));
    }

    final void writeLine(JsonNode node) throws IOException {
        out.write(MAPPER.writeValueAsString(node));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
