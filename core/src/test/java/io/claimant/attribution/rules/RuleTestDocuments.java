package io.claimant.attribution.rules;

import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hand-built one-sentence documents and the rule objects the finder tests call directly. */
final class RuleTestDocuments {

    static final RuleLexicon LEXICON = new RuleLexicon(Lexicon.builtIn());

    private RuleTestDocuments() {
    }

    static Document document(String tokens, List<String> names) {
        HandBuiltDocument d = HandBuiltDocument.parse(tokens);
        for (String name : names) {
            d.name(name, EntityType.PERSON);
        }
        return d.build();
    }

    static SentenceView firstSentence(Document doc) {
        return new SentenceView(doc, doc.sentences().get(0));
    }

    /** Index of the first token that reads {@code word}. */
    static int indexOf(SentenceView s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token '" + word + "'");
    }

    /** Every token whose lemma the rules take as a cue: what bounds a content before a coordinated cue. */
    static Set<Integer> cueIndices(SentenceView s) {
        Set<Integer> cues = new LinkedHashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (LEXICON.isCueLemma(s.lemma(i))) {
                cues.add(i);
            }
        }
        return cues;
    }
}
