package io.claimant.attribution.rules;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.CandidateGenerator;
import io.claimant.document.Document;

import java.util.List;

/** The hand-written rules as a candidate generator: precise on the patterns they know, blind to the rest. */
public final class RuleCandidates implements CandidateGenerator {

    @Override
    public List<Candidate> candidates(Document document) {
        return new AttributionFinder(document).find();
    }
}
