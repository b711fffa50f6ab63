package io.claimant.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
