package io.claimant.attribution.rules;

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

/** The source noun phrase of a cue, before it or (in an inverted tag) after it, on hand-built sentences. */
class SourceFinderTest {

    /** @param after look after the cue (an inverted tag) rather than before it; expected null: no source */
    record Case(String pattern, String tokens, List<String> names, String cue, boolean after, String expected) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a pronoun is a whole noun phrase",
                        "On/ADP Friday/PROPN night/NOUN she/PRON wrote/VERB/write that/SCONJ it/PRON was/AUX/be over/ADV .",
                        List.of(), "wrote", false, "she"),
                new Case("auxiliaries and adverbs are skipped",
                        "The/DET council/NOUN has/AUX/have also/ADV publicly/ADV stated/VERB/state that/SCONJ it/PRON "
                                + "would/AUX appeal/VERB .",
                        List.of(), "stated", false, "The council"),
                new Case("'on' and a day name between subject and cue",
                        "The/DET ministry/NOUN on/ADP Monday/PROPN said/VERB/say that/SCONJ the/DET levy/NOUN would/AUX "
                                + "go/VERB .",
                        List.of(), "said", false, "The ministry"),
                new Case("prepositions inside the source",
                        "Officials/NOUN/official in/ADP the/DET capital/NOUN said/VERB/say that/SCONJ talks/NOUN/talk "
                                + "had/AUX/have failed/VERB/fail .",
                        List.of(), "said", false, "Officials in the capital"),
                new Case("a parenthetical is skipped",
                        "Merz/PROPN , speaking/VERB/speak alongside/ADP Rutte/PROPN , emphasized/VERB/emphasize that/SCONJ "
                                + "Europe/PROPN pays/VERB/pay .",
                        List.of("Merz", "Rutte"), "emphasized", false, "Merz"),
                new Case("an apposition that names the speaker stays in the source",
                        "Castell/PROPN ’s/PART producer/NOUN , Noor/PROPN Halvani/PROPN , said/VERB/say that/SCONJ "
                                + "filming/NOUN would/AUX resume/VERB .",
                        List.of("Castell", "Noor Halvani"), "said", false, "Castell’s producer, Noor Halvani"),
                new Case("a relative pronoun stands for the noun before it",
                        "Analysts/NOUN/analyst , who/PRON warn/VERB that/SCONJ rates/NOUN/rate will/AUX rise/VERB , "
                                + "disagree/VERB .",
                        List.of(), "warn", false, "Analysts"),
                new Case("a participle takes the subject of the finite verb before the comma",
                        "Lee/PROPN and/CCONJ Massie/PROPN have/AUX/have introduced/VERB/introduce a/DET bill/NOUN , "
                                + "arguing/VERB/argue that/SCONJ NATO/PROPN is/AUX/be a/DET relic/NOUN .",
                        List.of("Lee", "Massie"), "arguing", false, "Lee and Massie"),
                new Case("a group word heads a source",
                        "Some/DET argue/VERB that/SCONJ NATO/PROPN is/AUX/be essential/ADJ .",
                        List.of(), "argue", false, "Some"),
                new Case("a demonstrative is no source",
                        "This/PRON suggests/VERB/suggest that/SCONJ the/DET plan/NOUN failed/VERB/fail .",
                        List.of(), "suggests", false, null),
                new Case("first-person pronouns are no source",
                        "We/PRON believe/VERB that/SCONJ the/DET plan/NOUN failed/VERB/fail .",
                        List.of(), "believe", false, null),
                new Case("inverted tag: the name after the cue",
                        "“ No/INTJ , ” said/VERB/say Senator/PROPN Ilse/PROPN Brandt/PROPN .",
                        List.of("Ilse Brandt"), "said", true, "Senator Ilse Brandt"),
                new Case("inverted tag: an organisation after the cue",
                        "“ No/INTJ , ” said/VERB/say the/DET ministry/NOUN .",
                        List.of(), "said", true, "the ministry"),
                new Case("inverted tag with nothing nominal after it",
                        "“ No/INTJ , ” said/VERB/say ./PUNCT",
                        List.of(), "said", true, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSource(Case c) {
        Document doc = document(c.tokens(), c.names());
        SentenceView s = firstSentence(doc);
        SourceFinder sources = new SourceFinder(s, LEXICON);
        int cue = indexOf(s, c.cue());
        SourceFinder.FoundSource found = c.after() ? sources.after(cue + 1) : sources.before(cue);
        String text = found == null ? null : doc.text().substring(s.begin(found.begin()), s.end(found.end() - 1));
        assertEquals(c.expected(), text, doc.text());
    }
}
