package io.claimant.document;

/**
 * Converts {@code String} (UTF-16) indices to Unicode code point indices and back. Files Claimant writes use
 * code points so that Python's {@code text[begin:end]} gives the same string; Java code works in UTF-16.
 * Text without surrogate pairs (most news) needs no table at all.
 */
public final class CodePointIndex {

    private final String text;
    /** For each UTF-16 index i (0..length), the number of code points before it; null when all are BMP. */
    private final int[] codePointsBefore;

    public CodePointIndex(String text) {
        this.text = text;
        boolean hasSupplementary = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                hasSupplementary = true;
                break;
            }
        }
        if (!hasSupplementary) {
            codePointsBefore = null;
            return;
        }
        codePointsBefore = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointsBefore[i] = cp;
            boolean pairStart = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStart) {
                codePointsBefore[i + 1] = cp; // an index inside a pair maps to the pair's code point
                i++;
            }
            cp++;
        }
        codePointsBefore[text.length()] = cp;
    }

    public int toCodePoint(int utf16Index) {
        if (utf16Index < 0 || utf16Index > text.length()) {
            throw new IndexOutOfBoundsException(utf16Index);
        }
        return codePointsBefore == null ? utf16Index : codePointsBefore[utf16Index];
    }

    /**
     * Checked against the text's code point count whatever the text holds: without the check, BMP-only text (no
     * table) returned an index past the end or below zero as it was, while text with an emoji threw, so a bad
     * offset in a gold file failed or passed depending on the characters around it.
     */
    public int toUtf16(int codePointIndex) {
        int codePoints = codePointsBefore == null ? text.length() : codePointsBefore[text.length()];
        if (codePointIndex < 0 || codePointIndex > codePoints) {
            throw new IndexOutOfBoundsException(codePointIndex);
        }
        return codePointsBefore == null ? codePointIndex : text.offsetByCodePoints(0, codePointIndex);
    }

    public Span toCodePoints(Span utf16) {
        return new Span(toCodePoint(utf16.begin()), toCodePoint(utf16.end()));
    }
}
