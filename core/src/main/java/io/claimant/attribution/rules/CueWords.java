package io.claimant.attribution.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tokens of a sentence are cues, and the lemma each stands for. A cue is a verb of the lexicon, or a noun or
 * adjective of it right before "that", a colon or a quote ("his warning that …"), or "according to". The lemma is
 * not always the tagger's: the statistical lemmatizer misses some inflections, and the tagger reads some
 * participles and most headline verbs as nouns, so those forms are tried again here. A verb after "to" and a
 * passive are no cues: neither has a written source.
 */
final class CueWords {

    private final RuleLexicon lexicon;

    CueWords(RuleLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The sentence-local indices of the cue tokens of {@code s}, in order. */
    Set<Integer> in(SentenceView s) {
        Set<Integer> cues = new LinkedHashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (isCue(s, i) || AccordingTo.startsAt(s, i)) {
                cues.add(i);
            }
        }
        return cues;
    }

    /**
     * The cue lemma of token {@code i}, or null. The tagger reads some participles as nouns ("with supporters
     * warning that"), so an -ing word followed by "that" is tried as a verb too.
     */
    String lemma(SentenceView s, int i) {
        if (lexicon.isCueLemma(s.lemma(i))) {
            return s.lemma(i);
        }
        String w = s.word(i);
        if (s.pos(i).equals("VERB") || HeadlineForms.isVerb(s, i)) {
            // The statistical lemmatizer misses some forms ("contended" → "contende"): try regular inflections.
            for (String stem : regularStems(w)) {
                if (lexicon.isCueLemma(stem)) {
                    return stem;
                }
            }
        }
        if (w.endsWith("ing") && w.length() > 5 && s.is(i + 1, "that")) {
            String stem = w.substring(0, w.length() - 3);
            if (lexicon.isCueLemma(stem)) {
                return stem;
            }
            if (lexicon.isCueLemma(stem + "e")) {
                return stem + "e";
            }
        }
        return null;
    }

    private static List<String> regularStems(String w) {
        List<String> stems = new ArrayList<>();
        for (String suffix : new String[] {"ed", "d", "es", "s", "ing"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String stem = w.substring(0, w.length() - suffix.length());
                stems.add(stem);
                stems.add(stem + "e");
                int n = stem.length();
                if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    stems.add(stem.substring(0, n - 1)); // "admitted" → "admit"
                }
                if (stem.endsWith("i")) {
                    stems.add(stem.substring(0, n - 1) + "y"); // "replied" → "reply"
                }
            }
        }
        return stems;
    }

    private boolean isCue(SentenceView s, int i) {
        String lemma = lemma(s, i);
        if (lemma == null) {
            return false;
        }
        boolean verb = s.pos(i).equals("VERB") || HeadlineForms.isVerb(s, i)
                || (s.pos(i).equals("NOUN") || s.pos(i).equals("ADJ")) && (s.is(i + 1, "that", ":") || s.isQuoteMark(i + 1));
        if (!verb || s.is(i - 1, "to")) {
            return false;
        }
        // Passive ("it was announced that") has no written source; we leave it out rather than guess one.
        int k = i - 1;
        while (k >= 0 && s.pos(k).equals("ADV")) {
            k--;
        }
        if (s.is(k, "is", "was", "were", "are", "be", "been", "being") && !s.token(i).text().endsWith("ing")) {
            return false;
        }
        if (lemma.equals("point")) {
            return s.is(i + 1, "out");
        }
        return true;
    }
}
