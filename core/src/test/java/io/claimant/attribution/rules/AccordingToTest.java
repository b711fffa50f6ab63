package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.claimant.attribution.rules.RuleTestDocuments.LEXICON;
import static io.claimant.attribution.rules.RuleTestDocuments.document;
import static io.claimant.attribution.rules.RuleTestDocuments.firstSentence;
import static io.claimant.attribution.rules.RuleTestDocuments.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "according to X" on hand-built sentences: "source | content", or null when the sentence has no such claim. */
class AccordingToTest {

    record Case(String pattern, String tokens, List<String> names, String expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("opening the sentence, the content after the source's comma",
                        "According/VERB/accord to/ADP Rutte/PROPN , the/DET alliance/NOUN is/AUX/be strong/ADJ .",
                        List.of("Rutte"), "Rutte | the alliance is strong"),
                new Case("an apposition after the source is skipped",
                        "According/VERB/accord to/ADP Ilka/PROPN Brenner/PROPN , a/DET shipping/NOUN economist/NOUN "
                                + "at/ADP Kiel/PROPN , freight/NOUN rates/NOUN/rate will/AUX fall/VERB .",
                        List.of("Ilka Brenner"), "Ilka Brenner | freight rates will fall"),
                new Case("after its own comma, the content before it",
                        "The/DET alliance/NOUN is/AUX/be strong/ADJ , according/VERB/accord to/ADP Rutte/PROPN .",
                        List.of("Rutte"), "Rutte | The alliance is strong"),
                new Case("opening the sentence with no comma after the source",
                        "According/VERB/accord to/ADP Rutte/PROPN the/DET alliance/NOUN is/AUX/be strong/ADJ .",
                        List.of("Rutte"), null),
                new Case("inside a clause with no comma before it",
                        "Rates/NOUN/rate rose/VERB/rise sharply/ADV according/VERB/accord to/ADP the/DET "
                                + "report/NOUN .",
                        List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAccordingTo(Case c) {
        Document doc = document(c.tokens(), c.names());
        SentenceView s = firstSentence(doc);
        int at = indexOf(s, s.token(0).text().equals("According") ? "According" : "according");
        ContentFinder contents = new ContentFinder(s, doc.quotations(), new CueWords(LEXICON).in(s), LEXICON);
        AccordingTo rule = new AccordingTo(new NearbyQuotes(doc, new TopQuotations(doc.quotations())));
        Candidate found = rule.candidate(s, at, contents);
        assertEquals(c.expected(), found == null ? null : doc.text(found.source()) + " | " + doc.text(found.content()),
                doc.text());
    }
}
