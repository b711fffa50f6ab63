package io.claimant.training;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.eval.AnnotatedDocument;

import java.util.List;

/**
 * One gold text run through the pipeline up to quotations, with what the rules propose on it, and every
 * annotation file made for it (PolNeAR has several annotators for some articles).
 *
 * @param corpus the gold folder it came from, as given
 */
public record PreparedText(String corpus, Document document, List<Candidate> ruleCandidates,
                    List<AnnotatedDocument> annotations, List<String> annotationFiles) {

    public String id() {
        return document.id();
    }

    /** The annotation the scorer uses: the lowest annotator id, as {@code claimant eval} reads the corpus. */
    public AnnotatedDocument scoringGold() {
        return annotations.get(0);
    }
}
