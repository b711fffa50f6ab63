package io.claimant.training;

import io.claimant.attribution.rules.RuleCandidates;
import io.claimant.document.Document;
import io.claimant.eval.AnnotatedDocument;
import io.claimant.eval.AttributionRecord;
import io.claimant.eval.CodePointText;
import io.claimant.eval.SpanSet;
import io.claimant.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Gold attributions for a hand-built document, written "source | cue | content" with each part found by its text:
 * its first occurrence, or its n-th written {@code text#n} ("said#2"); "-" for no source. They are turned into what
 * training reads: code-point offsets, as annotation files count them, and a {@link PreparedText} with the rules'
 * candidates.
 */
final class HandBuiltGold {

    private HandBuiltGold() {
    }

    static AnnotatedDocument gold(Document doc, String... attributions) {
        List<AttributionRecord> records = new ArrayList<>();
        for (String a : attributions) {
            String[] parts = a.split(" \\| ");
            records.add(new AttributionRecord(parts[0].equals("-") ? null : spanOf(doc, parts[0]), spanOf(doc, parts[1]),
                    spanOf(doc, parts[2]), null, null));
        }
        return new AnnotatedDocument(doc.id(), new CodePointText(doc.text()), records, List.of(), List.of(), false,
                false, false, false);
    }

    static PreparedText prepared(String corpus, Document doc, String... attributions) {
        return new PreparedText(corpus, doc, new RuleCandidates(Lexicon.builtIn()).candidates(doc),
                List.of(gold(doc, attributions)), List.of(doc.id().replace(".txt", ".ann")));
    }

    /** The text's first (or n-th, {@code text#n}) occurrence, in code points. */
    private static SpanSet spanOf(Document doc, String written) {
        int hash = written.lastIndexOf('#');
        String text = hash > 0 ? written.substring(0, hash) : written;
        int occurrence = hash > 0 ? Integer.parseInt(written.substring(hash + 1)) : 1;
        int begin = -1;
        for (int n = 0; n < occurrence; n++) {
            begin = doc.text().indexOf(text, begin + 1);
        }
        if (begin < 0) {
            throw new IllegalArgumentException("'" + written + "' is not in: " + doc.text());
        }
        int cp = doc.text().codePointCount(0, begin);
        return SpanSet.of(cp, cp + text.codePointCount(0, text.length()));
    }
}
