package io.claimant.output;

import io.claimant.document.Claim;
import io.claimant.document.ClaimContent;
import io.claimant.document.ClaimSource;
import io.claimant.document.ClaimType;
import io.claimant.document.Cue;
import io.claimant.document.Document;
import io.claimant.document.Entity;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.MentionKind;
import io.claimant.document.Quotation;
import io.claimant.document.Span;

import java.util.List;

/**
 * A hand-annotated article whose headline starts with emoji outside the BMP, so every later UTF-16 offset
 * is 3 more than its code point offset: a writer that forgot to convert would be caught.
 */
final class SampleDocuments {

    /** UTF-16 units minus code points before the body: the flag is 2 code points in 4 units, the face 1 in 2. */
    static final int SHIFT = 3;

    static final String TEXT = "\uD83C\uDDFA\uD83C\uDDF8 Rutte backs NATO \uD83D\uDE00\n"
            + "NATO Secretary General Mark Rutte spoke in Berlin. "
            + "\u201CWe are totally committed,\u201D he said, \u201Cand we will stay.\u201D "
            + "Analysts said NATO is strong.";

    private SampleDocuments() {
    }

    static Span find(String needle) {
        return find(needle, 0);
    }

    static Span find(String needle, int from) {
        int begin = TEXT.indexOf(needle, from);
        if (begin < 0) {
            throw new IllegalArgumentException("not in sample: " + needle);
        }
        return new Span(begin, begin + needle.length());
    }

    static Document annotated() {
        Document doc = Document.of("news/rutte.txt", TEXT);

        Span rutte = find("Mark Rutte");
        Span he = find("he said");
        he = new Span(he.begin(), he.begin() + 2);
        Span nato = find("NATO is strong");
        nato = new Span(nato.begin(), nato.begin() + 4);
        EntityMention rutteName = new EntityMention(rutte.begin(), rutte.end(), "Mark Rutte", EntityType.PERSON,
                MentionKind.NAME, 1, "e1");
        EntityMention rutteHe = new EntityMention(he.begin(), he.end(), "he", EntityType.PERSON,
                MentionKind.PRONOUN, 2, "e1");
        EntityMention natoName = new EntityMention(nato.begin(), nato.end(), "NATO", EntityType.ORGANIZATION,
                MentionKind.NAME, 3, "e2");
        Entity e1 = new Entity("e1", "Mark Rutte", EntityType.PERSON, "NATO Secretary General",
                List.of(rutteName, rutteHe));
        Entity e2 = new Entity("e2", "NATO", EntityType.ORGANIZATION, null, List.of(natoName));

        Span quote1 = find("\u201CWe are totally committed,\u201D");
        Span quote2 = find("\u201Cand we will stay.\u201D");
        Quotation q1 = new Quotation(quote1.begin(), quote1.end(), List.of(inner(quote1)), 0, true);
        Quotation q2 = new Quotation(quote2.begin(), quote2.end(), List.of(inner(quote2)), 0, true);

        Span saidHe = find("said", he.end());
        Claim direct = new Claim(0, ClaimType.DIRECT,
                new ClaimSource(he, "he", List.of(e1)),
                new Cue(saidHe, "said", "say", "speech"),
                new ClaimContent(new Span(quote1.begin(), quote2.end()),
                        TEXT.substring(quote1.begin(), quote2.end()), List.of(quote1, quote2)),
                List.of(inner(quote1), inner(quote2)), 2, 0.9, List.of());

        Span analysts = find("Analysts");
        Span saidAnalysts = find("said", analysts.end());
        Span strong = find("NATO is strong");
        Claim indirect = new Claim(1, ClaimType.INDIRECT,
                new ClaimSource(analysts, "Analysts", List.of()),
                new Cue(saidAnalysts, "said", "say"),
                new ClaimContent(strong, "NATO is strong", List.of(strong)),
                List.of(), 3, 0.6, List.of(e2));

        Span spoke = find("spoke in Berlin");
        Claim bare = new Claim(2, ClaimType.MIXED, null, null,
                new ClaimContent(spoke, "spoke in Berlin", List.of()), List.of(), 1, 0.25, List.of());

        return doc.withEntities(List.of(rutteName, rutteHe, natoName), List.of(e1, e2))
                .withQuotations(List.of(q1, q2))
                .withClaims(List.of(direct, indirect, bare));
    }

    private static Span inner(Span quoteWithMarks) {
        return new Span(quoteWithMarks.begin() + 1, quoteWithMarks.end() - 1);
    }

    /** What Python's {@code text[begin:end]} gives for code point offsets. */
    static String codePointSlice(String text, int begin, int end) {
        int from = text.offsetByCodePoints(0, begin);
        int to = text.offsetByCodePoints(0, end);
        return text.substring(from, to);
    }
}
