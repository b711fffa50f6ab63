package io.claimant.attribution.learned.features;

import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.rules.RuleSpans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules' span proposals for each cue the role model reads, as {@link RoleContext} takes them. */
public final class RuleProposals {

    private RuleProposals() {
    }

    /**
     * One proposal per cue, in the cues' order. Each cue is proposed for knowing every other cue of its sentence,
     * since a content before a coordinated cue ends there.
     */
    public static List<RuleSpans.Proposal> forCues(RuleSpans spans, TokenTable t, List<CueSpan> cues) {
        Map<Integer, List<Integer>> bySentence = new HashMap<>();
        for (CueSpan c : cues) {
            bySentence.computeIfAbsent(t.sentence[c.begin()], k -> new ArrayList<>()).add(c.begin());
        }
        List<RuleSpans.Proposal> out = new ArrayList<>(cues.size());
        for (CueSpan c : cues) {
            out.add(spans.propose(c.begin(), c.end(), c.head(), bySentence.get(t.sentence[c.begin()])));
        }
        return out;
    }
}
