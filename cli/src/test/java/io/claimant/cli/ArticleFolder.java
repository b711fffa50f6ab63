package io.claimant.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A folder of inputs with every kind of file a batch meets: good, empty, binary, mis-encoded, with a BOM. */
final class ArticleFolder {

    static final String GOOD = "NATO Secretary General Mark Rutte said the alliance is strong.\n"
            + "He said: \u201CWe are totally committed.\u201D\n";
    /** Emoji outside the BMP first, so code point and UTF-16 offsets differ in everything after it. */
    static final String EMOJI = "\uD83D\uDE00\uD83C\uDDFA\uD83C\uDDF8 Analysts said NATO is strong.\n";
    static final String BOM_TEXT = "Rutte said the United States is not leaving.\n";

    /** Sorted as the command sorts them: the order every run must write. */
    static final List<String> IDS = List.of("binary.txt", "bom.txt", "empty.txt", "good.txt", "latin1.txt",
            "sub/emoji.txt");
    static final List<String> GOOD_IDS = List.of("bom.txt", "good.txt", "sub/emoji.txt");

    private ArticleFolder() {
    }

    static Path create(Path root) throws IOException {
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("good.txt"), GOOD);
        Files.writeString(root.resolve("sub/emoji.txt"), EMOJI);
        Files.write(root.resolve("empty.txt"), new byte[0]);
        Files.write(root.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 20, 0});
        Files.write(root.resolve("latin1.txt"), "Caf\u00E9 owners said prices rose.\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] text = BOM_TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(root.resolve("bom.txt"), withBom);
        Files.writeString(root.resolve("notes.md"), "Not an article: the default glob leaves it out.\n");
        return root;
    }

    /** The text as Claimant decodes it, for checking offsets: what Python's utf-8-sig would give. */
    static String decoded(String id) {
        return switch (id) {
            case "good.txt" -> GOOD;
            case "sub/emoji.txt" -> EMOJI;
            case "bom.txt" -> BOM_TEXT;
            case "empty.txt" -> "";
            default -> throw new IllegalArgumentException("no text for " + id);
        };
    }
}
