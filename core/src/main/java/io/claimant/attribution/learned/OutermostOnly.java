package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.document.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the outermost attributions: one whose cue lies inside another's content is reported speech within
 * reported speech ("X said that Y warned that …"), which PolNeAR, and so Claimant, leaves to the outer one.
 */
final class OutermostOnly {

    private OutermostOnly() {
    }

    static List<Candidate> filter(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            boolean nested = false;
            for (Candidate outer : candidates) {
                if (outer != c && c.cue() != null && inContent(outer, c.cue())
                        && (outer.cue() == null || !inContent(c, outer.cue()))) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(c);
            }
        }
        return out;
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
