package io.claimant.attribution.learned.features;

import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenTable;

/**
 * Feature templates for the source and content of one cue: for each token of the cue's paragraph, is it part of
 * the source (S), the content (C), or neither? Features describe the token, where it lies from the cue (side,
 * distance, sentences apart, what lies between: commas, quote marks, "that", verbs), the cue's own lemma, and
 * which role the rules gave the token for this cue.
 */
public final class RoleFeatures {

    private static final String[] SENTENCES_APART = {"s-2", "s-1", "s0", "s1", "s2"};

    private RoleFeatures() {
    }

    public static void observed(RoleContext c, int i, Features out) {
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
        out.add("bias");
        out.add("side", side);
        out.add("distance", d);
        out.add("sentences-apart", s);
        out.add("sentences-apart|side", s, side);
        out.add("distance|tag", d, p);
        out.add("side|tag", side, p);
        out.add("side|word", side, w);
        out.add("side|lemma", side, l);
        out.add("side|shape", side, t.shape[i]);
        out.add("side|tag-1|tag", side, t.pos(i - 1), p);
        out.add("side|tag|tag+1", side, p, t.pos(i + 1));
        out.add("side|word-1", side, t.word(i - 1));
        out.add("side|word+1", side, t.word(i + 1));
        out.add("cue-lemma|side", head, side);
        out.add("cue-cluster|side", c.headCluster, side);
        out.add("cue-cluster|distance", c.headCluster, d);
        out.add("side|cluster", side, t.cluster[i]);
        out.add("cue-lemma|distance", head, d);
        out.add("cue-tag|distance|tag", c.headPos, d, p);
        int k = i - c.from;
        if (side.equals("R")) {
            out.add("right:that-between|sentences-apart", Features.of(c.thatBetween[k]), s);
            out.add("right:verb-between|distance", Features.of(c.verbBetween[k]), bucket(distance));
        } else if (side.equals("L")) {
            out.add("left:verb-between|distance", Features.of(c.verbBetween[k]), bucket(distance));
        }
        String marks = Features.of(Math.min(c.quoteMarksBetween[k], 3));
        out.add("side|commas-between", side, Features.of(Math.min(c.commasBetween[k], 3)));
        out.add("side|quote-marks-between", side, marks);
        out.add("side|quote-marks-between|sentences-apart", side, marks, s);
        boolean quoted = t.inQuote(i);
        boolean cueQuoted = t.inQuote(cue.begin());
        out.add("quoted|cue-quoted|side", Features.of(quoted), Features.of(cueQuoted), side);
        if (quoted && t.quote[i] == t.quote[cue.begin()]) {
            out.add("in-the-cue-quote");
        }
        out.add("mention|side", t.mention[i], side);
        out.add("mention|distance", t.mention[i], d);
        if (t.inParagraph[i] == 0) {
            out.add("paragraph-start:side", side);
        }
        String proposed = c.proposed[k];
        out.add("proposed", proposed);
        out.add("proposed|side", proposed, side);
        out.add("proposed|tag", proposed, p);
        if (c.proposalStarts[k]) {
            out.add("proposal-start:proposed", proposed);
        }
        if (c.proposalEnds[k]) {
            out.add("after-proposal:word", w);
            out.add("after-proposal:proposed", proposed);
        }
        if (c.ruleRole != null) {
            char r = c.ruleRole[k];
            out.add("rule-role", Features.of(r));
            out.add("rule-role|side", Features.of(r), side);
            out.add("rule-role|tag", Features.of(r), p);
        } else {
            out.add("no-rule-cue:side", side);
        }
    }

    /** What {@link #transition} reads of the token: positions with the same key share transition scores. */
    public static long transitionKey(RoleContext c, int i) {
        String side = i < c.cue.begin() ? "L" : i >= c.cue.end() ? "R" : "C";
        return FeatureHash.finish(FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(FeatureHash.start(), side), '|'), c.t.pos[i]));
    }

    public static void transition(RoleContext c, int i, String previous, Features out) {
        TokenTable t = c.t;
        String side = i < c.cue.begin() ? "L" : i >= c.cue.end() ? "R" : "C";
        out.add("label-1", previous);
        out.add("label-1|side", previous, side);
        out.add("label-1|tag", previous, t.pos[i]);
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
