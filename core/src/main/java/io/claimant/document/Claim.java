package io.claimant.document;

import java.util.List;
import java.util.Optional;

/**
 * One reported statement: who ({@code source}), how ({@code cue}), what ({@code content}).
 *
 * @param index      position among the document's claims, in document order, from 0
 * @param quotes     the verbatim quoted parts inside the content (without their marks)
 * @param sentence   index of the sentence holding the cue, or the content's start when there is no cue
 * @param confidence in [0, 1], from the evidence: cue strength, how the source was resolved, quote balance
 * @param mentions   entities the content names
 *
 * <p>{@code source} is null when no one is named (a headline quote) and {@code cue} is null when a quote carries
 * over from an earlier paragraph; prefer {@link #sourceOptional()}, {@link #cueOptional()} and {@link #speakers()},
 * which cannot throw on such claims.
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

    /** The entities the source resolves to: empty when there is no source or it names no known entity. */
    public List<Entity> speakers() {
        return source == null ? List.of() : source.entities();
    }

    /** The source, or empty when the claim has none. */
    public Optional<ClaimSource> sourceOptional() {
        return Optional.ofNullable(source);
    }

    /** The cue, or empty for a quote carried over from an earlier paragraph, which has no verb of its own. */
    public Optional<Cue> cueOptional() {
        return Optional.ofNullable(cue);
    }

    public Claim withIndex(int newIndex) {
        return new Claim(newIndex, type, source, cue, content, quotes, sentence, confidence, mentions);
    }
}
