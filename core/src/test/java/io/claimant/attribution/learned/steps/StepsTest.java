package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimant.attribution.learned.steps.StepTesting.candidate;
import static io.claimant.attribution.learned.steps.StepTesting.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepsTest {

    @Test
    void theDefaultListNamesEveryStepInOrder() {
        assertEquals(List.of("relative-pronoun-source", "source-from-rules", "quote-continuation-from-rules",
                "split-coordinated-claims", "outermost-only", "rule-fallback"), Steps.DEFAULT);
        assertEquals(Steps.DEFAULT, Steps.named(Steps.DEFAULT, Lexicon.builtIn()).names());
    }

    @Test
    void anUnknownOrRepeatedNameIsRefusedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Steps.named(List.of("outermost"), Lexicon.builtIn()));
        assertTrue(e.getMessage().contains("outermost-only"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Steps.named(List.of("rule-fallback", "rule-fallback"), Lexicon.builtIn()));
    }

    /** Order matters: nesting is judged on contents after coordinated claims are split, not before. */
    @Test
    void stepsRunInTheOrderNamed() {
        Document doc = HandBuiltDocument.parse("Nurses/NOUN complain/VERB that/SCONJ shifts/NOUN are/AUX long/ADJ , "
                + "and/CCONJ the/DET union/NOUN warned/VERB that/SCONJ staff/NOUN were/AUX tired/ADJ .").build();
        Candidate first = candidate(doc, "Nurses", "complain", "that shifts are long, and the union warned that staff were tired");
        Candidate second = candidate(doc, "the union", "warned", "that staff were tired");
        StepContext context = new StepContext(doc, List.of());
        List<Candidate> splitFirst = Steps.named(List.of("split-coordinated-claims", "outermost-only"),
                Lexicon.builtIn()).apply(List.of(first, second), context);
        assertEquals(List.of("Nurses | complain | that shifts are long", "the union | warned | that staff were tired"),
                described(doc, splitFirst));
        List<Candidate> nestedFirst = Steps.named(List.of("outermost-only", "split-coordinated-claims"),
                Lexicon.builtIn()).apply(List.of(first, second), context);
        assertEquals(List.of("Nurses | complain | that shifts are long, and the union warned that staff were tired"),
                described(doc, nestedFirst));
    }
}
