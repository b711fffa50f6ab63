package io.claimant.attribution.rules;

/**
 * What a headline's cue looks like (GUIDELINES R5a). Headlinese drops the articles and auxiliaries that tell the
 * tagger a verb ("study finds", "Rutte Says NATO Is Vital", "nurses’ union warns"), so a headline's cue verbs come
 * tagged as nouns and the words of a closing tag ("…, drone survey finds") as anything at all. These checks read
 * the words' places instead of their tags, and only in the headline: in the body the tagger is right far more often.
 */
final class HeadlineForms {

    private HeadlineForms() {
    }

    /** In a headline, the verb of a closing tag, or an -s or -ed word right after a noun, whatever its tag. */
    static boolean isVerb(SentenceView s, int i) {
        String p = s.pos(i);
        if (!s.isHeadline() || !(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ"))) {
            return false;
        }
        if (tagComma(s, i) >= 0) {
            return true; // "…, final polls show"
        }
        // The subject right before, and something it reports right after ("… Over Police Shooting Comments." has not).
        String w = s.word(i);
        return (w.endsWith("s") || w.endsWith("ed")) && s.isNominal(i - 1) && !s.isPunct(i - 1)
                && i + 1 < s.size() && (!s.isPunct(i + 1) || s.isQuoteMark(i + 1));
    }

    /**
     * The comma before a tag of at most four words that ends a headline ("…, drone survey finds"), or -1. The
     * words between are the source whatever their tags: the tagger reads headlinese badly.
     */
    static int tagComma(SentenceView s, int cue) {
        for (int k = cue + 1; k < s.size(); k++) {
            if (!s.isPunct(k)) {
                return -1;
            }
        }
        for (int k = cue - 1; k >= 0 && k >= cue - 5; k--) {
            if (s.is(k, ",")) {
                return k < cue - 1 ? k : -1;
            }
            if (s.isPunct(k)) {
                return -1;
            }
        }
        return -1;
    }
}
