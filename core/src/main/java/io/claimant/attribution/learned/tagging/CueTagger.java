package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.features.CueFeatures;
import io.claimant.attribution.learned.features.CueVocabulary;
import io.claimant.attribution.learned.features.FeatureHashes;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.TagSet;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The first tagger: labels every token of a document as the start of a cue, inside one, or outside, and reads the
 * labels back as cues. Tokens that cannot be cues ({@link CueFeatures#canBeCue}) are fixed to outside without
 * being scored. Thread-safe.
 */
public final class CueTagger {

    private final LinearModel model;
    private final CueVocabulary vocabulary;
    /** Added to the cue labels' scores: the model's balance of precision and recall, chosen on validation texts. */
    private final double[] cueBias;

    public CueTagger(LinearModel model, CueVocabulary vocabulary, double cueBias) {
        this.model = model;
        this.vocabulary = vocabulary;
        this.cueBias = new double[model.labelCount()];
        for (int k = 0; k < this.cueBias.length; k++) {
            this.cueBias[k] = model.label(k).equals(TagSet.OUTSIDE) ? 0 : cueBias;
        }
    }

    /** The cues in document order. */
    public List<ScoredCue> tag(TokenTable t) {
        SequenceDecoder.Decoded decoded = SequenceDecoder.decode(lattice(t));
        List<ScoredCue> out = new ArrayList<>();
        for (TokenSpan span : TagSet.CUES.spans(decoded.labels(), TagSet.Role.CUE, 0)) {
            out.add(new ScoredCue(CueSpan.of(t, span), Math.exp(decoded.logProbabilities()[span.begin()])));
        }
        return out;
    }

    private Lattice lattice(TokenTable t) {
        Lattice lattice = new Lattice(model, TagSet.CUES, t.size);
        for (int i = 0; i < t.size; i++) {
            if (!CueFeatures.canBeCue(t, i)) {
                lattice.fixOutside(i);
                continue;
            }
            FeatureHashes features = lattice.features();
            CueFeatures.observed(t, i, vocabulary, features);
            lattice.observe(i, features, cueBias);
            int position = i;
            lattice.transitions(i, CueFeatures.transitionKey(t, i),
                    (previous, f) -> CueFeatures.transition(t, position, previous, f));
        }
        return lattice;
    }
}
