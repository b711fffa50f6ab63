package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimant.attribution.learned.steps.StepTesting.candidate;
import static io.claimant.attribution.learned.steps.StepTesting.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteContinuationFromRulesTest {

    // Voss said: “We will stay. || “We will pay.”
    private static final Document DOC = HandBuiltDocument.parse("Voss/PROPN said/VERB/say : “ We/PRON will/AUX "
            + "stay/VERB . || “ We/PRON will/AUX pay/VERB . ”").build();

    private static List<String> apply(Candidate learned, Candidate rule) {
        return described(DOC, new QuoteContinuationFromRules().apply(List.of(learned), new StepContext(DOC, List.of(rule))));
    }

    @Test
    void theRulesCarryTheQuoteOnIntoTheNextParagraph() {
        Candidate rule = candidate(DOC, "Voss", "said", "We will stay. … We will pay.");
        assertEquals(List.of("Voss | said | We will stay. … We will pay."),
                apply(candidate(DOC, "Voss", "said", "We will stay."), rule));
    }

    @Test
    void aLearnedContentThatStartsEarlierWithMoreThanMarksKeepsItsStart() {
        Candidate rule = candidate(DOC, "Voss", "said", "We will stay. … We will pay.");
        assertEquals(List.of("Voss | said | : “We will stay. … We will pay."),
                apply(candidate(DOC, "Voss", "said", ": “We will stay."), rule));
    }

    @Test
    void aLearnedContentThatOnlyAddsTheOpeningMarkStartsWhereTheRulesDo() {
        // The learned segment is the opening mark and the words; the rules' starts after the mark.
        Candidate rule = candidate(DOC, "Voss", "said", "We will stay. … We will pay.");
        Candidate learned = new Candidate(StepTesting.span(DOC, "Voss"), StepTesting.span(DOC, "said"), "say",
                List.of(StepTesting.span(DOC, "“We")), 0, 1, 1);
        assertEquals(List.of("Voss | said | We will stay. … We will pay."), apply(learned, rule));
    }

    @Test
    void aRuleCandidateWithoutContinuationChangesNothing() {
        assertEquals(List.of("Voss | said | We will"),
                apply(candidate(DOC, "Voss", "said", "We will"), candidate(DOC, "Voss", "said", "We will stay.")));
    }
}
