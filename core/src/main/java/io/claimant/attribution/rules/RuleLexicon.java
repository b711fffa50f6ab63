package io.claimant.attribution.rules;

import io.claimant.lexicon.CueBehaviour;
import io.claimant.lexicon.CueClass;
import io.claimant.lexicon.CueVerbs;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;

import java.util.Set;

/**
 * The parts of a {@link Lexicon} the attribution rules read: the cue verbs, and the source, tag and label word
 * lists.
 */
final class RuleLexicon {

    private final CueVerbs cues;
    final Set<String> tagTrailingWords;
    final Set<String> subjectCueGapWords;
    final Set<String> nonSourceWords;
    final Set<String> groupSourceWords;
    final Set<String> sourcePrepositions;
    final Set<String> labelWords;

    RuleLexicon(Lexicon lexicon) {
        this.cues = lexicon.cueVerbs();
        this.tagTrailingWords = lexicon.words(LexiconList.TAG_TRAILING_WORDS);
        this.subjectCueGapWords = lexicon.words(LexiconList.SUBJECT_CUE_GAP_WORDS);
        this.nonSourceWords = lexicon.words(LexiconList.NON_SOURCE_WORDS);
        this.groupSourceWords = lexicon.words(LexiconList.GROUP_SOURCE_WORDS);
        this.sourcePrepositions = lexicon.words(LexiconList.SOURCE_PREPOSITIONS);
        this.labelWords = lexicon.words(LexiconList.LABEL_WORDS);
    }

    boolean isCueLemma(String lemma) {
        return cues.isRuleCue(lemma);
    }

    /** How surely a cue lemma reports a statement; only asked of lemmas {@link #isCueLemma} accepts. */
    double strength(String lemma) {
        return cues.get(lemma).strength();
    }

    /** Whether the lemma reports an act of saying or writing, the kind of verb that can introduce a quote. */
    boolean isSpeech(String lemma) {
        return cues.classOf(lemma).orElse(null) == CueClass.SPEECH;
    }

    boolean has(String lemma, CueBehaviour behaviour) {
        return cues.has(lemma, behaviour);
    }
}
