package io.claimant.output;

import io.claimant.brat.BratWriter;
import io.claimant.pipeline.DocumentResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --format brat}: for each document, a copy of its text ({@code NAME.txt}, as decoded: no BOM) and its
 * predictions ({@code NAME.ann}) under one folder, keeping the input's relative path, so that the folder opens
 * in brat and reads back with {@code claimant eval --pred FOLDER}. Failed documents get no files: their error
 * is reported where the batch reports errors. The folder also gets brat's {@code annotation.conf} and
 * {@code visual.conf} for Claimant's types: without them brat shows every span as an unknown type.
 */
public final class BratDirectoryWriter implements ResultWriter {

    private final Path root;

    /** The configuration files brat reads from the folder it shows, shipped beside this class. */
    static final java.util.List<String> CONFIGURATION = java.util.List.of("annotation.conf", "visual.conf");

    public BratDirectoryWriter(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        for (String name : CONFIGURATION) {
            try (java.io.InputStream in = BratDirectoryWriter.class.getResourceAsStream("brat/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("brat/" + name + " is missing from the jar");
                }
                Files.copy(in, root.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Whether {@code folder} exists and holds anything: writing there may overwrite files of the same name. */
    public static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        if (result.failed()) {
            return;
        }
        String base = result.id().equals("-") ? "stdin" : result.id().replaceFirst("\\.txt$", "");
        Path text = root.resolve(base + ".txt").normalize();
        if (!text.startsWith(root.normalize())) {
            throw new IOException("document id " + result.id() + " would be written outside " + root);
        }
        Files.createDirectories(text.getParent());
        Files.writeString(text, result.document().text(), StandardCharsets.UTF_8);
        Files.writeString(text.resolveSibling(text.getFileName().toString().replaceFirst("\\.txt$", ".ann")),
                BratWriter.write(result.document()), StandardCharsets.UTF_8);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
