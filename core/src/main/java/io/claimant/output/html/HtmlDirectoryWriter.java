package io.claimant.output.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.output.DocumentJson;
import io.claimant.output.ResultWriter;
import io.claimant.pipeline.DocumentResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code claimant extract --format html}: a folder of static pages that open from the file system with no server
 * and no network. Each processed document gets a page that embeds its document JSON and text and draws them with
 * the viewer's own {@code viewer.js}; {@code index.html} lists every input with its claim count, failures included.
 * The index is written on {@link #close}, once every document is known.
 */
public final class HtmlDirectoryWriter implements ResultWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String INDEX = "index.html";

    private final Path root;
    private final PageNames names = new PageNames();
    private final List<IndexPage.Row> rows = new ArrayList<>();
    private boolean closed;

    public HtmlDirectoryWriter(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        names.nameFor("index");
        ViewerAssets.copyStaticFiles(root);
    }

    @Override
    public void write(DocumentResult result) throws IOException {
        if (result.failed()) {
            rows.add(IndexPage.Row.failure(result.id(), result.code().code(), result.error()));
            return;
        }
        String page = names.nameFor(result.id());
        ObjectNode data = MAPPER.createObjectNode();
        data.set("document", DocumentJson.toJson(result.id(), result.document()));
        data.put("text", result.document().text());
        Files.writeString(root.resolve(page), DocumentPage.html(result.id(), MAPPER.writeValueAsString(data)),
                StandardCharsets.UTF_8);
        rows.add(IndexPage.Row.success(result.id(), page, result.document().claims().size()));
    }

    @Override
    public void flush() {
    }

    /** Writes the index; called once at the end of the batch (a second call does nothing). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Files.writeString(root.resolve(INDEX), IndexPage.html(rows), StandardCharsets.UTF_8);
    }
}
