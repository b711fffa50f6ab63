package io.claimant.training;

import io.claimant.attribution.learned.table.CueCore;
import io.claimant.document.Document;
import io.claimant.document.Token;
import io.claimant.eval.AnnotatedDocument;
import io.claimant.eval.AttributionRecord;
import io.claimant.eval.SpanSet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Gold attributions in token terms: the tokens of each one's cue, source and content. Gold offsets count code
 * points and tokens count UTF-16 units, so offsets are converted first; a token belongs to a span when they
 * share a character.
 */
final class GoldAlignment {

    private GoldAlignment() {
    }

    static List<TokenAttribution> align(AnnotatedDocument gold, Document doc) {
        int[] utf16 = codePointToUtf16(doc.text());
        List<TokenAttribution> out = new ArrayList<>();
        for (AttributionRecord a : gold.attributions()) {
            if (a.cue() == null) {
                continue; // a carried-over quote has no cue to condition on
            }
            BitSet cue = tokens(a.cue(), doc, utf16);
            if (cue.isEmpty()) {
                continue;
            }
            BitSet source = a.source() == null ? new BitSet() : tokens(a.source(), doc, utf16);
            BitSet content = tokens(a.content(), doc, utf16);
            source.andNot(cue);
            content.andNot(cue);
            out.add(new TokenAttribution(CueCore.of(doc.tokens(), cue.nextSetBit(0), cue.length()), source, content));
        }
        return out;
    }

    private static BitSet tokens(SpanSet span, Document doc, int[] utf16) {
        BitSet set = new BitSet();
        List<Token> tokens = doc.tokens();
        for (int[] f : span.fragments()) {
            int begin = utf16[Math.min(f[0], utf16.length - 1)];
            int end = utf16[Math.min(f[1], utf16.length - 1)];
            for (int k = Math.max(0, doc.firstTokenFrom(begin) - 1); k < tokens.size() && tokens.get(k).begin() < end; k++) {
                if (tokens.get(k).end() > begin) {
                    set.set(k);
                }
            }
        }
        return set;
    }

    /** UTF-16 index of every code point index, with one extra entry for the end of the text. */
    static int[] codePointToUtf16(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            out[cp++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        out[cp] = text.length();
        return out;
    }
}
