package io.claimant.attribution.rules;

import io.claimant.document.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.claimant.attribution.rules.RuleTestDocuments.LEXICON;
import static io.claimant.attribution.rules.RuleTestDocuments.document;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which tokens are cues and with what lemma, on hand-built documents whose tags and lemmas are the ones the tagger
 * and the lemmatizer get wrong. Each expected cue is written "word=lemma"; the cues of the document's last
 * sentence are asked for, so that a case can put a headline before it.
 */
class CueWordsTest {

    record Case(String pattern, String tokens, List<String> expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a lemma the lemmatizer missed is found among the regular inflections",
                        "Voss/PROPN contended/VERB/contende that/SCONJ rates/NOUN/rate would/AUX rise/VERB .",
                        List.of("contended=contend")),
                new Case("a doubled final consonant is undone",
                        "Voss/PROPN admitted/VERB/admitte that/SCONJ the/DET plan/NOUN failed/VERB/fail .",
                        List.of("admitted=admit")),
                new Case("-ied comes from -y",
                        "Voss/PROPN replied/VERB/replie that/SCONJ the/DET plan/NOUN worked/VERB/work .",
                        List.of("replied=reply")),
                new Case("an -ing word tagged a noun is a cue before 'that'",
                        "The/DET bill/NOUN passed/VERB/pass , with/ADP supporters/NOUN/supporter warning/NOUN that/SCONJ "
                                + "delay/NOUN was/AUX/be costly/ADJ .",
                        List.of("warning=warn")),
                new Case("a cue noun before 'that'",
                        "Her/PRON claim/NOUN that/SCONJ rates/NOUN/rate would/AUX rise/VERB proved/VERB/prove wrong/ADJ .",
                        List.of("claim=claim")),
                new Case("a cue noun before anything else is no cue",
                        "The/DET claim/NOUN was/AUX/be withdrawn/VERB/withdraw .",
                        List.of()),
                new Case("a passive is no cue",
                        "It/PRON was/AUX/be officially/ADV announced/VERB/announce that/SCONJ the/DET plan/NOUN "
                                + "was/AUX/be dead/ADJ .",
                        List.of()),
                new Case("a cue verb after 'to' is no cue",
                        "Voss/PROPN declined/VERB/decline to/PART say/VERB whether/SCONJ the/DET plan/NOUN was/AUX/be "
                                + "dead/ADJ .",
                        List.of()),
                new Case("'point' is a cue only with 'out'",
                        "Voss/PROPN pointed/VERB/point out/ADP that/SCONJ costs/NOUN/cost rose/VERB/rise , and/CCONJ "
                                + "pointed/VERB/point to/ADP the/DET budget/NOUN .",
                        List.of("pointed=point")),
                new Case("'according to' is a cue at 'according'",
                        "The/DET alliance/NOUN is/AUX/be strong/ADJ , according/VERB/accord to/ADP Rutte/PROPN .",
                        List.of("according=null")),
                new Case("a headline verb tagged a name",
                        "Rutte/PROPN Says/PROPN/says NATO/PROPN Is/AUX/be Vital/ADJ",
                        List.of("Says=say")),
                new Case("the same words in the body are left to the tagger",
                        "Alliance/PROPN news/NOUN || Rutte/PROPN Says/PROPN/says NATO/PROPN Is/AUX/be Vital/ADJ .",
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheCues(Case c) {
        Document doc = document(c.tokens(), List.of());
        SentenceView s = new SentenceView(doc, doc.sentences().get(doc.sentences().size() - 1));
        CueWords cueWords = new CueWords(LEXICON);
        List<String> found = new ArrayList<>();
        for (int i : cueWords.in(s)) {
            found.add(s.token(i).text() + "=" + cueWords.lemma(s, i));
        }
        assertEquals(c.expected(), found, doc.text());
    }
}
