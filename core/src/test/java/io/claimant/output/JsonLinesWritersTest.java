package io.claimant.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.attribution.SegmentMode;
import io.claimant.document.Document;
import io.claimant.pipeline.DocumentResult;
import io.claimant.testing.SchemaCheck;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesWritersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Document doc = SampleDocuments.annotated();

    @Test
    void claimsFormatWritesOneUtf8LinePerClaimAndNothingForFailures() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClaimsJsonLinesWriter writer = new ClaimsJsonLinesWriter(bytes);

        writer.write(DocumentResult.success(doc, 0.1));
        int afterFirst = bytes.size();
        writer.write(DocumentResult.failure("broken.txt", io.claimant.pipeline.ErrorCode.BINARY, "broken.txt: binary data", 0.0));

        assertTrue(afterFirst > 0, "a document's lines reach the stream before the next document starts");
        assertEquals(afterFirst, bytes.size(), "a failed document adds no claim line");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("\r"));
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(out.endsWith("\n"));
        assertTrue(out.contains("\u201CWe are totally committed,\u201D"), "written as UTF-8, not escaped");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode claim = MAPPER.readTree(lines.get(i));
            assertEquals("news/rutte.txt#" + i, claim.get("id").asText());
        }
    }

    @Test
    void withSegmentsSplitBothFormatsWriteOneClaimPerSegment() throws IOException {
        ByteArrayOutputStream claimLines = new ByteArrayOutputStream();
        ByteArrayOutputStream documentLines = new ByteArrayOutputStream();
        try (ClaimsJsonLinesWriter claims = new ClaimsJsonLinesWriter(claimLines, SegmentMode.SPLIT);
             DocumentJsonWriter documents = new DocumentJsonWriter(documentLines, SegmentMode.SPLIT)) {
            claims.write(DocumentResult.success(doc, 0.1));
            documents.write(DocumentResult.success(doc, 0.1));
        }

        List<String> ids = List.of("news/rutte.txt#0.1", "news/rutte.txt#0.2", "news/rutte.txt#1", "news/rutte.txt#2");
        List<String> lines = claimLines.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(ids, lines.stream().map(line -> read(line).get("id").asText()).toList());
        JsonNode document = MAPPER.readTree(documentLines.toString(StandardCharsets.UTF_8));
        SchemaCheck.DOCUMENT.assertValid(document);
        List<String> inDocument = new java.util.ArrayList<>();
        for (int i = 0; i < document.get("claims").size(); i++) {
            JsonNode claim = document.get("claims").get(i);
            inDocument.add(claim.get("id").asText());
            assertEquals(read(lines.get(i)), claim, "the document lists the same records as the claims format");
        }
        assertEquals(ids, inDocument);
    }

    private static JsonNode read(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void documentFormatWritesOneLinePerInputIncludingFailures() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocumentJsonWriter writer = new DocumentJsonWriter(bytes)) {
            writer.write(DocumentResult.success(doc, 0.1));
            writer.write(DocumentResult.failure("broken.txt", io.claimant.pipeline.ErrorCode.BINARY, "broken.txt: binary data", 0.0));
        }

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        JsonNode ok = MAPPER.readTree(lines.get(0));
        assertTrue(ok.get("error").isNull());
        assertEquals(doc.text().codePointCount(0, doc.text().length()), ok.get("text_length").asInt());
        assertEquals(2, ok.get("entities").size());
        JsonNode rutte = ok.at("/entities/0");
        assertEquals("NATO Secretary General", rutte.get("title").asText());
        assertEquals("pronoun", rutte.at("/mentions/1/kind").asText());
        assertEquals("he", rutte.at("/mentions/1/text").asText());
        assertTrue(ok.at("/entities/1/title").isNull());
        JsonNode quotation = ok.at("/quotations/0");
        assertEquals(quotation.get("begin").asInt() + 1, quotation.at("/parts/0/0").asInt(), "parts leave out the mark");
        assertEquals(0, quotation.get("depth").asInt());
        assertTrue(quotation.get("closed").asBoolean());
        assertEquals(3, ok.get("claims").size());

        JsonNode failed = MAPPER.readTree(lines.get(1));
        assertEquals("broken.txt", failed.get("doc").asText());
        assertEquals("broken.txt: binary data", failed.get("error").asText());
        assertTrue(failed.get("text_length").isNull());
        assertEquals(0, failed.get("claims").size());
    }
}
