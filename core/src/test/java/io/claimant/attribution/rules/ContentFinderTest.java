package io.claimant.attribution.rules;

import io.claimant.document.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.claimant.attribution.rules.RuleTestDocuments.LEXICON;
import static io.claimant.attribution.rules.RuleTestDocuments.cueIndices;
import static io.claimant.attribution.rules.RuleTestDocuments.document;
import static io.claimant.attribution.rules.RuleTestDocuments.firstSentence;
import static io.claimant.attribution.rules.RuleTestDocuments.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The content a cue introduces, as the token range ContentFinder delimits, on hand-built sentences. */
class ContentFinderTest {

    /** @param expected the content's text, or null when nothing reportable follows the cue */
    record Case(String pattern, String tokens, String cue, String expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("'that' after an object and a time phrase",
                        "Voss/PROPN told/VERB/tell reporters/NOUN/reporter on/ADP Monday/PROPN that/SCONJ the/DET "
                                + "levy/NOUN would/AUX go/VERB .",
                        "told", "that the levy would go"),
                new Case("a noun-object verb directly before a clause",
                        "Voss/PROPN denied/VERB/deny that/SCONJ the/DET plan/NOUN was/AUX/be dead/ADJ .",
                        "denied", "that the plan was dead"),
                new Case("a noun-object verb before 'that' as a determiner",
                        "Voss/PROPN denied/VERB/deny that/DET charge/NOUN on/ADP Tuesday/PROPN .",
                        "denied", null),
                new Case("a quotation straight after a speech verb",
                        "Voss/PROPN said/VERB/say “ No/INTJ . ”",
                        "said", "“No.”"),
                new Case("a short quotation after a verb that does not take one names something",
                        "The/DET poll/NOUN shows/VERB/show ‘ Politicking/PROPN ’ .",
                        "shows", null),
                new Case("a colon without a quotation",
                        "The/DET report/NOUN states/VERB/state : the/DET levy/NOUN must/AUX go/VERB .",
                        "states", "the levy must go"),
                new Case("a verbless phrase, a colon and a quotation",
                        "Voss/PROPN wrote/VERB/write on/ADP the/DET network/NOUN Plume/PROPN : “ We/PRON stay/VERB . ”",
                        "wrote", "“We stay.”"),
                new Case("a judgement as a quoted label",
                        "Voss/PROPN called/VERB/call it/PRON “ a/DET disgrace/NOUN ” .",
                        "called", "it “a disgrace”"),
                new Case("a judgement with 'as'",
                        "The/DET bill/NOUN criticizes/VERB/criticize NATO/PROPN as/ADP a/DET relic/NOUN .",
                        "criticizes", "NATO as a relic"),
                new Case("the complement of 'call for'",
                        "The/DET union/NOUN called/VERB/call for/ADP a/DET strike/NOUN .",
                        "called", "a strike"),
                new Case("a bare clause",
                        "Voss/PROPN said/VERB/say the/DET head/NOUN of/ADP the/DET agency/NOUN would/AUX resign/VERB .",
                        "said", "the head of the agency would resign"),
                new Case("an object is no bare clause",
                        "Voss/PROPN stressed/VERB/stress the/DET importance/NOUN of/ADP NATO/PROPN .",
                        "stressed", null),
                new Case("a verb without bare clauses takes none",
                        "Voss/PROPN denied/VERB/deny the/DET plan/NOUN was/AUX/be dead/ADJ .",
                        "denied", null),
                new Case("the content ends where a coordinated cue takes over",
                        "Voss/PROPN argued/VERB/argue that/SCONJ rates/NOUN/rate would/AUX rise/VERB , and/CCONJ "
                                + "warned/VERB/warn that/SCONJ growth/NOUN would/AUX slow/VERB .",
                        "argued", "that rates would rise"),
                new Case("a cue nested in the content does not end it",
                        "Voss/PROPN argued/VERB/argue that/SCONJ critics/NOUN/critic who/PRON claim/VERB that/SCONJ "
                                + "rates/NOUN/rate will/AUX rise/VERB are/AUX/be wrong/ADJ .",
                        "argued", "that critics who claim that rates will rise are wrong"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void delimitsTheContent(Case c) {
        Document doc = document(c.tokens(), List.of());
        SentenceView s = firstSentence(doc);
        ContentFinder contents = new ContentFinder(s, doc.quotations(), cueIndices(s), LEXICON);
        int cue = indexOf(s, c.cue());
        int from = cue + 1; // after a one-word cue; for "called for" AttributionFinder also starts at "for"
        ContentFinder.FoundContent found = contents.after(from, s.lemma(cue));
        assertEquals(c.expected(), found == null ? null : doc.text(contents.span(found)), doc.text());
    }
}
