package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimant.attribution.learned.steps.StepTesting.candidate;
import static io.claimant.attribution.learned.steps.StepTesting.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceFromRulesTest {

    private static final Document DOC = HandBuiltDocument.parse("The/DET ministry/NOUN warned/VERB/warn that/SCONJ "
            + "prices/NOUN/price would/AUX rise/VERB and/CCONJ wages/NOUN/wage would/AUX fall/VERB .").build();

    private static List<String> apply(Candidate learned, Candidate rule) {
        return described(DOC, new SourceFromRules().apply(List.of(learned), new StepContext(DOC, List.of(rule))));
    }

    @Test
    void aMissingSourceIsTakenFromTheRulesForTheSameCueAndContent() {
        assertEquals(List.of("The ministry | warned | that prices would rise"),
                apply(candidate(DOC, "-", "warned", "that prices would rise"),
                        candidate(DOC, "The ministry", "warned", "that prices would rise and wages would fall")));
    }

    @Test
    void aSourceTheModelFoundIsKept() {
        assertEquals(List.of("ministry | warned | that prices would rise"),
                apply(candidate(DOC, "ministry", "warned", "that prices would rise"),
                        candidate(DOC, "The ministry", "warned", "that prices would rise")));
    }

    @Test
    void contentsThatDoNotOverlapAreNotTheSameAttribution() {
        assertEquals(List.of("- | warned | wages would fall"),
                apply(candidate(DOC, "-", "warned", "wages would fall"),
                        candidate(DOC, "The ministry", "warned", "that prices would rise")));
    }
}
