package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Document;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/** Candidates written as text for the step tests: spans found by their text in a hand-built document. */
final class StepTesting {

    private StepTesting() {
    }

    static Span span(Document doc, String text) {
        int begin = doc.text().indexOf(text);
        if (begin < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in: " + doc.text());
        }
        return new Span(begin, begin + text.length());
    }

    /** A candidate "source | cue | content", with segments separated by " … " in content; "-" for no source. */
    static Candidate candidate(Document doc, String source, String cue, String content) {
        List<Span> segments = new ArrayList<>();
        for (String segment : content.split(" … ")) {
            segments.add(span(doc, segment));
        }
        return new Candidate(source.equals("-") ? null : span(doc, source), span(doc, cue), cue, segments, 0, 1, 1);
    }

    static List<String> described(Document doc, List<Candidate> candidates) {
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> segments = c.segments().stream().map(doc::text).toList();
            out.add((c.source() == null ? "-" : doc.text(c.source())) + " | " + doc.text(c.cue()) + " | "
                    + String.join(" … ", segments));
        }
        return out;
    }
}
