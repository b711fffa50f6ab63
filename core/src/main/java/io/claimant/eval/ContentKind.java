package io.claimant.eval;

import io.claimant.document.CodePointIndex;
import io.claimant.document.Document;
import io.claimant.document.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a content is a clause ("that NATO remains crucial", "he would run", "to close two libraries") or a noun
 * phrase ("the enduring strategic importance of NATO", "tariffs"), read from the tagged tokens under it: the two
 * kinds are found by different means and fail differently, so the report gives each its own row. A content is a
 * clause when it opens with a complementiser, a wh-word or "to", or holds an auxiliary, or a verb right after a
 * possible subject (a noun, name or pronoun, an adverb between allowed); otherwise it is a noun phrase.
 */
public final class ContentKind {

    public static final String CLAUSE = "clause";
    public static final String NOUN_PHRASE = "noun phrase";

    private static final Set<String> OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when",
            "where", "who", "whom", "which", "to");
    private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN", "PRON");

    private ContentKind() {
    }

    /** The kind of a content given in code points over {@code doc}'s text; null when no token lies under it. */
    public static String of(Document doc, CodePointIndex index, SpanSet content) {
        List<Token> tokens = new ArrayList<>();
        for (int[] f : content.fragments()) {
            int from = index.toUtf16(f[0]);
            int to = index.toUtf16(f[1]);
            for (int k = doc.firstTokenFrom(from); k < doc.tokens().size() && doc.tokens().get(k).end() <= to; k++) {
                Token t = doc.tokens().get(k);
                if (!"PUNCT".equals(t.pos())) {
                    tokens.add(t);
                }
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        if (OPENERS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))) {
            return CLAUSE;
        }
        for (int k = 0; k < tokens.size(); k++) {
            String pos = tokens.get(k).pos();
            if ("AUX".equals(pos)) {
                return CLAUSE;
            }
            if ("VERB".equals(pos) && k > 0) {
                int before = k - 1;
                if ("ADV".equals(tokens.get(before).pos()) && before > 0) {
                    before--;
                }
                if (SUBJECT_TAGS.contains(tokens.get(before).pos())) {
                    return CLAUSE;
                }
            }
        }
        return NOUN_PHRASE;
    }
}
