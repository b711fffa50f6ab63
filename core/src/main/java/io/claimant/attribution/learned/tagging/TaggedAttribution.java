package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.table.TokenSpan;

import java.util.List;

/**
 * One attribution as the two sequence models tagged it, in document tokens, before Claimant's span conventions are
 * applied to it.
 *
 * @param window             the tokens the role model read for this cue: no span reaches outside it
 * @param source             the source chunk nearest the cue, or null
 * @param content            the content chunks in order, each with at least one word; never empty
 * @param contentProbability the role model's mean probability over the content's labels
 */
public record TaggedAttribution(ScoredCue cue, TokenSpan window, TokenSpan source, List<TokenSpan> content,
                                double contentProbability) {

    public TaggedAttribution {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }
}
