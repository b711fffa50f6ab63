package io.claimant.pipeline;

import io.claimant.document.Claim;
import io.claimant.document.Document;
import io.claimant.document.Span;
import io.claimant.document.Token;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regressions found by PipelineFuzzTest: no span may begin or end between the two halves of an emoji. */
class SurrogatePairSpansTest {

    @Test
    void contentAfterAnEmojiStartsAfterTheWholeEmoji() {
        String text = "Mark Rutte said ”🙂\"The alliance is strong\" ";
        Document doc = SharedPipeline.annotate(text);
        List<Span> spans = new ArrayList<>();
        doc.tokens().stream().map(Token::span).forEach(spans::add);
        for (Claim claim : doc.claims()) {
            spans.add(claim.content().span());
            spans.addAll(claim.content().segments());
        }
        for (Span span : spans) {
            assertTrue(!splitsPair(text, span.begin()) && !splitsPair(text, span.end()),
                    span + " splits a surrogate pair; tokens " + doc.tokens());
        }
    }

    private static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }
}
