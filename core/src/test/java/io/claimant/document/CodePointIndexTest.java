package io.claimant.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
