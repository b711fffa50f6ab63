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

class RelativePronounSourceTest {

    private static final Document DOC = HandBuiltDocument.parse("Truckers/NOUN/trucker , who/PRON say/VERB "
            + "fuel/NOUN costs/VERB/cost too/ADV much/ADJ , want/VERB relief/NOUN .").build();

    private static List<String> apply(Candidate learned, Candidate rule) {
        return described(DOC, new RelativePronounSource(Lexicon.builtIn()).apply(List.of(learned),
                new StepContext(DOC, rule == null ? List.of() : List.of(rule))));
    }

    @Test
    void aRelativePronounGivesWayToTheRulesNounPhrase() {
        assertEquals(List.of("Truckers | say | fuel costs too much"),
                apply(candidate(DOC, "who", "say", "fuel costs too much"),
                        candidate(DOC, "Truckers", "say", "fuel costs too much")));
    }

    @Test
    void withoutARuleCandidateForTheSameCueThePronounStays() {
        assertEquals(List.of("who | say | fuel costs too much"),
                apply(candidate(DOC, "who", "say", "fuel costs too much"), null));
    }

    @Test
    void aSourceThatIsNoRelativePronounIsKept() {
        assertEquals(List.of("Truckers | say | fuel costs too much"),
                apply(candidate(DOC, "Truckers", "say", "fuel costs too much"),
                        candidate(DOC, "who", "say", "fuel costs too much")));
    }
}
