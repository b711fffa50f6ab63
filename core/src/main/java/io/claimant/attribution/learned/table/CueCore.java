package io.claimant.attribution.learned.table;

import io.claimant.document.Token;

import java.util.List;

/**
 * The words of a cue that carry it, without the auxiliaries, negation and adverbs before them or a colon after
 * them: "has repeatedly called for" → "called for", "did not say" → "say", "said:" → "said". PolNeAR puts the
 * whole verb group in the cue and Claimant's guidelines do not; the core is what both agree on. Training aligns
 * gold cues with it, and the encoder, which tags PolNeAR's cues, reports it.
 */
public final class CueCore {

    private CueCore() {
    }

    /** The core of tokens {@code [begin, end)}; never empty. */
    public static TokenSpan of(List<Token> tokens, int begin, int end) {
        int b = begin;
        int e = end;
        while (e - b > 1 && isFraming(tokens.get(b))) {
            b++;
        }
        while (e - b > 1 && tokens.get(e - 1).text().equals(":")) {
            e--;
        }
        return new TokenSpan(b, e);
    }

    private static boolean isFraming(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.equals("AUX") || pos.equals("PART") || pos.equals("ADV")
                || t.text().equalsIgnoreCase("not") || t.text().equalsIgnoreCase("n’t") || t.text().equalsIgnoreCase("n't");
    }
}
