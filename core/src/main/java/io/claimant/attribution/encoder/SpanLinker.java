package io.claimant.attribution.encoder;

import io.claimant.attribution.learned.model.TagSet;
import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.tagging.ScoredCue;
import io.claimant.attribution.learned.tagging.TaggedAttribution;
import io.claimant.document.SortedByStart;
import io.claimant.document.TokenText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    /**
     * A content before its cue is the cue's only when at most this many words that are not the source stand
     * between them: "“A,” Smith, the mayor, said later" has one; a content further back belongs to another cue.
     */
    static final int WORDS_BEFORE_CUE = 2;

    private final TagSet tags = TagSet.ALL;

    public List<TaggedAttribution> link(TokenTable t, RoleDecoder.Decoded decoded) {
        String[] labels = decoded.labels();
        // Spans come in text order and do not overlap within a role: every lookup below is a binary search or a
        // walk outward from one, so that a document of thousands of claims in one paragraph costs linear time.
        List<TokenSpan> cues = tags.spans(labels, TagSet.Role.CUE, 0).stream().map(c -> withoutPerfectHave(t, c)).toList();
        List<TokenSpan> sources = tags.spans(labels, TagSet.Role.SOURCE, 0);
        List<TokenSpan> contents = byParagraph(t, tags.spans(labels, TagSet.Role.CONTENT, 0));
        int[] cueOfRule = cueOfEachRule(t, cues);
        RuleCover cover = RuleCover.of(t);
        boolean[] sourceToken = new boolean[labels.length];
        for (TokenSpan source : sources) {
            java.util.Arrays.fill(sourceToken, source.begin(), source.end(), true);
        }

        List<List<TokenSpan>> contentsOfCue = new ArrayList<>();
        cues.forEach(c -> contentsOfCue.add(new ArrayList<>()));
        List<TokenSpan> orphans = new ArrayList<>();
        for (TokenSpan content : contents) {
            int cue = cueTheRulesPaired(cueOfRule, cover, content);
            if (cue < 0) {
                cue = nearestCue(t, cues, content);
            }
            if (cue < 0) {
                orphans.add(content);
            } else {
                contentsOfCue.get(cue).add(content);
            }
        }
        List<Integer> cuesWithContent = new ArrayList<>();
        for (int c = 0; c < cues.size(); c++) {
            if (!contentsOfCue.get(c).isEmpty()) {
                cuesWithContent.add(c);
            }
        }
        for (TokenSpan orphan : orphans) {
            int carried = continuedCue(t, cues, cuesWithContent, orphan);
            if (carried >= 0) {
                contentsOfCue.get(carried).add(orphan);
            }
        }

        List<TaggedAttribution> out = new ArrayList<>();
        for (int c = 0; c < cues.size(); c++) {
            if (contentsOfCue.get(c).isEmpty()) {
                continue;
            }
            TokenSpan cue = cues.get(c);
            List<TokenSpan> kept = besideTheCue(t, cue, joinTouching(t, contentsOfCue.get(c)), sourceToken);
            if (kept.isEmpty()) {
                continue;
            }
            boolean overParagraphs = t.paragraph[kept.get(0).begin()] != t.paragraph[kept.get(kept.size() - 1).begin()];
            List<TokenSpan> own = kept.stream().map(span -> tidied(t, span, overParagraphs)).toList();
            TokenSpan source = nearestSource(t, sources, cue, own);
            if (source == null) {
                source = subjectBefore(t, cue, own);
            }
            TokenSpan window = new TokenSpan(t.paragraphStart[cue.begin()],
                    Math.max(t.paragraphEnd[cue.begin()], own.get(own.size() - 1).end()));
            window = new TokenSpan(Math.min(window.begin(), own.get(0).begin()), window.end());
            out.add(new TaggedAttribution(new ScoredCue(CueSpan.of(t, cue), mean(decoded, cue)), window, source, own,
                    meanOf(decoded, own)));
        }
        return out;
    }

    /**
     * A cue without a perfect's "have" before its verb ("have expressed concern about" is "expressed concern
     * about"). {@link io.claimant.attribution.learned.table.CueCore} takes off what the tagger calls an auxiliary
     * later; the tagger often calls this "have" a verb.
     */
    static TokenSpan withoutPerfectHave(TokenTable t, TokenSpan cue) {
        int b = cue.begin();
        while (b < cue.end() - 1 && "have".equals(t.lemma[b]) && "VERB".equals(t.pos[b + 1])) {
            b++;
        }
        return b == cue.begin() ? cue : new TokenSpan(b, cue.end());
    }

    /** Contents cut where a paragraph ends: a claim has one segment per paragraph (R1b). */
    static List<TokenSpan> byParagraph(TokenTable t, List<TokenSpan> contents) {
        List<TokenSpan> out = new ArrayList<>(contents.size());
        for (TokenSpan content : contents) {
            int from = content.begin();
            for (int k = content.begin() + 1; k < content.end(); k++) {
                if (t.paragraph[k] != t.paragraph[k - 1]) {
                    out.add(new TokenSpan(from, k));
                    from = k;
                }
            }
            out.add(new TokenSpan(from, content.end()));
        }
        return out;
    }

    /**
     * A segment without the commas, semicolons and colons at its ends (the clause goes on past them, the statement
     * does not), and, in a claim over several paragraphs (R1b), without the marks of the quote it is a part of, as
     * the quotation annotator and the rules write a quote's parts: a part that opens with a mark and runs to its
     * closing mark or to the end of its paragraph. Within one paragraph the marks at a content's seams stay, as
     * PolNeAR keeps them: taking them off there cost 0.06 exact F1 on the validation texts.
     */
    static TokenSpan tidied(TokenTable t, TokenSpan span, boolean quoteOverParagraphs) {
        int b = span.begin();
        int e = span.end();
        while (b < e - 1 && isSeparator(t.word[b])) {
            b++;
        }
        while (e > b + 1 && isSeparator(t.word[e - 1])) {
            e--;
        }
        // A quote carried over paragraphs reopens each paragraph with a mark that belongs to no part of it.
        if (quoteOverParagraphs && e - b > 2 && isMark(t, b) && t.quote[b + 1] >= 0) {
            int q = t.quote[b + 1];
            boolean closes = isMark(t, e - 1) && t.quote[e - 2] == q;
            boolean runsToParagraphEnd = e == t.paragraphEnd[b] && t.quote[e - 1] == q;
            if (closes || runsToParagraphEnd) {
                b++;
                if (closes) {
                    e--;
                }
                while (e > b + 1 && isSeparator(t.word[e - 1])) {
                    e--;
                }
            }
        }
        return new TokenSpan(b, e);
    }

    private static boolean isMark(TokenTable t, int k) {
        return t.openMark[k] || t.closeMark[k] || t.quote[k] < 0 && TokenText.isQuoteMark(t.word[k]);
    }

    private static boolean isSeparator(String word) {
        return word.equals(",") || word.equals(";") || word.equals(":");
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
            if (!TokenText.isPunctuation(t.doc.tokens().get(k))) {
                return false;
            }
        }
        return true;
    }


    /**
     * Of a cue's contents in text order, those in its own paragraph that are the last one before it, any it lies
     * inside, and the first one after it; contents in other paragraphs came by a quote-only paragraph that carries
     * the claim on (R1b) or by the rules' pairing, and stay.
     */
    static List<TokenSpan> besideTheCue(TokenTable t, TokenSpan cue, List<TokenSpan> contents, boolean[] sourceToken) {
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
        if (before != null && wordsBetween(t, before.end(), cue.begin(), sourceToken) <= WORDS_BEFORE_CUE) {
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

    /** Tokens in [from, to) that are neither punctuation nor part of a source. */
    private static int wordsBetween(TokenTable t, int from, int to, boolean[] sourceToken) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!sourceToken[k] && !TokenText.isPunctuation(t.doc.tokens().get(k))) {
                n++;
            }
        }
        return n;
    }

    /** For each rule candidate, the first of the encoder's cues that holds one of the rule's cue tokens, or -1. */
    private static int[] cueOfEachRule(TokenTable t, List<TokenSpan> cues) {
        int[] out = new int[t.ruleCandidates.size()];
        java.util.Arrays.fill(out, -1);
        for (int c = 0; c < cues.size(); c++) {
            for (int k = cues.get(c).begin(); k < cues.get(c).end(); k++) {
                int rule = t.ruleCue[k];
                if (rule >= 0 && out[rule] < 0) {
                    out[rule] = c;
                }
            }
        }
        return out;
    }

    /**
     * For each token, the rule candidates whose content covers it, as a compressed table: the rules of token k are
     * {@code rules[first[k]]} to {@code rules[first[k + 1] - 1]}. Its size is the rules' contents' total length.
     */
    private record RuleCover(int[] first, int[] rules) {

        static RuleCover of(TokenTable t) {
            int[][] ranges = new int[t.ruleCandidates.size()][];
            int[] count = new int[t.size + 1];
            for (int r = 0; r < ranges.length; r++) {
                io.claimant.document.Span content = t.ruleCandidates.get(r).content();
                ranges[r] = new int[] {tokenAt(t, content.begin()), tokenAt(t, content.end())};
                for (int k = ranges[r][0]; k < ranges[r][1] && k < t.size; k++) {
                    count[k + 1]++;
                }
            }
            for (int k = 0; k < t.size; k++) {
                count[k + 1] += count[k];
            }
            int[] rules = new int[count[t.size]];
            int[] next = java.util.Arrays.copyOf(count, t.size);
            for (int r = 0; r < ranges.length; r++) {
                for (int k = ranges[r][0]; k < ranges[r][1] && k < t.size; k++) {
                    rules[next[k]++] = r;
                }
            }
            return new RuleCover(count, rules);
        }
    }

    /** The index of the first token that ends after character {@code offset}. */
    private static int tokenAt(TokenTable t, int offset) {
        return SortedByStart.firstFrom(t.doc.tokens(), io.claimant.document.Token::end, offset + 1);
    }

    /**
     * The encoder's cue (its index) that a rule candidate shares with {@code content}, or -1: of the rules whose
     * content overlaps this one, the one whose cue the encoder found first.
     */
    private static int cueTheRulesPaired(int[] cueOfRule, RuleCover cover, TokenSpan content) {
        int best = -1;
        for (int k = content.begin(); k < content.end(); k++) {
            for (int i = cover.first()[k]; i < cover.first()[k + 1]; i++) {
                int cue = cueOfRule[cover.rules()[i]];
                if (cue >= 0 && (best < 0 || cue < best)) {
                    best = cue;
                }
            }
        }
        return best;
    }

    /**
     * The nearest cue of the content's paragraph (its index), one in another sentence counted {@link
     * #OTHER_SENTENCE} tokens further; the earlier one on a tie. Only the last cue that begins before the content
     * and the first that begins at or after it can be nearest: a cue further off in the same sentence is further,
     * and one in another sentence further still.
     */
    private static int nearestCue(TokenTable t, List<TokenSpan> cues, TokenSpan content) {
        int after = SortedByStart.firstFrom(cues, TokenSpan::begin, content.begin());
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int c : new int[] {after - 1, after}) {
            if (c < 0 || c >= cues.size()) {
                continue;
            }
            TokenSpan cue = cues.get(c);
            if (t.paragraph[cue.begin()] != t.paragraph[content.begin()]) {
                continue;
            }
            int distance = gap(cue, content)
                    + (t.sentence[cue.begin()] == t.sentence[content.begin()] ? 0 : OTHER_SENTENCE);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    /**
     * The claim a quote-only paragraph carries on: the last cue with content before it, if that cue is one to
     * {@link #CONTINUATION_PARAGRAPHS} paragraphs back.
     */
    private static int continuedCue(TokenTable t, List<TokenSpan> cues, List<Integer> cuesWithContent,
                                    TokenSpan orphan) {
        if (!isMark(t, orphan.begin()) && !(orphan.begin() > 0 && isMark(t, orphan.begin() - 1))) {
            return -1;
        }
        int lo = SortedByStart.firstFrom(cuesWithContent, c -> cues.get(c).begin(), orphan.begin());
        if (lo == 0) {
            return -1;
        }
        int cue = cuesWithContent.get(lo - 1);
        int paragraphsBack = t.paragraph[orphan.begin()] - t.paragraph[cues.get(cue).begin()];
        return paragraphsBack >= 1 && paragraphsBack <= CONTINUATION_PARAGRAPHS ? cue : -1;
    }

    /**
     * The nearest source of the cue's sentence, else the nearest before it in its paragraph, that is not inside
     * one of the claim's contents. Sources are walked outward from the cue and the walk stops once they are
     * further than the best found: distance only grows outward.
     */
    private static TokenSpan nearestSource(TokenTable t, List<TokenSpan> sources, TokenSpan cue,
                                           List<TokenSpan> contents) {
        TokenSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        int after = SortedByStart.firstFrom(sources, TokenSpan::begin, cue.begin());
        for (int s = after - 1; s >= 0; s--) {
            TokenSpan source = sources.get(s);
            if (t.paragraph[source.begin()] != t.paragraph[cue.begin()]) {
                break;
            }
            boolean sameSentence = t.sentence[source.begin()] == t.sentence[cue.begin()];
            int distance = gap(source, cue) + (sameSentence ? 0 : OTHER_SENTENCE);
            if (distance >= bestDistance) {
                break;
            }
            if (contents.stream().noneMatch(c -> c.overlaps(source))) {
                bestDistance = distance;
                best = source;
            }
        }
        for (int s = after; s < sources.size(); s++) {
            TokenSpan source = sources.get(s);
            if (t.sentence[source.begin()] != t.sentence[cue.begin()]) {
                break;
            }
            int distance = gap(source, cue);
            if (distance >= bestDistance) {
                break;
            }
            if (contents.stream().noneMatch(c -> c.overlaps(source))) {
                bestDistance = distance;
                best = source;
            }
        }
        return best;
    }

    /**
     * When the encoder tagged no source, the noun phrase just before a verb cue, past auxiliaries (a perfect's
     * "have" too, which the tagger often calls a verb) and adverbs ("European leaders have expressed concern
     * about …"): the subject that English puts there. Null when the
     * words before the cue are no noun phrase, or fall in the claim's content.
     */
    static TokenSpan subjectBefore(TokenTable t, TokenSpan cue, List<TokenSpan> contents) {
        if (!"VERB".equals(t.pos[cue.begin()]) && !"AUX".equals(t.pos[cue.begin()])) {
            return null;
        }
        int sentenceStart = t.sentenceStart[cue.begin()];
        int k = cue.begin() - 1;
        while (k >= sentenceStart && ("AUX".equals(t.pos[k]) || "ADV".equals(t.pos[k]) || "PART".equals(t.pos[k])
                || "have".equals(t.lemma[k]) && "VERB".equals(t.pos[k + 1]))) {
            k--;
        }
        int end = k + 1;
        if (k < sentenceStart || !isNominal(t.pos[k]) || "DET".equals(t.pos[k]) || "ADJ".equals(t.pos[k])) {
            return null;
        }
        while (k >= sentenceStart && isNominal(t.pos[k])) {
            k--;
        }
        TokenSpan subject = new TokenSpan(k + 1, end);
        return contents.stream().anyMatch(c -> c.overlaps(subject)) ? null : subject;
    }

    private static boolean isNominal(String pos) {
        return pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("PRON") || pos.equals("DET")
                || pos.equals("ADJ") || pos.equals("NUM");
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
