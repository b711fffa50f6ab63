package io.claimant.attribution;

import io.claimant.lexicon.CueClass;
import io.claimant.lexicon.CueVerbs;
import io.claimant.lexicon.Lexicon;

import java.util.Map;
import java.util.Optional;

/**
 * The kind of claim a cue reports, from the verb table's {@code class} column, for the lemmas a candidate
 * generator gives: a phrase cue's verb ("call for" is "call", a stance), and the cues the table has no row for
 * because they are no verbs: the phrase cues of {@code cue-phrases.tsv} ("according to") take the class listed
 * there, and the colon or dash of a transcript or signature line reports what someone said or wrote. Anything else
 * not in the table (a learned cue such as "decision" or "concerned") has none.
 */
final class CueClassifier {

    private final CueVerbs verbs;
    private final Map<String, CueClass> phrases;

    CueClassifier(Lexicon lexicon) {
        this.verbs = lexicon.cueVerbs();
        this.phrases = lexicon.cuePhrases();
    }

    /** The class's id ({@code speech}, {@code belief}, {@code stance}, {@code evidence}), or null. */
    String classOf(String lemma) {
        if (lemma == null) {
            return null;
        }
        CueClass phrase = phrases.get(lemma);
        if (phrase != null) {
            return phrase.id();
        }
        if (isPunctuation(lemma)) {
            return CueClass.SPEECH.id();
        }
        Optional<CueClass> found = verbs.classOf(lemma);
        int space = lemma.indexOf(' ');
        if (found.isEmpty() && space > 0) {
            found = verbs.classOf(lemma.substring(0, space));
        }
        if (found.isEmpty() && lemma.endsWith("ing") && lemma.length() > 5) {
            // A verb's -ing form tagged as a noun ("warning that …", "claiming …") keeps the verb's class.
            String stem = lemma.substring(0, lemma.length() - 3);
            found = verbs.classOf(stem).or(() -> verbs.classOf(stem + "e"));
        }
        return found.map(CueClass::id).orElse(null);
    }

    private static boolean isPunctuation(String lemma) {
        return !lemma.isEmpty() && lemma.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
