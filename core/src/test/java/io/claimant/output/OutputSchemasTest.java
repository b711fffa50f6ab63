package io.claimant.output;

import io.claimant.testing.SchemaCheck;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.document.Document;
import io.claimant.document.Sentence;
import com.networknt.schema.ValidationMessage;
import io.claimant.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Document doc = SampleDocuments.annotated();

    @Test
    void claimLinesFromARealDocumentValidate() throws IOException {
        List<String> lines = write(ClaimsJsonLinesWriter::new);
        assertEquals(3, lines.size());
        for (String line : lines) {
            assertValid(SchemaCheck.CLAIM, line);
        }
    }

    @Test
    void documentLinesValidateForSuccessesAndFailures() throws IOException {
        List<String> lines = write(DocumentJsonWriter::new);
        assertEquals(2, lines.size());
        for (String line : lines) {
            assertValid(SchemaCheck.DOCUMENT, line);
        }
    }

    @Test
    void theCueClassIsOptionalSoLinesWrittenBeforeItStillValidate() throws IOException {
        ObjectNode line = claimLine();
        assertEquals("speech", line.at("/cue/class").asText());
        ((ObjectNode) line.get("cue")).remove("class");
        Set<ValidationMessage> errors = SchemaCheck.CLAIM.errors(line);
        assertTrue(errors.isEmpty(), errors::toString);
        ((ObjectNode) line.get("cue")).putNull("class");
        assertTrue(SchemaCheck.CLAIM.errors(line).isEmpty(), "null is a valid class");
    }

    @Test
    void brokenClaimLinesAreRejected() throws IOException {
        ObjectNode good = claimLine();

        ObjectNode missing = good.deepCopy();
        missing.remove("content");
        assertRejected(missing, "content");

        ObjectNode wrongType = good.deepCopy();
        wrongType.put("sentence", "5");
        assertRejected(wrongType, "sentence");

        ObjectNode negative = good.deepCopy();
        ((ObjectNode) negative.get("cue")).put("begin", -1);
        assertRejected(negative, "begin");

        ObjectNode upperType = good.deepCopy();
        upperType.put("type", "DIRECT");
        assertRejected(upperType, "type");

        ObjectNode extra = good.deepCopy();
        extra.put("speaker", "Rutte");
        assertRejected(extra, "speaker");

        ObjectNode unknownClass = good.deepCopy();
        ((ObjectNode) unknownClass.get("cue")).put("class", "rumour");
        assertRejected(unknownClass, "class");

        ObjectNode noTitle = good.deepCopy();
        ((ObjectNode) noTitle.at("/source/entities/0")).remove("title");
        assertRejected(noTitle, "title");
    }

    @Test
    void cutSentencesAreAnAdditiveFieldOfTheDocumentLine() {
        // The sample has claims but no sentence layer: two pieces of one cut sentence are enough here.
        List<Sentence> cut = List.of(new Sentence(0, 0, 10, 0, 0, 0, true), new Sentence(1, 11, 20, 0, 0, 0, true));
        ObjectNode line = DocumentJson.toJson("d", doc.withSentencesAndTokens(cut, doc.tokens()));
        // The sample opens with two characters outside the BMP: offsets are code points, as everywhere in the file.
        assertEquals("[[0," + doc.toCodePoint(10) + "],[" + doc.toCodePoint(11) + "," + doc.toCodePoint(20) + "]]",
                line.get("cut_sentences").toString());
        assertTrue(doc.toCodePoint(10) < 10, "the sample text exercises the conversion");
        Set<ValidationMessage> errors = SchemaCheck.DOCUMENT.errors(line);
        assertTrue(errors.isEmpty(), errors::toString);

        line.putArray("cut_sentences").addArray().add(3);
        assertFalse(SchemaCheck.DOCUMENT.errors(line).isEmpty(), "a piece is a [begin, end] pair");
    }

    @Test
    void aFailedDocumentLineMustNotCarryResults() throws IOException {
        ObjectNode failed = DocumentJson.failure("x.txt", io.claimant.pipeline.ErrorCode.NOT_FOUND, "x.txt: no such file");
        failed.put("text_length", 12);
        assertFalse(SchemaCheck.DOCUMENT.errors(failed).isEmpty());

        ObjectNode brokenClaim = DocumentJson.toJson("d", doc);
        ((ObjectNode) brokenClaim.at("/claims/0")).remove("id");
        assertFalse(SchemaCheck.DOCUMENT.errors(brokenClaim).isEmpty(), "claims are checked against claim-v1");
    }

    private ObjectNode claimLine() throws IOException {
        return (ObjectNode) MAPPER.readTree(write(ClaimsJsonLinesWriter::new).get(0));
    }

    private List<String> write(Function<OutputStream, ResultWriter> format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ResultWriter w = format.apply(bytes)) {
            w.write(DocumentResult.success(doc, 0.1));
            w.write(DocumentResult.failure("gone.txt", io.claimant.pipeline.ErrorCode.NOT_FOUND, "gone.txt: no such file", 0.0));
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void assertValid(SchemaCheck schema, String line) throws IOException {
        Set<ValidationMessage> errors = schema.errors(line);
        assertTrue(errors.isEmpty(), () -> line + "\n -> " + errors);
    }

    private static void assertRejected(ObjectNode line, String field) {
        String errors = SchemaCheck.CLAIM.errors(line).toString();
        assertTrue(errors.contains(field), () -> "expected an error about " + field + ", got " + errors);
    }
}
