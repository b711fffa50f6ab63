package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.features.CueWindow;
import io.claimant.attribution.learned.features.FeatureHashes;
import io.claimant.attribution.learned.features.RoleContext;
import io.claimant.attribution.learned.features.RoleFeatures;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.TagSet;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.rules.RuleSpans;

import java.util.ArrayList;
import java.util.List;

/**
 * The second tagger: for one cue, labels each token of its window ({@link CueWindow}) as source, content or
 * neither, and reads the labels back as the cue's source and content. The cue's own tokens are fixed to outside.
 * Thread-safe.
 */
public final class RoleTagger {

    private final LinearModel model;

    public RoleTagger(LinearModel model) {
        this.model = model;
    }

    /**
     * The cue's source and content, or null when the model marks no content with a word in it: a cue without
     * content reports nothing.
     *
     * @param proposal what the rules' span finders propose for this cue, a feature of the model
     */
    public TaggedAttribution tag(TokenTable t, ScoredCue scored, RuleSpans.Proposal proposal) {
        CueSpan cue = scored.cue();
        TokenSpan window = CueWindow.of(t, cue);
        SequenceDecoder.Decoded decoded = SequenceDecoder.decode(lattice(new RoleContext(t, cue, window, proposal), t, cue, window));
        String[] labels = decoded.labels();
        List<TokenSpan> content = new ArrayList<>();
        double logSum = 0;
        int n = 0;
        for (TokenSpan chunk : TagSet.ROLES.spans(labels, TagSet.Role.CONTENT, window.begin())) {
            if (hasWords(t, chunk)) {
                content.add(chunk);
                for (int k = chunk.begin(); k < chunk.end(); k++) {
                    logSum += decoded.logProbabilities()[k - window.begin()];
                    n++;
                }
            }
        }
        if (content.isEmpty()) {
            return null;
        }
        TokenSpan source = nearest(TagSet.ROLES.spans(labels, TagSet.Role.SOURCE, window.begin()), cue);
        return new TaggedAttribution(scored, window, source, content, Math.exp(logSum / n));
    }

    private Lattice lattice(RoleContext context, TokenTable t, CueSpan cue, TokenSpan window) {
        Lattice lattice = new Lattice(model, TagSet.ROLES, window.length());
        for (int i = window.begin(); i < window.end(); i++) {
            int p = i - window.begin();
            if (cue.tokens().contains(i)) {
                lattice.fixOutside(p);
                continue;
            }
            FeatureHashes features = lattice.features();
            RoleFeatures.observed(context, i, features);
            lattice.observe(p, features, null);
            int position = i;
            lattice.transitions(p, RoleFeatures.transitionKey(context, i),
                    (previous, f) -> RoleFeatures.transition(context, position, previous, f));
        }
        return lattice;
    }

    /** Punctuation and quote marks alone are no content. */
    private static boolean hasWords(TokenTable t, TokenSpan chunk) {
        for (int k = chunk.begin(); k < chunk.end(); k++) {
            if (!t.shape[k].equals("p") && !t.shape[k].equals("q")) {
                return true;
            }
        }
        return false;
    }

    /** Of several source chunks, the one closest to the cue. */
    private static TokenSpan nearest(List<TokenSpan> chunks, CueSpan cue) {
        TokenSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TokenSpan c : chunks) {
            int d = c.end() <= cue.begin() ? cue.begin() - c.end() : c.begin() - cue.end();
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
