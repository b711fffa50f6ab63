package io.claimant.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void removesOneByteOrderMarkAndKeepsLineEnds() throws Exception {
        byte[] body = "Ministers met.\r\nThey said so.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("Ministers met.\r\nThey said so.\n", decoder.decode(withBom));
    }

    @Test
    void emptyInputIsEmptyText() throws Exception {
        assertEquals("", decoder.decode(new byte[0]));
    }

    @Test
    void rejectsInvalidUtf8WithTheOffset() {
        byte[] latin1 = "Caf\u00e9 owners said".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> decoder.decode(latin1));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("offset 3"), e.getMessage());
    }

    @Test
    void rejectsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> decoder.decode(png));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void fileTooLargeFailsBeforeBeingRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("huge.txt");
        java.nio.file.Files.writeString(file, "Officials said the bridge would reopen. ".repeat(10));
        FileInput input = new FileInput("huge.txt", file, new TextDecoder(20));
        java.io.IOException e = assertThrows(java.io.IOException.class, input::readText);
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void missingFileIsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("gone.txt");
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> new FileInput("gone.txt", file, decoder).readText());
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void rejectsTextOverTheLimit() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> new TextDecoder(10).decode("The minister said it twice.".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }
}
