package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CoordinatedClaimsTest {

    private static Span span(Document doc, String text) {
        int begin = doc.text().indexOf(text);
        return new Span(begin, begin + text.length());
    }

    private static Candidate candidate(Document doc, String source, String cue, String content) {
        return new Candidate(span(doc, source), span(doc, cue), cue, List.of(span(doc, content)), 0, 1, 1);
    }

    private static List<Candidate> split(Document doc, Candidate... candidates) {
        return new CoordinatedClaims().apply(List.of(candidates), new StepContext(doc, List.of()));
    }

    @Test
    void aContentStopsBeforeTheNextClaimsSourceAndCue() {
        Document doc = HandBuiltDocument.parse("Nurses/NOUN complain/VERB that/SCONJ shifts/NOUN are/AUX long/ADJ , "
                + "and/CCONJ the/DET union/NOUN warned/VERB that/SCONJ staff/NOUN were/AUX tired/ADJ .").build();
        Candidate first = candidate(doc, "Nurses", "complain", "that shifts are long, and the union warned that staff were tired");
        Candidate second = candidate(doc, "the union", "warned", "that staff were tired");
        List<Candidate> out = split(doc, first, second);
        assertEquals("that shifts are long", doc.text(out.get(0).content()));
        assertSame(second, out.get(1));
    }

    @Test
    void aContentStopsBeforeASecondCueOfTheSameSource() {
        Document doc = HandBuiltDocument.parse("Rutte/PROPN emphasized/VERB/emphasize the/DET importance/NOUN "
                + "and/CCONJ reaffirmed/VERB/reaffirm the/DET commitment/NOUN .").build();
        Candidate first = candidate(doc, "Rutte", "emphasized", "the importance and reaffirmed the commitment");
        Candidate second = candidate(doc, "Rutte", "reaffirmed", "the commitment");
        assertEquals("the importance", doc.text(split(doc, first, second).get(0).content()));
    }

    @Test
    void aCueNestedUnderAnotherSourceDoesNotCut() {
        // "he would support and defend the plan": the inner cues have their own source, "he", inside the content.
        Document doc = HandBuiltDocument.parse("Voss/PROPN said/VERB/say he/PRON would/AUX support/VERB and/CCONJ "
                + "defend/VERB the/DET plan/NOUN .").build();
        Candidate outer = candidate(doc, "Voss", "said", "he would support and defend the plan");
        Candidate inner = new Candidate(span(doc, "he"), span(doc, "defend"), "defend",
                List.of(span(doc, "the plan")), 0, 1, 1);
        assertSame(outer, split(doc, outer, inner).get(0));
    }
}
