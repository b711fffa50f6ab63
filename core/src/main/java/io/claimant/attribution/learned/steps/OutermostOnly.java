package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the outermost attributions: one whose cue lies inside another's content is reported speech within
 * reported speech ("X said that Y warned that …"), which PolNeAR, and so Claimant, leaves to the outer one.
 */
final class OutermostOnly implements Step {

    static final String NAME = "outermost-only";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> apply(List<Candidate> candidates, StepContext context) {
        // A sweep over positions: each cue, in order of start, is checked only against the content segments that
        // span its start (the "open" ones), so the cost follows the overlap of contents, not the square of claims.
        List<int[]> segments = new ArrayList<>(); // {candidate, segment}
        for (int c = 0; c < candidates.size(); c++) {
            for (int s = 0; s < candidates.get(c).segments().size(); s++) {
                segments.add(new int[] {c, s});
            }
        }
        segments.sort(Comparator.comparingInt(cs -> segment(candidates, cs).begin()));
        Integer[] byCue = new Integer[candidates.size()];
        for (int c = 0; c < byCue.length; c++) {
            byCue[c] = c;
        }
        java.util.Arrays.sort(byCue, Comparator.comparingInt(c -> {
            Span cue = candidates.get(c).cue();
            return cue == null ? Integer.MAX_VALUE : cue.begin();
        }));
        boolean[] nested = new boolean[candidates.size()];
        List<int[]> open = new ArrayList<>();
        int next = 0;
        for (int c : byCue) {
            Candidate inner = candidates.get(c);
            Span cue = inner.cue();
            if (cue == null) {
                continue;
            }
            while (next < segments.size() && segment(candidates, segments.get(next)).begin() <= cue.begin()) {
                open.add(segments.get(next++));
            }
            open.removeIf(cs -> segment(candidates, cs).end() <= cue.begin());
            for (int[] cs : open) {
                Candidate outer = candidates.get(cs[0]);
                if (cs[0] != c && segment(candidates, cs).contains(cue)
                        && (outer.cue() == null || !inContent(inner, outer.cue()))) {
                    nested[c] = true;
                    break;
                }
            }
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            if (!nested[c]) {
                out.add(candidates.get(c));
            }
        }
        return out;
    }

    private static Span segment(List<Candidate> candidates, int[] cs) {
        return candidates.get(cs[0]).segments().get(cs[1]);
    }

    static boolean inContent(Candidate c, Span span) {
        for (Span segment : c.segments()) {
            if (segment.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
