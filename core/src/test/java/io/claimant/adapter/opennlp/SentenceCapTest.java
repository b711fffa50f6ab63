package io.claimant.adapter.opennlp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimant.document.Document;
import io.claimant.document.Sentence;
import io.claimant.document.SentenceCap;
import io.claimant.document.Token;
import io.claimant.output.DocumentJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run of text with no sentence end is cut into pieces the taggers can take, and the cut is reported. */
class SentenceCapTest {

    private static final OpenNlpTextAnnotator ANNOTATOR = new OpenNlpTextAnnotator();

    @Test
    void aLineWithNoFullStopIsCutIntoFlaggedPiecesAtCommas() {
        // 8 words and a comma, 100 times: 900 tokens, never a full stop.
        String clause = "the council will look at the plan again, ";
        String text = "He said \"" + clause.repeat(100) + "and then";
        Document doc = ANNOTATOR.annotate(Document.of("d", text));

        List<Sentence> sentences = doc.sentences();
        assertTrue(sentences.size() >= 3, "900 tokens need at least three pieces: " + sentences.size());
        int covered = 0;
        for (Sentence s : sentences) {
            List<Token> tokens = doc.tokens(s);
            assertTrue(s.cut(), "every piece is flagged");
            assertTrue(tokens.size() <= SentenceCap.MAX_TOKENS, "piece of " + tokens.size() + " tokens");
            assertEquals(s.begin(), tokens.get(0).begin());
            assertEquals(s.end(), tokens.get(tokens.size() - 1).end());
            covered += tokens.size();
            if (s.index() < sentences.size() - 1) {
                assertEquals(",", tokens.get(tokens.size() - 1).text(), "cut after a comma, not mid-clause");
            }
            tokens.forEach(t -> assertTrue(t.pos() != null && t.lemma() != null, "tagged: " + t));
        }
        assertEquals(doc.tokens().size(), covered, "no token lost or repeated");

        ObjectNode json = DocumentJson.toJson("d", doc);
        ArrayNode cut = (ArrayNode) json.get("cut_sentences");
        assertEquals(sentences.size(), cut.size());
        assertEquals(sentences.get(1).begin(), cut.get(1).get(0).asInt()); // ASCII text: code points = chars
        assertEquals(sentences.get(1).end(), cut.get(1).get(1).asInt());
    }

    @Test
    void withNoCommaInReachTheCutIsHardAtTheLimit() {
        String text = "word ".repeat(SentenceCap.MAX_TOKENS * 2 + 5);
        Document doc = ANNOTATOR.annotate(Document.of("d", text));
        assertEquals(List.of(SentenceCap.MAX_TOKENS, SentenceCap.MAX_TOKENS, 5),
                doc.sentences().stream().map(s -> s.endToken() - s.firstToken()).toList());
    }

    @Test
    void ordinarySentencesAreNotCutAndTheDocumentLineSaysNothingAboutCuts() {
        Document doc = ANNOTATOR.annotate(Document.of("d", "The mayor said the bridge would reopen. It did not."));
        assertEquals(2, doc.sentences().size());
        assertFalse(doc.sentences().get(0).cut());
        assertNull(DocumentJson.toJson("d", doc).get("cut_sentences"));
    }
}
