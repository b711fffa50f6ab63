package io.claimant.attribution.rules;

import io.claimant.document.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Attributions in a headline (GUIDELINES R5a), on hand-built documents whose tags are the ones the tagger gives
 * headlinese: verbs read as nouns ("study finds/NOUN", "Rutte Says/PROPN"). Each headline is the first paragraph;
 * a body sentence follows where the case needs one.
 */
class HeadlineRulesTest {

    record Case(String pattern, String tokens, List<String> names, List<String> expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    private static final String BODY = " || The/DET report/NOUN came/VERB/come out/ADP on/ADP Monday/PROPN .";

    static Stream<Case> patterns() {
        return Stream.of(
                new Case("a closing tag whose verb the tagger read as a noun",
                        "Glacier/NOUN above/ADP Tessaly/PROPN could/AUX lose/VERB half/DET its/PRON ice/NOUN , "
                                + "study/NOUN finds/NOUN/finds" + BODY,
                        List.of(),
                        List.of("study | finds | Glacier above Tessaly could lose half its ice")),
                new Case("a closing tag whose source words are mistagged too",
                        "Skarn/NOUN Glacier/PROPN lost/VERB a/DET fifth/NOUN of/ADP its/PRON ice/NOUN , drone/PRON "
                                + "survey/VERB finds/NOUN/finds" + BODY,
                        List.of(),
                        List.of("drone survey | finds | Skarn Glacier lost a fifth of its ice")),
                new Case("a closing tag on a headline with no word tagged a verb",
                        "Malaria/PROPN drug/NOUN halves/NOUN/halve children/NOUN ’s/PART hospital/NOUN stays/NOUN/stay , "
                                + "researchers/NOUN/researcher say/VERB" + BODY,
                        List.of(),
                        List.of("researchers | say | Malaria drug halves children’s hospital stays")),
                new Case("a title-case headline with the cue in front",
                        "Rutte/PROPN Says/PROPN/says NATO/PROPN Is/AUX/be Vital/ADJ" + BODY,
                        List.of("Rutte"),
                        List.of("Rutte | Says | NATO Is Vital")),
                new Case("an -s word at the end is a plural, not a cue",
                        "Senator/PROPN Criticized/VERB/criticize Over/ADP Police/NOUN Shooting/NOUN Comments/NOUN/comment"
                                + BODY,
                        List.of(),
                        List.of()),
                new Case("the same words in the body are left to the tagger",
                        "Glaciers/NOUN/glacier in/ADP retreat/NOUN || Glacier/NOUN above/ADP Tessaly/PROPN could/AUX "
                                + "lose/VERB half/DET its/PRON ice/NOUN , study/NOUN finds/NOUN/finds .",
                        List.of(),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void headlineAttributions(Case c) {
        Document doc = RuleTestDocuments.document(c.tokens(), c.names());
        assertEquals(c.expected(), RuleCandidatesTest.describe(doc, new RuleCandidates().candidates(doc)), doc.text());
    }
}
