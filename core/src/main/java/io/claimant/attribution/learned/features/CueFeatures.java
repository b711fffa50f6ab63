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
        out.add("b");
        out.add("w", w);
        out.add("l", l);
        out.add("p", p);
        out.add("lp", l, p);
        out.add("sh", t.shape[i]);
        if (w.length() > 4) {
            out.add("suf", w.substring(w.length() - 3), p);
        }
        String wm1 = t.wordIn(i - 1, i);
        String wp1 = t.wordIn(i + 1, i);
        String pm1 = t.posIn(i - 1, i);
        String pp1 = t.posIn(i + 1, i);
        String pm2 = t.posIn(i - 2, i);
        String pp2 = t.posIn(i + 2, i);
        out.add("w-1", wm1);
        out.add("w+1", wp1);
        out.add("p-1", pm1);
        out.add("p+1", pp1);
        out.add("p-2", pm2);
        out.add("p+2", pp2);
        out.add("p-1p", pm1, p);
        out.add("pp+1", p, pp1);
        out.add("p-1pp+1", pm1, p, pp1);
        out.add("lw+1", l, wp1);
        out.add("lp+1", l, pp1);
        out.add("w-1w", wm1, w);
        out.add("ww+1", w, wp1);
        // Word classes carry what the words do to words the training data never showed as cues.
        String c = t.cluster[i];
        out.add("c", c);
        out.add("c|p", c, p);
        out.add("c-1", t.clusterIn(i - 1, i));
        out.add("c+1", t.clusterIn(i + 1, i));
        out.add("c-1c", t.clusterIn(i - 1, i), c);
        out.add("cc+1", c, t.clusterIn(i + 1, i));
        String next = follower(t, i, vocabulary);
        if (next != null) {
            out.add("nx", next);
            out.add("nx|l", next, l);
            out.add("nx|p", next, p);
            out.add("nx|c", next, c);
        }
        // Quote state: speech tags sit right after a closing mark ("…,” she said"), cues inside a quote are
        // nested speech, which PolNeAR does not annotate.
        boolean quoted = t.inQuote(i) && !t.isQuoteMark(i);
        out.add("q", Features.of(quoted));
        out.add("q|p", Features.of(quoted), p);
        if (quoted) {
            out.add("q|l", l);
        }
        int closedBefore = closedQuoteBefore(t, i);
        if (closedBefore >= 0) {
            out.add("qcl", Features.of(closedBefore));
            out.add("qcl|l", l);
            out.add("qcl|p", p);
        }
        if (quoteOpensAfter(t, i)) {
            out.add("qop|l", l);
            out.add("qop|p", p);
        }
        out.add("m", t.mention[i]);
        String left = mentionNear(t, i, -1);
        String right = mentionNear(t, i, +1);
        out.add("mL", left, p);
        out.add("mL|c", left, c);
        out.add("mR", right, p);
        if (t.inParagraph[i] == 0) {
            out.add("para0|p", p);
        }
        sentenceShape(t, i, l, p, out);
        if (t.paragraph[i] == 0) {
            out.add("headline|p", p);
        }
        if (t.sentence[i] != t.sentence[Math.max(0, i - 1)] || i == 0) {
            out.add("sent0|w", w);
        }
        if (isTranscriptMark(w)) {
            // Transcript and signature lines ("TRUMP: …", "― Albert Einstein"): where in its line the mark is.
            out.add("mark|at", Features.of(Math.min(t.inParagraph[i], 4)), w);
            out.add("mark|m-1", t.mention[Math.max(0, i - 1)], w);
        }
        String cls = vocabulary.cueClass(l);
        if (cls != null) {
            out.add("vc", cls);
            out.add("vc|p", cls, p);
        }
        if (vocabulary.isRuleCue(l)) {
            out.add("vr|p", p);
            if (next != null) {
                out.add("vr|nx", next);
            }
        }
        if (t.ruleCue[i] >= 0) {
            boolean first = i == 0 || t.ruleCue[i - 1] != t.ruleCue[i];
            out.add("rule", (first ? "B" : "I"));
            out.add("rule|p", (first ? "B" : "I"), p);
        }
    }

    /** What {@link #transition} reads of the token: positions with the same key share transition scores. */
    public static long transitionKey(TokenTable t, int i) {
        return FeatureHash.finish(FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(FeatureHash.start(), t.lemma[i]), '|'), t.pos[i]));
    }

    /** The features that read the label of the token before, for the sequence decoder. */
    public static void transition(TokenTable t, int i, String previous, Features out) {
        out.add("y-1", previous);
        out.add("y-1|l", previous, t.lemma[i]);
        out.add("y-1|p", previous, t.pos[i]);
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
        out.add("thatAhead", (thatAhead < 0 ? "no" : thatAhead <= 3 ? "near" : "far"), p);
        out.add("quoteAhead", Features.of(quoteAhead), p);
        out.add("quoteBehind", Features.of(quoteBehind), p);
        out.add("subject", subject, p);
        out.add("subject|l", subject, l);
        out.add("firstVerb", Features.of(firstVerb), p);
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
