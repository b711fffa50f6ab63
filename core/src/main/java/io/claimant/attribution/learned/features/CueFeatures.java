package io.claimant.attribution.learned.features;

import io.claimant.attribution.learned.table.TokenTable;

/**
 * Feature templates for finding cue words: is token {@code i} the beginning (B), inside (I) or outside (O) of a
 * cue? The lemma and its tag, the words around it, what follows it (a "that", a colon, a quote mark, "to"), the
 * quote it may sit in or follow, the kinds of mention beside it, and whether the rules took it for a cue. The
 * rules' verb table is a feature here, not a gate, so a verb it lacks is still learned from the data.
 */
public final class CueFeatures {

    private CueFeatures() {
    }

    /**
     * Whether token {@code i} may be part of a cue at all. Punctuation (but for the colon and dashes of
     * transcripts and signatures), numbers and symbols never are in PolNeAR's cues, and words inside a quotation
     * almost never are (16 of 9,824 cues in half of PolNeAR train: speech reported within a quote is nested, and
     * only the outermost attribution counts). Such tokens are labelled O without features, in training and in
     * tagging: a third of the tokens, for free.
     */
    public static boolean canBeCue(TokenTable t, int i) {
        if (t.ruleCue[i] >= 0) {
            return true;
        }
        if (t.inQuote(i) && !t.isQuoteMark(i)) {
            return false;
        }
        return switch (t.pos[i]) {
            case "NUM", "SYM" -> false;
            case "PUNCT" -> isTranscriptMark(t.word[i]);
            default -> true;
        };
    }

    private static boolean isTranscriptMark(String w) {
        return w.equals(":") || w.equals("―") || w.equals("—") || w.equals("--");
    }

    /** The features of token {@code i} that do not depend on the label before it. */
    public static void observed(TokenTable t, int i, CueVocabulary vocabulary, Features out) {
        String w = t.word[i];
        String l = t.lemma[i];
        String p = t.pos[i];
        out.add("bias");
        out.add("word", w);
        out.add("lemma", l);
        out.add("tag", p);
        out.add("lemma|tag", l, p);
        out.add("shape", t.shape[i]);
        if (w.length() > 4) {
            out.add("suffix|tag", w.substring(w.length() - 3), p);
        }
        String wm1 = t.wordIn(i - 1, i);
        String wp1 = t.wordIn(i + 1, i);
        String pm1 = t.posIn(i - 1, i);
        String pp1 = t.posIn(i + 1, i);
        String pm2 = t.posIn(i - 2, i);
        String pp2 = t.posIn(i + 2, i);
        out.add("word-1", wm1);
        out.add("word+1", wp1);
        out.add("tag-1", pm1);
        out.add("tag+1", pp1);
        out.add("tag-2", pm2);
        out.add("tag+2", pp2);
        out.add("tag-1|tag", pm1, p);
        out.add("tag|tag+1", p, pp1);
        out.add("tag-1|tag|tag+1", pm1, p, pp1);
        out.add("lemma|word+1", l, wp1);
        out.add("lemma|tag+1", l, pp1);
        out.add("word-1|word", wm1, w);
        out.add("word|word+1", w, wp1);
        // Word classes carry what the words do to words the training data never showed as cues.
        String c = t.cluster[i];
        out.add("cluster", c);
        out.add("cluster|tag", c, p);
        out.add("cluster-1", t.clusterIn(i - 1, i));
        out.add("cluster+1", t.clusterIn(i + 1, i));
        out.add("cluster-1|cluster", t.clusterIn(i - 1, i), c);
        out.add("cluster|cluster+1", c, t.clusterIn(i + 1, i));
        String next = follower(t, i, vocabulary);
        if (next != null) {
            out.add("follower", next);
            out.add("follower|lemma", next, l);
            out.add("follower|tag", next, p);
            out.add("follower|cluster", next, c);
        }
        // Quote state: speech tags sit right after a closing mark ("…,” she said"), cues inside a quote are
        // nested speech, which PolNeAR does not annotate.
        boolean quoted = t.inQuote(i) && !t.isQuoteMark(i);
        out.add("quoted", Features.of(quoted));
        out.add("quoted|tag", Features.of(quoted), p);
        if (quoted) {
            out.add("quoted:lemma", l);
        }
        int closedBefore = closedQuoteBefore(t, i);
        if (closedBefore >= 0) {
            out.add("after-closing-quote:distance", Features.of(closedBefore));
            out.add("after-closing-quote:lemma", l);
            out.add("after-closing-quote:tag", p);
        }
        if (quoteOpensAfter(t, i)) {
            out.add("before-opening-quote:lemma", l);
            out.add("before-opening-quote:tag", p);
        }
        out.add("mention", t.mention[i]);
        String left = mentionNear(t, i, -1);
        String right = mentionNear(t, i, +1);
        out.add("mention-left|tag", left, p);
        out.add("mention-left|cluster", left, c);
        out.add("mention-right|tag", right, p);
        if (t.inParagraph[i] == 0) {
            out.add("paragraph-start:tag", p);
        }
        sentenceShape(t, i, l, p, out);
        if (t.paragraph[i] == 0) {
            out.add("headline:tag", p);
        }
        if (t.sentence[i] != t.sentence[Math.max(0, i - 1)] || i == 0) {
            out.add("sentence-start:word", w);
        }
        if (isTranscriptMark(w)) {
            // Transcript and signature lines ("TRUMP: …", "― Albert Einstein"): where in its line the mark is.
            out.add("transcript-mark:position|mark", Features.of(Math.min(t.inParagraph[i], 4)), w);
            out.add("transcript-mark:mention-1|mark", t.mention[Math.max(0, i - 1)], w);
        }
        String cls = vocabulary.cueClass(l);
        if (cls != null) {
            out.add("verb-class", cls);
            out.add("verb-class|tag", cls, p);
        }
        if (vocabulary.isRuleCue(l)) {
            out.add("rule-verb:tag", p);
            if (next != null) {
                out.add("rule-verb:follower", next);
            }
        }
        if (t.ruleCue[i] >= 0) {
            boolean first = i == 0 || t.ruleCue[i - 1] != t.ruleCue[i];
            out.add("rule-cue", (first ? "B" : "I"));
            out.add("rule-cue|tag", (first ? "B" : "I"), p);
        }
    }

    /** What {@link #transition} reads of the token: positions with the same key share transition scores. */
    public static long transitionKey(TokenTable t, int i) {
        return FeatureHash.finish(FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(FeatureHash.start(), t.lemma[i]), '|'), t.pos[i]));
    }

    /** The features that read the label of the token before, for the sequence decoder. */
    public static void transition(TokenTable t, int i, String previous, Features out) {
        out.add("label-1", previous);
        out.add("label-1|lemma", previous, t.lemma[i]);
        out.add("label-1|tag", previous, t.pos[i]);
    }

    /**
     * What the token's sentence holds around it, beyond the two-word window: a "that" or a quote ahead (a
     * complement to come), a quote behind (a tag after its quote), a name or pronoun with no verb between it and
     * the token (a subject), and whether the token is the sentence's first verb.
     */
    private static void sentenceShape(TokenTable t, int i, String l, String p, Features out) {
        int thatAhead = -1;
        boolean quoteAhead = false;
        for (int k = i + 1; k < t.sentenceEnd[i] && k <= i + 12; k++) {
            if (thatAhead < 0 && t.word[k].equals("that")) {
                thatAhead = k - i;
            }
            quoteAhead |= t.openMark[k];
        }
        boolean quoteBehind = false;
        String subject = "none";
        boolean verbBetween = false;
        boolean firstVerb = true;
        for (int k = i - 1; k >= Math.max(t.sentenceStart[i], i - 20); k--) {
            quoteBehind |= t.closeMark[k];
            if (t.pos[k].equals("VERB")) {
                firstVerb = false;
                verbBetween = true;
            }
            if (!verbBetween && subject.equals("none") && i - k <= 8) {
                if (!t.mention[k].equals(TokenTable.OUTSIDE)) {
                    subject = t.mention[k];
                } else if (t.pos[k].equals("PRON")) {
                    subject = "pron";
                } else if (t.pos[k].equals("NOUN")) {
                    subject = "noun";
                }
            }
        }
        out.add("that-ahead|tag", (thatAhead < 0 ? "no" : thatAhead <= 3 ? "near" : "far"), p);
        out.add("quote-ahead|tag", Features.of(quoteAhead), p);
        out.add("quote-behind|tag", Features.of(quoteBehind), p);
        out.add("subject|tag", subject, p);
        out.add("subject|lemma", subject, l);
        out.add("first-verb|tag", Features.of(firstVerb), p);
    }

    /** What comes right after the token, when it is telling: a quote mark, or a word of the cue followers list. */
    private static String follower(TokenTable t, int i, CueVocabulary vocabulary) {
        int k = i + 1;
        if (k >= t.size || t.sentence[k] != t.sentence[i] && t.paragraph[k] != t.paragraph[i]) {
            return null;
        }
        if (t.openMark[k]) {
            return "quote";
        }
        return vocabulary.isCueFollower(t.word[k]) ? t.word[k] : null;
    }

    /** Distance (1 or 2) back to a closing quote mark, allowing one comma between; -1 if none. */
    private static int closedQuoteBefore(TokenTable t, int i) {
        for (int k = i - 1, d = 1; k >= 0 && d <= 3; k--, d++) {
            if (t.closeMark[k]) {
                return Math.min(d, 2);
            }
            if (!t.word[k].equals(",") && t.mention[k].equals(TokenTable.OUTSIDE) && !t.pos[k].equals("PRON")
                    && !t.pos[k].equals("DET")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean quoteOpensAfter(TokenTable t, int i) {
        for (int k = i + 1; k < t.size && k <= i + 3; k++) {
            if (t.openMark[k]) {
                return true;
            }
            if (t.sentence[k] != t.sentence[i] || t.pos[k].equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** The kind of mention within three tokens on one side (a speaker next to a verb), or "-". */
    private static String mentionNear(TokenTable t, int i, int direction) {
        for (int k = i + direction, d = 1; k >= 0 && k < t.size && d <= 3; k += direction, d++) {
            if (t.sentence[k] != t.sentence[i]) {
                break;
            }
            if (!t.mention[k].equals(TokenTable.OUTSIDE)) {
                return t.mention[k];
            }
            if (t.pos[k].equals("PRON")) {
                return "pron";
            }
        }
        return TokenTable.OUTSIDE;
    }
}
