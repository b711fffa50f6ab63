package io.claimant.input;

import io.claimant.pipeline.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void removesOneByteOrderMarkAndKeepsLineEnds() throws Exception {
        byte[] body = "Ministers met.\r\nThey said so.\rOn Monday.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("Ministers met.\r\nThey said so.\rOn Monday.\n", decoder.decode(withBom));
    }

    @Test
    void emptyInputIsEmptyText() throws Exception {
        assertEquals("", decoder.decode(new byte[0]));
    }

    @Test
    void rejectsInvalidUtf8WithTheOffsetAndCode() {
        byte[] latin1 = "Caf\u00e9 owners said".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> decoder.decode(latin1));
        assertEquals(ErrorCode.NOT_UTF8, e.code());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("offset 3"), e.getMessage());
        assertTrue(e.getMessage().contains("--encoding"), e.getMessage());
    }

    @Test
    void aForcedCharsetDecodesLatin1() throws Exception {
        byte[] latin1 = "Caf\u00e9 owners said".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00e9 owners said", new TextDecoder(1000, StandardCharsets.ISO_8859_1).decode(latin1));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws Exception {
        String text = "“We stay,” she said. \uD83D\uDE00";
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16)));      // big-endian with BOM
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertEquals(text, decoder.decode(withBom));
    }

    @Test
    void rejectsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> decoder.decode(png));
        assertEquals(ErrorCode.BINARY, e.code());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void fileTooLargeFailsFromItsSizeWithoutBeingRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.txt");
        // A sparse 50 MB file: reading it would take a while and 50 MB of heap; the size check takes neither.
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        FileInput input = new FileInput("huge.txt", file, decoder);
        long start = System.nanoTime();
        UnreadableInputException e = assertThrows(UnreadableInputException.class, input::readText);
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "took over a second");
        assertEquals(ErrorCode.TOO_LARGE, e.code());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void missingFileIsNamedWithItsCode(@TempDir Path dir) {
        Path file = dir.resolve("gone.txt");
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> new FileInput("gone.txt", file, decoder).readText());
        assertEquals(file + ": no such file", e.getMessage());
        assertEquals(ErrorCode.NOT_FOUND, e.code());
    }

    @Test
    void aFileDeletedAfterItWasListedIsNotFound(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "The minister said it twice.");
        FileInput listed = new FileInput("a.txt", file, decoder);
        Files.delete(file);
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(UnreadableInputException.class, listed::readText).code());
    }

    @Test
    void aFolderWhereAFileWasExpectedIsUnreadable(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("notes.txt"));
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> new FileInput("notes.txt", folder, decoder).readText());
        assertEquals(ErrorCode.UNREADABLE, e.code());
        assertTrue(e.getMessage().startsWith(folder.toString()), e.getMessage());
    }

    @Test
    void rejectsBytesOverTheLimit() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> new TextDecoder(10).decode("The minister said it twice.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
        assertTrue(e.getMessage().contains("too large: 27 bytes (limit 10 bytes"), e.getMessage());
    }
}
