package io.claimant.attribution;

import io.claimant.document.Document;

import java.util.List;

/**
 * Proposes attributions for a document that has sentences, tagged tokens, entities and quotations. The rules and
 * the learned tagger are both generators; {@link AttributionAnnotator} assembles what they propose into claims.
 * Implementations are thread-safe.
 */
public interface CandidateGenerator {

    /** Candidates in document order, at most one per cue and one per content. */
    List<Candidate> candidates(Document document);
}
