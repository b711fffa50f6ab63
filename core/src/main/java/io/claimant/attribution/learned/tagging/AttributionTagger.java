package io.claimant.attribution.learned.tagging;

import io.claimant.attribution.learned.features.CueVocabulary;
import io.claimant.attribution.learned.features.RuleProposals;
import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.lexicon.Lexicon;
import io.claimant.pipeline.Deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * The two taggers in turn: cues over the whole document, then the source and content of each cue. What it returns
 * are the models' own spans, in tokens; {@code LearnedCandidates} turns them into candidates. Thread-safe.
 */
public final class AttributionTagger {

    private final CueTagger cues;
    private final RoleTagger roles;
    private final Lexicon lexicon;

    /**
     * @param lexicon the word lists of the rules, whose span proposals the role model reads
     * @param cueBias added to the cue labels' scores (the model card's setting)
     */
    public AttributionTagger(AttributionModel model, CueVocabulary vocabulary, Lexicon lexicon, double cueBias) {
        this.cues = new CueTagger(model.cues(), vocabulary, cueBias);
        this.roles = new RoleTagger(model.roles());
        this.lexicon = lexicon;
    }

    /** Every attribution the models find, in the order of their cues. */
    public List<TaggedAttribution> tag(TokenTable t) {
        return rolesOf(t, cues(t));
    }

    /** The cues alone, for measuring the cue model on its own. */
    public List<ScoredCue> cues(TokenTable t) {
        return cues.tag(t);
    }

    /**
     * The source and content of each of {@code found}; a cue whose content the role model leaves empty is dropped.
     * Given gold cues, this measures the role model as if cues were found perfectly.
     */
    public List<TaggedAttribution> rolesOf(TokenTable t, List<ScoredCue> found) {
        List<CueSpan> spans = found.stream().map(ScoredCue::cue).toList();
        List<RuleSpans.Proposal> proposals = RuleProposals.forCues(new RuleSpans(t.doc, lexicon), t, spans);
        List<TaggedAttribution> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Deadline.check();
            TaggedAttribution a = roles.tag(t, found.get(k), proposals.get(k));
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
