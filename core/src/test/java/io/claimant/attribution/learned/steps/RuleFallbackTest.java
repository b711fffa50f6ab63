package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimant.attribution.learned.steps.StepTesting.candidate;
import static io.claimant.attribution.learned.steps.StepTesting.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleFallbackTest {

    private static final Document DOC = HandBuiltDocument.parse("Voss/PROPN said/VERB/say that/SCONJ Lee/PROPN "
            + "argued/VERB/argue for/ADP cuts/NOUN/cut . || Ortiz/PROPN warned/VERB/warn of/ADP floods/NOUN/flood .").build();

    private static List<String> apply(List<Candidate> learned, List<Candidate> rules) {
        return described(DOC, new RuleFallback().apply(learned, new StepContext(DOC, rules)));
    }

    @Test
    void aRuleCandidateWhereTheModelsFoundNothingIsAdded() {
        Candidate learned = candidate(DOC, "Voss", "said", "that Lee argued for cuts");
        Candidate missed = candidate(DOC, "Ortiz", "warned", "of floods");
        assertEquals(List.of("Voss | said | that Lee argued for cuts", "Ortiz | warned | of floods"),
                apply(List.of(learned), List.of(missed)));
    }

    @Test
    void aRuleCandidateSharingACueOrContentOrNestedInALearnedContentIsNot() {
        Candidate learned = candidate(DOC, "Voss", "said", "that Lee argued for cuts");
        Candidate sameCue = candidate(DOC, "Voss", "said", "Lee argued for cuts");
        Candidate nested = candidate(DOC, "Lee", "argued", "for cuts");
        assertEquals(List.of("Voss | said | that Lee argued for cuts"), apply(List.of(learned), List.of(sameCue, nested)));
    }
}
