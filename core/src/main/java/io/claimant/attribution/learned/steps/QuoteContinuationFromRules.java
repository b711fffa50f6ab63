package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotes that carry a claim on over the next sentences and quote-only paragraphs (GUIDELINES R1): the role
 * model reads one paragraph, while the rules follow a quote to its close and join the paragraphs that continue it.
 * Where the rules' candidate for the same cue has such continuations and its first segment overlaps the learned
 * content's last, the learned content takes them on.
 */
final class QuoteContinuationFromRules extends SameCueRuleStep {

    static final String NAME = "quote-continuation-from-rules";

    /** What may stand between a learned segment's start and the rules' one: the quotation's opening mark. */
    private static final String MARKS_ONLY = "[\\s\"'“”‘’«»]*";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Candidate refine(Candidate learned, Candidate rule, StepContext context) {
        return continues(learned, rule) ? learned.withSegments(joined(context, learned, rule)) : learned;
    }

    private static boolean continues(Candidate l, Candidate r) {
        return r.segments().size() > 1 && r.segments().get(0).overlaps(last(l)) && r.content().end() > l.content().end();
    }

    private static List<Span> joined(StepContext context, Candidate l, Candidate r) {
        List<Span> segments = new ArrayList<>(l.segments().subList(0, l.segments().size() - 1));
        Span last = last(l);
        Span first = r.segments().get(0);
        // The rules' segment starts after the opening mark; a learned one that only adds the mark starts there too.
        boolean onlyMark = last.begin() < first.begin()
                && context.doc().text().substring(last.begin(), first.begin()).matches(MARKS_ONLY);
        int begin = onlyMark ? first.begin() : Math.min(last.begin(), first.begin());
        segments.add(new Span(begin, Math.max(last.end(), first.end())));
        segments.addAll(r.segments().subList(1, r.segments().size()));
        return segments;
    }

    private static Span last(Candidate c) {
        return c.segments().get(c.segments().size() - 1);
    }
}
