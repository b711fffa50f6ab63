package io.claimant.attribution.encoder;

import io.claimant.attribution.learned.model.TagSet;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.tagging.ScoredCue;
import io.claimant.attribution.learned.tagging.TaggedAttribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties the spans the encoder tagged into attributions. The encoder marks cues, sources and contents in one pass,
 * without saying which belong together; the text's structure does:
 * <ul>
 *   <li>a content belongs to the cue the rules paired it with, when the rules found that cue and a content that
 *       shares words with it ("Smith said on Tuesday that A, according to aides": "said" and A, though "according
 *       to" is nearer); else to the nearest cue of its paragraph, a cue in its own sentence before any other ("X
 *       said A, and Y argued B" gives two claims);</li>
 *   <li>a cue's contents are one claim's segments ("“A,” she said, “B.”"), but of those in the cue's paragraph
 *       only the nearest one before the cue and the nearest one after it: in PolNeAR a content splits around its
 *       own cue, almost never elsewhere (307 of 350 gaps in the validation texts' two-part contents hold the
 *       cue), so a third content that the paragraph rule brings to the same cue is another attribution whose
 *       cue the encoder missed, and it is left out rather than glued on;</li>
 *   <li>contents of one claim that only spaces or punctuation separate are one segment: the encoder sometimes
 *       begins a content afresh after a comma ("Trump received 37 percent, | Clinton had 36 percent");</li>
 *   <li>a content in a paragraph without a cue that opens with a quotation mark carries on the last claim of the
 *       paragraphs before it (a quote that runs on past its speech tag);</li>
 *   <li>a cue's source is the nearest source of its sentence, else the nearest one before it in its paragraph;
 *       two cues may share one ("X said A and argued B");</li>
 *   <li>a cue without content proposes nothing.</li>
 * </ul>
 */
public final class SpanLinker {

    /** A content in another sentence than the cue counts as this many tokens further away. */
    static final int OTHER_SENTENCE = 40;
    /** How many paragraphs back a quote-only paragraph looks for the claim it continues. */
    static final int CONTINUATION_PARAGRAPHS = 3;

    private final TagSet tags = TagSet.ALL;

    public List<TaggedAttribution> link(TokenTable t, RoleDecoder.Decoded decoded) {
        String[] labels = decoded.labels();
        List<TokenSpan> cues = tags.spans(labels, TagSet.Role.CUE, 0);
        List<TokenSpan> sources = tags.spans(labels, TagSet.Role.SOURCE, 0);
        List<TokenSpan> contents = tags.spans(labels, TagSet.Role.CONTENT, 0);

        Map<TokenSpan, List<TokenSpan>> contentsOfCue = new LinkedHashMap<>();
        cues.forEach(c -> contentsOfCue.put(c, new ArrayList<>()));
        List<TokenSpan> orphans = new ArrayList<>();
        for (TokenSpan content : contents) {
            TokenSpan cue = cueTheRulesPaired(t, cues, content);
            if (cue == null) {
                cue = nearestCue(t, cues, content);
            }
            if (cue == null) {
                orphans.add(content);
            } else {
                contentsOfCue.get(cue).add(content);
            }
        }
        for (TokenSpan orphan : orphans) {
            TokenSpan carried = continuedCue(t, contentsOfCue, orphan);
            if (carried != null) {
                contentsOfCue.get(carried).add(orphan);
            }
        }

        List<TaggedAttribution> out = new ArrayList<>();
        for (Map.Entry<TokenSpan, List<TokenSpan>> e : contentsOfCue.entrySet()) {
            List<TokenSpan> own = e.getValue();
            if (own.isEmpty()) {
                continue;
            }
            TokenSpan cue = e.getKey();
            own = besideTheCue(t, cue, joinTouching(t, own));
            TokenSpan source = nearestSource(t, sources, cue, own);
            TokenSpan window = new TokenSpan(t.paragraphStart[cue.begin()],
                    Math.max(t.paragraphEnd[cue.begin()], own.get(own.size() - 1).end()));
            window = new TokenSpan(Math.min(window.begin(), own.get(0).begin()), window.end());
            out.add(new TaggedAttribution(new ScoredCue(CueSpan.of(t, cue), mean(decoded, cue)), window, source, own,
                    meanOf(decoded, own)));
        }
        return out;
    }

    /** Contents in text order, those of one paragraph with only punctuation tokens between them joined. */
    static List<TokenSpan> joinTouching(TokenTable t, List<TokenSpan> contents) {
        List<TokenSpan> sorted = new ArrayList<>(contents);
        sorted.sort(Comparator.comparingInt(TokenSpan::begin));
        List<TokenSpan> out = new ArrayList<>();
        for (TokenSpan next : sorted) {
            TokenSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && t.paragraph[last.begin()] == t.paragraph[next.begin()]
                    && onlyPunctuationBetween(t, last.end(), next.begin())) {
                out.set(out.size() - 1, new TokenSpan(last.begin(), Math.max(last.end(), next.end())));
            } else {
                out.add(next);
            }
        }
        return out;
    }

    private static boolean onlyPunctuationBetween(TokenTable t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isPunctuation(t.word[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(String word) {
        return word.codePoints().allMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION;
        });
    }

    /**
     * Of a cue's contents in text order, those in its own paragraph that are the last one before it, any it lies
     * inside, and the first one after it; contents in other paragraphs came by a quote-only paragraph that carries
     * the claim on (R1b) or by the rules' pairing, and stay.
     */
    static List<TokenSpan> besideTheCue(TokenTable t, TokenSpan cue, List<TokenSpan> contents) {
        int paragraph = t.paragraph[cue.begin()];
        TokenSpan before = null;
        TokenSpan after = null;
        List<TokenSpan> inside = new ArrayList<>();
        List<TokenSpan> elsewhere = new ArrayList<>();
        for (TokenSpan content : contents) {
            if (t.paragraph[content.begin()] != paragraph) {
                elsewhere.add(content);
            } else if (content.end() <= cue.begin()) {
                before = content;
            } else if (content.begin() >= cue.end()) {
                if (after == null) {
                    after = content;
                }
            } else {
                inside.add(content);
            }
        }
        List<TokenSpan> out = new ArrayList<>();
        if (before != null) {
            out.add(before);
        }
        out.addAll(inside);
        if (after != null) {
            out.add(after);
        }
        out.addAll(elsewhere);
        out.sort(Comparator.comparingInt(TokenSpan::begin));
        return out;
    }

    /** The encoder's cue that a rule candidate shares with {@code content}, or null. */
    private static TokenSpan cueTheRulesPaired(TokenTable t, List<TokenSpan> cues, TokenSpan content) {
        io.claimant.document.Span chars = content.characters(t.doc.tokens());
        for (TokenSpan cue : cues) {
            for (int k = cue.begin(); k < cue.end(); k++) {
                int rule = t.ruleCue[k];
                if (rule >= 0 && overlaps(t.ruleCandidates.get(rule).content(), chars)) {
                    return cue;
                }
            }
        }
        return null;
    }

    private static boolean overlaps(io.claimant.document.Span a, io.claimant.document.Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    private static TokenSpan nearestCue(TokenTable t, List<TokenSpan> cues, TokenSpan content) {
        TokenSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TokenSpan cue : cues) {
            if (t.paragraph[cue.begin()] != t.paragraph[content.begin()]) {
                continue;
            }
            int distance = gap(cue, content)
                    + (t.sentence[cue.begin()] == t.sentence[content.begin()] ? 0 : OTHER_SENTENCE);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cue;
            }
        }
        return best;
    }

    private static TokenSpan continuedCue(TokenTable t, Map<TokenSpan, List<TokenSpan>> contentsOfCue,
                                          TokenSpan orphan) {
        if (!t.openMark[orphan.begin()] && !(orphan.begin() > 0 && t.openMark[orphan.begin() - 1])) {
            return null;
        }
        TokenSpan best = null;
        for (Map.Entry<TokenSpan, List<TokenSpan>> e : contentsOfCue.entrySet()) {
            TokenSpan cue = e.getKey();
            int paragraphsBack = t.paragraph[orphan.begin()] - t.paragraph[cue.begin()];
            if (e.getValue().isEmpty() || paragraphsBack < 1 || paragraphsBack > CONTINUATION_PARAGRAPHS) {
                continue;
            }
            if (best == null || cue.begin() > best.begin()) {
                best = cue;
            }
        }
        return best;
    }

    private static TokenSpan nearestSource(TokenTable t, List<TokenSpan> sources, TokenSpan cue,
                                           List<TokenSpan> contents) {
        TokenSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TokenSpan source : sources) {
            if (t.paragraph[source.begin()] != t.paragraph[cue.begin()]
                    || contents.stream().anyMatch(c -> c.overlaps(source))) {
                continue;
            }
            boolean sameSentence = t.sentence[source.begin()] == t.sentence[cue.begin()];
            if (!sameSentence && source.begin() > cue.begin()) {
                continue;
            }
            int distance = gap(source, cue) + (sameSentence ? 0 : OTHER_SENTENCE);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = source;
            }
        }
        return best;
    }

    /** Tokens between two spans; 0 when they touch or overlap. */
    static int gap(TokenSpan a, TokenSpan b) {
        return Math.max(0, Math.max(a.begin() - b.end(), b.begin() - a.end()));
    }

    private static double mean(RoleDecoder.Decoded d, TokenSpan span) {
        double sum = 0;
        for (int k = span.begin(); k < span.end(); k++) {
            sum += d.probabilities()[k];
        }
        return sum / span.length();
    }

    private static double meanOf(RoleDecoder.Decoded d, List<TokenSpan> spans) {
        double sum = 0;
        int n = 0;
        for (TokenSpan s : spans) {
            for (int k = s.begin(); k < s.end(); k++) {
                sum += d.probabilities()[k];
                n++;
            }
        }
        return sum / n;
    }
}
