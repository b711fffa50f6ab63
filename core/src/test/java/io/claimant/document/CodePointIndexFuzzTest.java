package io.claimant.document;

import io.claimant.testing.Fuzz;
import io.claimant.testing.MessyText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * UTF-16 ↔ code point conversion on random strings of ASCII, other BMP characters, emoji and lone surrogates of
 * both kinds (which no UTF-8 file decodes to, but a Java caller can pass). Java's own {@code codePointCount} is
 * the reference: a lone surrogate counts as one code point, a pair as one.
 */
class CodePointIndexFuzzTest {

    private static final List<String> ASCII = List.of("a", "Z", " ", "\n", "\r");
    private static final List<String> OTHER_BMP = List.of("é", "“", "”", "—", "\uFFFF", "\u0000");
    private static final List<String> PAIRS = List.of("🙂", "😀", "𝒜", "\uDBFF\uDFFF", "\uD800\uDC00");
    private static final List<String> LONE_SURROGATES = List.of("\uD83D", "\uDE00", "\uDBFF", "\uDC00");

    @Test
    void everyUtf16IndexMapsToTheCodePointsBeforeIt() {
        Fuzz.forAll(500, CodePointIndexFuzzTest::text, CodePointIndexFuzzTest::escaped, text -> {
            CodePointIndex index = new CodePointIndex(text);
            for (int i = 0; i <= text.length(); i++) {
                // An index between the two halves of a pair stands for the pair: it maps where the pair begins.
                int expected = text.codePointCount(0, insidePair(text, i) ? i - 1 : i);
                assertEquals(expected, index.toCodePoint(i), "UTF-16 index " + i);
            }
        });
    }

    @Test
    void codePointsMapToUtf16AndBack() {
        Fuzz.forAll(500, CodePointIndexFuzzTest::text, CodePointIndexFuzzTest::escaped, text -> {
            CodePointIndex index = new CodePointIndex(text);
            int codePoints = text.codePointCount(0, text.length());
            for (int cp = 0; cp <= codePoints; cp++) {
                int utf16 = index.toUtf16(cp);
                assertEquals(text.offsetByCodePoints(0, cp), utf16, "code point " + cp);
                assertEquals(cp, index.toCodePoint(utf16), "back from UTF-16 " + utf16);
            }
        });
    }

    @Test
    void indicesOutsideTheTextAreRejectedBothWays() {
        Fuzz.forAll(200, CodePointIndexFuzzTest::text, CodePointIndexFuzzTest::escaped, text -> {
            CodePointIndex index = new CodePointIndex(text);
            int codePoints = text.codePointCount(0, text.length());
            assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(-1));
            assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(text.length() + 1));
            assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(-1));
            assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(codePoints + 1));
        });
    }

    /** What the output writers rely on: a span between whole characters slices the same text in both units. */
    @Test
    void aDocumentSpanSlicesTheSameTextInCodePoints() {
        record Sample(String text, double from, double to) {
        }
        Fuzz.forAll(500, random -> new Sample(text(random), Fuzz.fraction(random), Fuzz.fraction(random)),
                s -> escaped(s.text()) + " from " + s.from() + " to " + s.to(), s -> {
                    String text = s.text();
                    int a = MessyText.wholeCharacterIndex(text, s.from());
                    int b = MessyText.wholeCharacterIndex(text, s.to());
                    Span utf16 = new Span(Math.min(a, b), Math.max(a, b));
                    Document doc = Document.of("fuzz", text);
                    Span codePoints = doc.toCodePoints(utf16);
                    assertEquals(doc.toCodePoint(utf16.begin()), codePoints.begin());
                    int[] all = text.codePoints().toArray();
                    String sliced = new String(all, codePoints.begin(), codePoints.length());
                    assertEquals(doc.text(utf16), sliced, utf16::toString);
                });
    }

    /** Up to 40 units: ASCII 4, other BMP 2, surrogate pairs 3, lone surrogates 1 in 10. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = Fuzz.size(random, 40); n > 0; n--) {
            int roll = random.nextInt(10);
            List<String> kind = roll < 4 ? ASCII : roll < 6 ? OTHER_BMP : roll < 9 ? PAIRS : LONE_SURROGATES;
            text.append(Fuzz.oneOf(random, kind));
        }
        return text.toString();
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
