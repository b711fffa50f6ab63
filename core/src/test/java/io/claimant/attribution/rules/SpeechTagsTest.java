package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.claimant.attribution.rules.RuleTestDocuments.LEXICON;
import static io.claimant.attribution.rules.RuleTestDocuments.document;
import static io.claimant.attribution.rules.RuleTestDocuments.firstSentence;
import static io.claimant.attribution.rules.RuleTestDocuments.indexOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cue read as a speech tag after its content, on hand-built sentences: "source | cue | content | evidence"
 * (segments joined by " … "), or null when the cue is no such tag.
 */
class SpeechTagsTest {

    record Case(String pattern, String tokens, List<String> names, String cue, String expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a tag after a quote takes the quote, surely",
                        "“ We/PRON will/AUX not/PART abandon/VERB the/DET towns/NOUN/town , ” she/PRON said/VERB/say .",
                        List.of(), "said", "she | said | We will not abandon the towns, | 1.0"),
                new Case("an inverted tag finds its speaker after the cue",
                        "“ The/DET budget/NOUN is/AUX/be balanced/ADJ , ” said/VERB/say Finance/PROPN Minister/PROPN "
                                + "Arvo/PROPN Kettunen/PROPN .",
                        List.of("Arvo Kettunen"), "said",
                        "Finance Minister Arvo Kettunen | said | The budget is balanced, | 1.0"),
                new Case("a tag between two quotes takes both",
                        "“ We/PRON are/AUX/be ready/ADJ , ” Pelletier/PROPN said/VERB/say , “ but/CCONJ not/PART "
                                + "at/ADP any/DET price/NOUN . ”",
                        List.of("Pelletier"), "said", "Pelletier | said | We are ready, … but not at any price. | 1.0"),
                new Case("a verbless phrase may trail the tag before the quote reopens",
                        "“ We/PRON are/AUX/be ready/ADJ , ” he/PRON told/VERB/tell reporters/NOUN/reporter "
                                + "outside/ADP his/PRON office/NOUN in/ADP Estrava/PROPN , “ and/CCONJ we/PRON will/AUX "
                                + "stay/VERB . ”",
                        List.of(), "told", "he | told | We are ready, … and we will stay. | 1.0"),
                new Case("a tag after a paraphrase takes the clause before its comma, less surely",
                        "The/DET levy/NOUN will/AUX be/AUX scrapped/VERB/scrap next/ADJ year/NOUN , the/DET "
                                + "ministry/NOUN said/VERB/say .",
                        List.of(), "said", "the ministry | said | The levy will be scrapped next year | 0.75"),
                new Case("too short a clause before the comma is no content",
                        "Rates/NOUN/rate rose/VERB/rise , she/PRON said/VERB/say .",
                        List.of(), "said", null),
                new Case("a participle is no tag",
                        "Merz/PROPN spoke/VERB/speak at/ADP length/NOUN , emphasizing/VERB/emphasize the/DET "
                                + "alliance/NOUN .",
                        List.of("Merz"), "emphasizing", null),
                new Case("a cue before its content is no tag",
                        "Voss/PROPN said/VERB/say that/SCONJ the/DET plan/NOUN was/AUX/be dead/ADJ .",
                        List.of("Voss"), "said", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheTag(Case c) {
        Document doc = document(c.tokens(), c.names());
        SentenceView s = firstSentence(doc);
        TopQuotations quotes = new TopQuotations(doc.quotations());
        SpeechTags tags = new SpeechTags(LEXICON, quotes, new NearbyQuotes(doc, quotes));
        int cue = indexOf(s, c.cue());
        String lemma = s.lemma(cue);
        CueVerb verb = new CueVerb(cue, cue + 1, new Span(s.begin(cue), s.end(cue)), lemma, LEXICON.strength(lemma));
        Candidate found = tags.afterContent(s, verb, new SourceFinder(s, LEXICON));
        assertEquals(c.expected(), describe(doc, found), doc.text());
    }

    private static String describe(Document doc, Candidate c) {
        if (c == null) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (Span segment : c.segments()) {
            segments.add(doc.text(segment));
        }
        return doc.text(c.source()) + " | " + doc.text(c.cue()) + " | " + String.join(" … ", segments) + " | "
                + c.evidence();
    }
}
