package io.claimant.attribution.learned;

import io.claimant.attribution.Candidate;
import io.claimant.attribution.rules.RuleSpans;
import io.claimant.document.Span;
import io.claimant.document.Token;

import java.util.List;

/**
 * Feature templates for the source and content of one cue: for each token of the cue's paragraph, is it part of
 * the source (S), the content (C), or neither? Features describe the token, where it lies from the cue (side,
 * distance, sentences apart, what lies between: commas, quote marks, "that", verbs), the cue's own lemma, and
 * which role the rules gave the token for this cue.
 */
final class RoleFeatures {

    /** Per-cue context, computed once for all tokens of the window. */
    static final class Context {
        final TokenTable t;
        final CueSpan cue;
        /** Role the rules gave each token for this cue: 'S', 'C' or 'O'; null when the rules found no such cue. */
        final char[] ruleRole;
        /** Running counts from the cue outwards, so that "what lies between" is linear in the window. */
        final int[] commasBetween;
        final int[] quoteMarksBetween;
        final boolean[] thatBetween;
        final boolean[] verbBetween;
        final int from;
        final int to;
        final String headPos;
        final String headCluster;
        /** What the rules' span finders propose for this cue, per token: see {@link #proposed}. */
        final String[] proposed;
        final boolean[] proposalStarts;
        final boolean[] proposalEnds;

        Context(TokenTable t, CueSpan cue, int from, int to, RuleSpans.Proposal proposal) {
            this.t = t;
            this.cue = cue;
            this.from = from;
            this.to = to;
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
            java.util.Arrays.fill(proposed, "O");
            if (proposal != null) {
                mark(proposal.contentBefore(), "Cb");
                mark(proposal.contentAfter() == null ? null : java.util.List.of(proposal.contentAfter()), "Ca");
                mark(proposal.sourceAfter() == null ? null : java.util.List.of(proposal.sourceAfter()), "Sa");
                mark(proposal.sourceBefore() == null ? null : java.util.List.of(proposal.sourceBefore()), "Sb");
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
        private void mark(java.util.List<Span> spans, String role) {
            if (spans == null) {
                return;
            }
            java.util.List<Token> tokens = t.doc.tokens();
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

    private static final String[] SENTENCES_APART = {"s-2", "s-1", "s0", "s1", "s2"};

    private RoleFeatures() {
    }

    static void observed(Context c, int i, Features out) {
        TokenTable t = c.t;
        CueSpan cue = c.cue;
        String side = i < cue.begin() ? "L" : i >= cue.end() ? "R" : "C";
        int distance = i < cue.begin() ? cue.begin() - i : i >= cue.end() ? i - cue.end() + 1 : 0;
        String d = side + bucket(distance);
        int sentences = t.sentence[i] - t.sentence[cue.begin()];
        String s = SENTENCES_APART[Math.max(-2, Math.min(2, sentences)) + 2];
        String w = t.word[i];
        String l = t.lemma[i];
        String p = t.pos[i];
        String head = cue.head();
        out.add("b");
        out.add("side", side);
        out.add("d", d);
        out.add("s", s);
        out.add("s|side", s, side);
        out.add("d|p", d, p);
        out.add("side|p", side, p);
        out.add("side|w", side, w);
        out.add("side|l", side, l);
        out.add("side|sh", side, t.shape[i]);
        out.add("side|p-1", side, t.pos(i - 1), p);
        out.add("side|p+1", side, p, t.pos(i + 1));
        out.add("side|w-1", side, t.word(i - 1));
        out.add("side|w+1", side, t.word(i + 1));
        out.add("cue", head, side);
        out.add("cueC", c.headCluster, side);
        out.add("cueC|d", c.headCluster, d);
        out.add("side|c", side, t.cluster[i]);
        out.add("cue|d", head, d);
        out.add("cuep|d|p", c.headPos, d, p);
        int k = i - c.from;
        if (side.equals("R")) {
            out.add("R|that", Features.of(c.thatBetween[k]), s);
            out.add("R|verb", Features.of(c.verbBetween[k]), bucket(distance));
        } else if (side.equals("L")) {
            out.add("L|verb", Features.of(c.verbBetween[k]), bucket(distance));
        }
        String marks = Features.of(Math.min(c.quoteMarksBetween[k], 3));
        out.add("commas", side, Features.of(Math.min(c.commasBetween[k], 3)));
        out.add("marks", side, marks);
        out.add("marks|s", side, marks, s);
        boolean quoted = t.inQuote(i);
        boolean cueQuoted = t.inQuote(cue.begin());
        out.add("q", Features.of(quoted), Features.of(cueQuoted), side);
        if (quoted && t.quote[i] == t.quote[cue.begin()]) {
            out.add("sameQuote");
        }
        out.add("m", t.mention[i], side);
        out.add("m|d", t.mention[i], d);
        if (t.inParagraph[i] == 0) {
            out.add("para0|side", side);
        }
        String proposed = c.proposed[k];
        out.add("prop", proposed);
        out.add("prop|side", proposed, side);
        out.add("prop|p", proposed, p);
        if (c.proposalStarts[k]) {
            out.add("propStart", proposed);
        }
        if (c.proposalEnds[k]) {
            out.add("propEnd|w", w);
            out.add("propEnd|prop", proposed);
        }
        if (c.ruleRole != null) {
            char r = c.ruleRole[k];
            out.add("rule", Features.of(r));
            out.add("rule|side", Features.of(r), side);
            out.add("rule|p", Features.of(r), p);
        } else {
            out.add("rule=none", side);
        }
    }

    /** What {@link #transition} reads of the token: positions with the same key share transition scores. */
    static long transitionKey(Context c, int i) {
        String side = i < c.cue.begin() ? "L" : i >= c.cue.end() ? "R" : "C";
        return FeatureTable.finish(FeatureTable.mix(FeatureTable.mix(FeatureTable.mix(FeatureTable.start(), side), '|'), c.t.pos[i]));
    }

    static void transition(Context c, int i, String previous, Features out) {
        TokenTable t = c.t;
        String side = i < c.cue.begin() ? "L" : i >= c.cue.end() ? "R" : "C";
        out.add("y-1", previous);
        out.add("y-1|side", previous, side);
        out.add("y-1|p", previous, t.pos[i]);
    }

    static String bucket(int distance) {
        if (distance <= 3) {
            return Features.of(distance);
        }
        if (distance <= 5) {
            return "4-5";
        }
        if (distance <= 10) {
            return "6-10";
        }
        return distance <= 20 ? "11-20" : "21+";
    }
}
