package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.document.Document;
import io.claimant.lexicon.Lexicon;

import java.util.List;

/** The hand-written rules as a candidate generator: precise on the patterns they know, blind to the rest. */
public final class RuleCandidates implements CandidateGenerator {

    private final RuleLexicon lexicon;

    /** The rules with the built-in word lists. */
    public RuleCandidates() {
        this(Lexicon.builtIn());
    }

    public RuleCandidates(Lexicon lexicon) {
        this.lexicon = new RuleLexicon(lexicon);
    }

    @Override
    public List<Candidate> candidates(Document document) {
        return new AttributionFinder(document, lexicon).find();
    }
}
