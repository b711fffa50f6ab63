package io.claimant.document;

import java.util.List;

/**
 * One reported statement: who ({@code source}), how ({@code cue}), what ({@code content}).
 *
 * @param index      position among the document's claims, in document order, from 0
 * @param quotes     the verbatim quoted parts inside the content (without their marks)
 * @param sentence   index of the sentence holding the cue, or the content's start when there is no cue
 * @param confidence in [0, 1], from the evidence: cue strength, how the source was resolved, quote balance
 * @param mentions   entities the content names
 */
public record Claim(int index, ClaimType type, ClaimSource source, Cue cue, ClaimContent content,
                    List<Span> quotes, int sentence, double confidence, List<Entity> mentions) {

    public Claim {
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
        if (!(confidence >= 0 && confidence <= 1)) { // written this way so that NaN is rejected too
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public Claim withIndex(int newIndex) {
        return new Claim(newIndex, type, source, cue, content, quotes, sentence, confidence, mentions);
    }
}
