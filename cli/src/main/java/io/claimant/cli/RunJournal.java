package io.claimant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal of a run that writes to a file ({@code OUT.journal}, beside the output), so that
 * {@code --resume} can continue it after a crash or a kill: what was run (a digest of the inputs and the options
 * that shape the output) and, after each document, how many documents are done and how long the output and the
 * failures file then were. Each record is one line, flushed after the document's output, so the journal never
 * claims more than the output holds; on resume the output is cut back to the last record's length, which also
 * drops a half-written line, and the documents after it run again. A clean end deletes the journal.
 */
final class RunJournal implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int VERSION = 1;

    /** Where an interrupted run stopped: documents done, and the lengths of its files then. */
    record Position(int done, long outputBytes, long failuresBytes) {
        static final Position START = new Position(0, 0, 0);
    }

    /** What the output depends on: the inputs in order, and every option that changes a byte of it. */
    record Run(String inputsDigest, int inputs, Map<String, String> options) {

        ObjectNode toJson() {
            ObjectNode node = MAPPER.createObjectNode();
            node.put("claimant_journal", VERSION);
            node.put("inputs", inputs);
            node.put("inputs_sha256", inputsDigest);
            ObjectNode opts = node.putObject("options");
            options.forEach(opts::put);
            return node;
        }

        static Run fromJson(JsonNode node) {
            Map<String, String> options = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.path("options").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                options.put(e.getKey(), e.getValue().asText());
            }
            // A journal written before a profile was renamed ("learned", now "fast") names the same run.
            options.computeIfPresent("profile", (key, name) -> currentProfileName(name));
            return new Run(node.path("inputs_sha256").asText(), node.path("inputs").asInt(), options);
        }

        private static String currentProfileName(String recorded) {
            try {
                return io.claimant.Profile.of(recorded).id();
            } catch (IllegalArgumentException e) {
                return recorded; // not a profile this build knows: left as it is, so that resuming names the difference
            }
        }

        /** What differs from {@code other}, for a message; empty when the runs are the same. */
        List<String> differences(Run other) {
            List<String> out = new ArrayList<>();
            if (inputs != other.inputs || !inputsDigest.equals(other.inputsDigest)) {
                out.add("the inputs (" + other.inputs + " then, " + inputs + " now, or the same number with "
                        + "other names or sizes)");
            }
            TreeMap<String, String> keys = new TreeMap<>(options);
            other.options.forEach(keys::putIfAbsent);
            for (String key : keys.keySet()) {
                String now = options.get(key);
                String then = other.options.get(key);
                if (now == null ? then != null : !now.equals(then)) {
                    out.add(key + " (" + (then == null ? "unset" : then) + " then, " + (now == null ? "unset" : now) + " now)");
                }
            }
            return out;
        }
    }

    private final Path path;
    private final OutputStream out;

    private RunJournal(Path path, OutputStream out) {
        this.path = path;
        this.out = out;
    }

    static Path pathFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".journal");
    }

    /** Starts a new journal for {@code run}, replacing none: the caller has checked that none exists. */
    static RunJournal start(Path path, Run run) throws IOException {
        OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        RunJournal journal = new RunJournal(path, out);
        journal.writeLine(run.toJson());
        return journal;
    }

    /** Continues an existing journal, appending records after its last complete one. */
    static RunJournal resume(Path path, Position at) throws IOException {
        // Cut a half-written last record, so that the next one starts on a line of its own.
        long keep = completeLength(path);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.truncate(keep);
        }
        return new RunJournal(path, Files.newOutputStream(path, StandardOpenOption.APPEND));
    }

    /** The journal's run and last recorded position. */
    record Contents(Run run, Position position) {
    }

    static Contents read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1; // a last line with no line end was cut by the crash
        String[] lines = text.substring(0, end).split("\n");
        if (end == 0 || lines.length == 0) {
            throw new IOException(path + " is empty or cut short: it holds no run");
        }
        Run run;
        try {
            JsonNode header = MAPPER.readTree(lines[0]);
            if (header.path("claimant_journal").asInt() != VERSION) {
                throw new IOException(path + " is not a Claimant run journal of version " + VERSION);
            }
            run = Run.fromJson(header);
            Position position = Position.START;
            if (lines.length > 1) {
                JsonNode last = MAPPER.readTree(lines[lines.length - 1]);
                position = new Position(last.path("done").asInt(), last.path("output_bytes").asLong(),
                        last.path("failures_bytes").asLong());
            }
            return new Contents(run, position);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(path + " is damaged: " + e.getOriginalMessage());
        }
    }

    /** Records that {@code done} documents are complete, with the files' lengths now. */
    void record(int done, long outputBytes, long failuresBytes) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("done", done);
        node.put("output_bytes", outputBytes);
        node.put("failures_bytes", failuresBytes);
        writeLine(node);
    }

    private void writeLine(JsonNode node) throws IOException {
        out.write((MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The run finished: the journal has done its job. */
    void finish() throws IOException {
        out.close();
        Files.deleteIfExists(path);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static long completeLength(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return end;
    }

    /** Cuts {@code file} back to {@code length} bytes; it must be at least that long. */
    static void truncate(Path file, long length, String what) throws IOException {
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (size < length) {
            throw new IOException(what + " " + file + " is shorter (" + size + " bytes) than the journal records ("
                    + length + " bytes): it was changed since the run stopped");
        }
        if (size > length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(length);
            }
        }
    }
}
