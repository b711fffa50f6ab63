package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules as a high-precision fallback: a rule candidate is added when the learned stage proposed nothing that
 * shares its cue or its content, and it is not nested in a learned content.
 */
final class RuleFallback {

    private RuleFallback() {
    }

    static List<Candidate> merge(List<Candidate> learned, List<Candidate> rules) {
        List<Candidate> out = new ArrayList<>(learned);
        for (Candidate r : rules) {
            boolean covered = false;
            for (Candidate l : learned) {
                if (r.cue() != null && l.cue() != null && r.cue().overlaps(l.cue())
                        || r.content().overlaps(l.content())
                        || r.cue() != null && OutermostOnly.inContent(l, r.cue())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(r);
            }
        }
        return out;
    }
}
