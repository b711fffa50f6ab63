package io.claimant.document;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CodePointIndexTest {

    @Test
    void bmpTextMapsOneToOne() {
        CodePointIndex index = new CodePointIndex("“Yes,” she said.");
        assertEquals(7, index.toCodePoint(7));
        assertEquals(7, index.toUtf16(7));
    }

    @Test
    void emojiCountOnceInCodePoints() {
        String text = "🐝🐝 “Bring blankets,” she wrote.";
        CodePointIndex index = new CodePointIndex(text);
        int quoteUtf16 = text.indexOf('“');
        assertEquals(5, quoteUtf16);
        assertEquals(3, index.toCodePoint(quoteUtf16));
        assertEquals(quoteUtf16, index.toUtf16(3));
        assertEquals(text.codePointCount(0, text.length()), index.toCodePoint(text.length()));
        Span span = index.toCodePoints(new Span(quoteUtf16, text.length()));
        assertEquals(new Span(3, text.codePointCount(0, text.length())), span);
    }

    /** Found by CodePointIndexFuzzTest: without a surrogate pair in the text, toUtf16 let any index through. */
    @Test
    void codePointIndicesPastEitherEndAreRejectedInBmpTextToo() {
        assertThrows(IndexOutOfBoundsException.class, () -> new CodePointIndex("").toUtf16(1));
        assertThrows(IndexOutOfBoundsException.class, () -> new CodePointIndex("é").toUtf16(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> new CodePointIndex("🙂").toUtf16(2));
        assertEquals(1, new CodePointIndex("é").toUtf16(1));
    }

    /**
     * toUtf16 walked the text from its start on every call, so BratWriter on a long document with emoji took
     * quadratic time: converting every index of this text took minutes. Now it takes milliseconds; the limit
     * only tells a search from a walk.
     */
    @Test
    void everyIndexOfALongTextWithEmojiConvertsWithoutWalkingTheText() {
        String text = "A line, then 🙂 and 𝒜.\n".repeat(20_000);
        int[] utf16OfCodePoint = new int[text.codePointCount(0, text.length()) + 1];
        for (int i = 0, cp = 0; i <= text.length(); cp++) {
            utf16OfCodePoint[cp] = i;
            i += i < text.length() ? Character.charCount(text.codePointAt(i)) : 1;
        }
        CodePointIndex index = new CodePointIndex(text);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int cp = 0; cp < utf16OfCodePoint.length; cp++) {
                assertEquals(utf16OfCodePoint[cp], index.toUtf16(cp));
                assertEquals(cp, index.toCodePoint(utf16OfCodePoint[cp]));
            }
        });
    }
}
