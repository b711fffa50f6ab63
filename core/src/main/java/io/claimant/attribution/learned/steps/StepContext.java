package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;

import java.util.List;

/** What the steps of one document may read besides the candidates: the document and what the rules proposed. */
public final class StepContext {

    private final Document doc;
    private final List<Candidate> ruleCandidates;
    /** Built on first use and shared by the steps that compare a learned candidate with the rules' own. */
    private RulesByCue rulesByCue;

    public StepContext(Document doc, List<Candidate> ruleCandidates) {
        this.doc = doc;
        this.ruleCandidates = List.copyOf(ruleCandidates);
    }

    public Document doc() {
        return doc;
    }

    /** The rules' candidates for the document, which the learned stage read as features. */
    public List<Candidate> ruleCandidates() {
        return ruleCandidates;
    }

    /** The rule candidate whose cue overlaps {@code learned}'s, or null. */
    Candidate ruleWithSameCue(Candidate learned) {
        if (rulesByCue == null) {
            rulesByCue = new RulesByCue(ruleCandidates);
        }
        return rulesByCue.sameCue(learned);
    }
}
