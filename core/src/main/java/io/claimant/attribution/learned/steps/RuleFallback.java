package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules as a high-precision fallback: a rule candidate is added when the learned stage proposed nothing that
 * shares its cue or its content, and it is not nested in a learned content.
 */
final class RuleFallback implements Step {

    static final String NAME = "rule-fallback";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> apply(List<Candidate> learned, StepContext context) {
        List<Candidate> rules = context.ruleCandidates();
        List<Span> cues = new ArrayList<>();
        List<Span> contents = new ArrayList<>();
        List<Span> segments = new ArrayList<>();
        for (Candidate l : learned) {
            if (l.cue() != null) {
                cues.add(l.cue());
            }
            contents.add(l.content());
            segments.addAll(l.segments());
        }
        SpanIndex learnedCues = new SpanIndex(cues);
        SpanIndex learnedContents = new SpanIndex(contents);
        SpanIndex learnedSegments = new SpanIndex(segments);
        List<Candidate> out = new ArrayList<>(learned);
        for (Candidate r : rules) {
            boolean covered = r.cue() != null && learnedCues.overlapsAny(r.cue())
                    || learnedContents.overlapsAny(r.content())
                    || r.cue() != null && learnedSegments.containsAny(r.cue());
            if (!covered) {
                out.add(r);
            }
        }
        return out;
    }
}
