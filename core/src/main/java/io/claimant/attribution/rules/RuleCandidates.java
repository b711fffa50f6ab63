package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.attribution.SourceSpans;
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

    /** The candidates, each source made whole around the noun phrase the rules found, which is its core. */
    @Override
    public List<Candidate> candidates(Document document) {
        return SourceSpans.withWholeSources(document, found(document));
    }

    /**
     * The candidates as the rules find them: each source is the noun phrase that names the speaker (the core),
     * and is its own core. The learned stage reads these, as its models were trained on them.
     */
    public List<Candidate> found(Document document) {
        return new AttributionFinder(document, lexicon).find();
    }
}
