package io.claimant.document;

import io.claimant.testing.MessyText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * UTF-16 ↔ code point conversion on random strings of ASCII, other BMP characters, emoji and lone surrogates of
 * both kinds (which no UTF-8 file decodes to, but a Java caller can pass). Java's own {@code codePointCount} is
 * the reference: a lone surrogate counts as one code point, a pair as one.
 */
class CodePointIndexFuzzTest {

    @Property(tries = 500)
    void everyUtf16IndexMapsToTheCodePointsBeforeIt(@ForAll("texts") String text) {
        CodePointIndex index = new CodePointIndex(text);
        for (int i = 0; i <= text.length(); i++) {
            // An index between the two halves of a pair stands for the pair: it maps where the pair begins.
            int expected = text.codePointCount(0, insidePair(text, i) ? i - 1 : i);
            assertEquals(expected, index.toCodePoint(i), "UTF-16 index " + i + " of " + escaped(text));
        }
    }

    @Property(tries = 500)
    void codePointsMapToUtf16AndBack(@ForAll("texts") String text) {
        CodePointIndex index = new CodePointIndex(text);
        int codePoints = text.codePointCount(0, text.length());
        for (int cp = 0; cp <= codePoints; cp++) {
            int utf16 = index.toUtf16(cp);
            assertEquals(text.offsetByCodePoints(0, cp), utf16, "code point " + cp + " of " + escaped(text));
            assertEquals(cp, index.toCodePoint(utf16), "back from UTF-16 " + utf16 + " of " + escaped(text));
        }
    }

    @Property(tries = 200)
    void indicesOutsideTheTextAreRejectedBothWays(@ForAll("texts") String text) {
        CodePointIndex index = new CodePointIndex(text);
        int codePoints = text.codePointCount(0, text.length());
        assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(text.length() + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(-1), escaped(text));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(codePoints + 1), escaped(text));
    }

    /** What the output writers rely on: a span between whole characters slices the same text in both units. */
    @Property(tries = 500)
    void aDocumentSpanSlicesTheSameTextInCodePoints(@ForAll("texts") String text,
                                                    @ForAll("fractions") double from, @ForAll("fractions") double to) {
        int a = MessyText.wholeCharacterIndex(text, from);
        int b = MessyText.wholeCharacterIndex(text, to);
        Span utf16 = new Span(Math.min(a, b), Math.max(a, b));
        Document doc = Document.of("fuzz", text);
        Span codePoints = doc.toCodePoints(utf16);
        assertEquals(doc.toCodePoint(utf16.begin()), codePoints.begin());
        int[] all = text.codePoints().toArray();
        String sliced = new String(all, codePoints.begin(), codePoints.length());
        assertEquals(doc.text(utf16), sliced, () -> utf16 + " of " + escaped(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> unit = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("a", "Z", " ", "\n", "\r")),
                Tuple.of(2, Arbitraries.of("é", "“", "”", "—", "\uFFFF", "\u0000")),
                Tuple.of(3, Arbitraries.of("🙂", "😀", "𝒜", "\uDBFF\uDFFF", "\uD800\uDC00")),
                Tuple.of(1, Arbitraries.of("\uD83D", "\uDE00", "\uDBFF", "\uDC00")));
        return unit.list().ofMaxSize(40).map(units -> String.join("", units));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    private static boolean insidePair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder("<");
        for (char c : text.toCharArray()) {
            out.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append('>').toString();
    }
}
