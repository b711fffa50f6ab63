package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutermostOnlyTest {

    private static Candidate candidate(int sourceBegin, int cueBegin, int cueEnd, int contentBegin, int contentEnd) {
        return new Candidate(new Span(sourceBegin, cueBegin - 1), new Span(cueBegin, cueEnd), "say",
                List.of(new Span(contentBegin, contentEnd)), 0, 1.0, 1.0);
    }

    private static List<Candidate> outermost(Candidate... candidates) {
        return new OutermostOnly().apply(List.of(candidates), new StepContext(Document.of("test", " ".repeat(100)), List.of()));
    }

    @Test
    void dropsAnAttributionWhoseCueLiesInAnotherOnesContent() {
        // "Lee said that Ortiz warned that the pier would block the channel."
        Candidate outer = candidate(0, 4, 8, 9, 66);
        Candidate inner = candidate(14, 20, 26, 27, 66);
        assertEquals(List.of(outer), outermost(outer, inner));
    }

    @Test
    void keepsAttributionsSideBySide() {
        Candidate first = candidate(0, 4, 8, 9, 30);
        Candidate second = candidate(36, 40, 46, 47, 80);
        assertEquals(List.of(first, second), outermost(first, second));
    }

    @Test
    void aTagBetweenTwoQuotedPartsIsNotNestedInItsOwnContent() {
        // "“A,” she said, “B.”": the content's segments leave the tag out.
        Candidate c = new Candidate(new Span(6, 9), new Span(10, 14), "say",
                List.of(new Span(1, 3), new Span(17, 19)), 0, 1.0, 1.0);
        Candidate other = candidate(30, 34, 38, 39, 60);
        assertEquals(List.of(c, other), outermost(c, other));
    }
}
