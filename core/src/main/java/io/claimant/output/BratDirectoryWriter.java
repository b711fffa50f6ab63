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
 * is reported where the batch reports errors.
 */
public final class BratDirectoryWriter implements ResultWriter {

    private final Path root;

    public BratDirectoryWriter(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
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
