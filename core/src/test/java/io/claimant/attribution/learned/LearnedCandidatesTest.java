package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.learned.steps.Steps;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import io.claimant.testing.HandMadeModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learned stage end to end on hand-built documents, with a model whose weights were set by hand. */
class LearnedCandidatesTest {

    /** "said" is the hand-made model's cue; "argued" only the rules know. */
    private static final Document DOC = HandBuiltDocument.parse(
            "Karel/PROPN Voss/PROPN said/VERB/say the/DET plan/NOUN failed/VERB/fail . || "
                    + "Lee/PROPN argued/VERB/argue that/SCONJ costs/NOUN rose/VERB/rise .")
            .name("Karel Voss", EntityType.PERSON).name("Lee", EntityType.PERSON).build();

    private static List<String> described(Document doc, List<Candidate> candidates) {
        return candidates.stream().map(c -> (c.source() == null ? "-" : doc.text(c.source())) + " | "
                + doc.text(c.cue()) + " | " + doc.text(c.content())).toList();
    }

    private static LearnedCandidates stage(List<String> steps) {
        return LearnedCandidates.of(HandMadeModel.withSteps(steps), Lexicon.builtIn(), WordClusters.NONE);
    }

    @Test
    void theModelsFindSourceCueAndContentAndTheRulesFillInWhatTheyMissed() {
        assertEquals(List.of("Karel Voss | said | the plan failed", "Lee | argued | that costs rose"),
                described(DOC, stage(Steps.DEFAULT).candidates(DOC)));
    }

    @Test
    void aStepLeftOutOfTheListDoesNotRun() {
        LearnedCandidates withoutFallback = stage(List.of("outermost-only"));
        assertEquals(List.of("outermost-only"), withoutFallback.steps());
        assertEquals(List.of("Karel Voss | said | the plan failed"), described(DOC, withoutFallback.candidates(DOC)));
    }

    @Test
    void theStepsAreThoseOfTheModelCardUnlessGiven() {
        assertEquals(List.of("rule-fallback"), stage(List.of("rule-fallback")).steps());
        LearnedCandidates given = new LearnedCandidates(HandMadeModel.withSteps(Steps.DEFAULT), Lexicon.builtIn(),
                WordClusters.NONE, List.of());
        assertEquals(List.of(), given.steps());
        assertThrows(IllegalArgumentException.class, () -> stage(List.of("no-such-step")));
    }

    @Test
    void candidatesComeInDocumentOrder() {
        Document doc = HandBuiltDocument.parse("Lee/PROPN argued/VERB/argue that/SCONJ costs/NOUN rose/VERB/rise . || "
                        + "Karel/PROPN Voss/PROPN said/VERB/say the/DET plan/NOUN failed/VERB/fail .")
                .name("Karel Voss", EntityType.PERSON).name("Lee", EntityType.PERSON).build();
        assertEquals(List.of("Lee | argued | that costs rose", "Karel Voss | said | the plan failed"),
                described(doc, stage(Steps.DEFAULT).candidates(doc)));
    }

    @Test
    void theCueAndRoleModelsCanBeMeasuredAlone() {
        LearnedCandidates stage = stage(Steps.DEFAULT);
        assertEquals(List.of(new TokenSpan(2, 3)), stage.cueTokens(DOC));
        // Given "argued" as a gold cue, which the cue model misses, the role model alone finds its source and content.
        List<Candidate> forGold = stage.candidatesForCues(DOC, List.of(new TokenSpan(8, 9)));
        assertEquals(List.of("Lee | argued | that costs rose"), described(DOC, forGold));
        assertTrue(forGold.get(0).evidence() > 0.5, "evidence follows the content's probability");
    }
}
