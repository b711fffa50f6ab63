package io.claimant.attribution.learned.features;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.document.Span;
import io.claimant.document.Token;

import java.util.Arrays;
import java.util.List;

/**
 * What the role features read about one cue, computed once for every token of its window: the role the rules gave
 * each token for this cue, the rules' span proposals, and running counts of what lies between each token and the
 * cue, so that "is there a comma between" costs one look-up rather than a walk back to the cue.
 */
public final class RoleContext {

    final TokenTable t;
    final CueSpan cue;
    /** Role the rules gave each token for this cue: 'S', 'C' or 'O'; null when the rules found no such cue. */
    final char[] ruleRole;
    /** Running counts from the cue outwards, so that "what lies between" is linear in the window. */
    final int[] commasBetween;
    final int[] quoteMarksBetween;
    final boolean[] thatBetween;
    final boolean[] verbBetween;
    /** The window: tokens {@code [from, to)}. */
    final int from;
    final int to;
    final String headPos;
    final String headCluster;
    /** What the rules' span finders propose for each token: content-before, content-after, source-before, source-after or none. */
    final String[] proposed;
    final boolean[] proposalStarts;
    final boolean[] proposalEnds;

    /**
     * @param window   the tokens whose roles are tagged ({@link CueWindow})
     * @param proposal what the rules' span finders propose for this cue, or null
     */
    public RoleContext(TokenTable t, CueSpan cue, TokenSpan window, RuleSpans.Proposal proposal) {
        this.t = t;
        this.cue = cue;
        this.from = window.begin();
        this.to = window.end();
        int n = to - from;
        commasBetween = new int[n];
        quoteMarksBetween = new int[n];
        thatBetween = new boolean[n];
        verbBetween = new boolean[n];
        headPos = t.pos[cue.end() - 1];
        headCluster = t.cluster[cue.end() - 1];
        ruleRole = ruleRoles(t, cue, from, to);
        proposed = new String[n];
        proposalStarts = new boolean[n];
        proposalEnds = new boolean[n];
        Arrays.fill(proposed, "none");
        if (proposal != null) {
            mark(proposal.contentBefore(), "content-before");
            mark(proposal.contentAfter() == null ? null : List.of(proposal.contentAfter()), "content-after");
            mark(proposal.sourceAfter() == null ? null : List.of(proposal.sourceAfter()), "source-after");
            mark(proposal.sourceBefore() == null ? null : List.of(proposal.sourceBefore()), "source-before");
        }
        int commas = 0;
        int marks = 0;
        boolean that = false;
        boolean verb = false;
        for (int k = cue.end(); k < to; k++) {
            commasBetween[k - from] = commas;
            quoteMarksBetween[k - from] = marks;
            thatBetween[k - from] = that;
            verbBetween[k - from] = verb;
            commas += t.word[k].equals(",") ? 1 : 0;
            marks += t.isQuoteMark(k) ? 1 : 0;
            that |= t.word[k].equals("that");
            verb |= t.pos[k].equals("VERB");
        }
        commas = 0;
        marks = 0;
        verb = false;
        for (int k = cue.begin() - 1; k >= from; k--) {
            commasBetween[k - from] = commas;
            quoteMarksBetween[k - from] = marks;
            verbBetween[k - from] = verb;
            commas += t.word[k].equals(",") ? 1 : 0;
            marks += t.isQuoteMark(k) ? 1 : 0;
            verb |= t.pos[k].equals("VERB");
        }
    }

    /** Marks the window's tokens inside {@code spans} with {@code role}, and where each span starts and ends. */
    private void mark(List<Span> spans, String role) {
        if (spans == null) {
            return;
        }
        List<Token> tokens = t.doc.tokens();
        for (Span span : spans) {
            boolean first = true;
            int last = -1;
            for (int k = Math.max(from, t.doc.firstTokenFrom(span.begin()) - 1); k < to && tokens.get(k).begin() < span.end(); k++) {
                if (tokens.get(k).end() <= span.begin()) {
                    continue;
                }
                proposed[k - from] = role;
                if (first) {
                    proposalStarts[k - from] = true;
                    first = false;
                }
                last = k;
            }
            if (last >= 0 && last + 1 < to) {
                proposalEnds[last + 1 - from] = true;
            }
        }
    }

    private static char[] ruleRoles(TokenTable t, CueSpan cue, int from, int to) {
        int c = -1;
        for (int k = cue.begin(); k < cue.end() && c < 0; k++) {
            c = t.ruleCue[k];
        }
        if (c < 0) {
            return null;
        }
        Candidate rule = t.ruleCandidates.get(c);
        char[] roles = new char[to - from];
        for (int k = from; k < to; k++) {
            Span tok = t.doc.tokens().get(k).span();
            char role = 'O';
            if (rule.source() != null && rule.source().overlaps(tok)) {
                role = 'S';
            }
            for (Span segment : rule.segments()) {
                if (segment.overlaps(tok)) {
                    role = 'C';
                }
            }
            roles[k - from] = role;
        }
        return roles;
    }
}
