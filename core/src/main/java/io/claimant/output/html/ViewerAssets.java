package io.claimant.output.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The viewer's page, script and style sheet, shipped in the core jar under {@code io/claimant/output/html/}: served
 * at {@code /} by the server module (and so by {@code claimant serve}), and copied by {@link HtmlDirectoryWriter}
 * beside the static pages of {@code --format html}. They sit in core so that both reach them without the other.
 */
public final class ViewerAssets {

    /** The live page, which posts the article to the server. */
    public static final String PAGE = "index.html";
    public static final String SCRIPT = "viewer.js";
    public static final String STYLE = "viewer.css";
    public static final List<String> FILES = List.of(PAGE, SCRIPT, STYLE);

    private ViewerAssets() {
    }

    /** The named asset's bytes; {@code name} must be one of {@link #FILES}, so no other resource can be read. */
    public static byte[] read(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("not a viewer file: " + name);
        }
        try (InputStream in = ViewerAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("viewer file missing from the jar: io/claimant/output/html/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the script and style sheet (not the live page, which needs a server) into {@code folder}. */
    static void copyStaticFiles(Path folder) throws IOException {
        for (String name : List.of(SCRIPT, STYLE)) {
            Files.write(folder.resolve(name), read(name));
        }
    }
}
