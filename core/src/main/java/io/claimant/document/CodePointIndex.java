package io.claimant.document;

import java.util.Arrays;

/**
 * Converts {@code String} (UTF-16) indices to Unicode code point indices and back. Files Claimant writes use
 * code points so that Python's {@code text[begin:end]} gives the same string; Java code works in UTF-16.
 *
 * <p>Built once per text: it keeps only where the text's surrogate pairs begin, so each conversion is a binary
 * search over the pairs (none at all for text without one, as most news is) instead of a walk from the start of
 * the text, which made writing a long document full of emoji quadratic. A lone surrogate counts as one code
 * point, as in {@link String#codePointCount}.
 */
public final class CodePointIndex {

    private static final int[] NO_PAIRS = new int[0];

    private final int length;
    private final int codePoints;
    /** The UTF-16 index of every surrogate pair's high half, ascending. */
    private final int[] pairStarts;

    public CodePointIndex(String text) {
        this.length = text.length();
        int[] starts = NO_PAIRS;
        int pairs = 0;
        for (int i = 0; i + 1 < length; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (pairs == starts.length) {
                    starts = Arrays.copyOf(starts, Math.max(8, 2 * pairs));
                }
                starts[pairs++] = i;
                i++;
            }
        }
        this.pairStarts = pairs == starts.length ? starts : Arrays.copyOf(starts, pairs);
        this.codePoints = length - pairs;
    }

    /** An index inside a pair maps to the pair's code point: {@code i} minus the pairs that begin before it. */
    public int toCodePoint(int utf16Index) {
        if (utf16Index < 0 || utf16Index > length) {
            throw new IndexOutOfBoundsException(utf16Index);
        }
        return utf16Index - pairsBefore(utf16Index);
    }

    /**
     * Checked against the text's code point count whatever the text holds: without the check, BMP-only text
     * returned an index past the end or below zero as it was, while text with an emoji threw, so a bad offset in
     * a gold file failed or passed depending on the characters around it.
     */
    public int toUtf16(int codePointIndex) {
        if (codePointIndex < 0 || codePointIndex > codePoints) {
            throw new IndexOutOfBoundsException(codePointIndex);
        }
        // Pair j begins at code point pairStarts[j] - j, strictly increasing in j; each pair before the wanted
        // code point adds one UTF-16 unit.
        int low = 0;
        int high = pairStarts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairStarts[mid] - mid < codePointIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return codePointIndex + low;
    }

    public Span toCodePoints(Span utf16) {
        return new Span(toCodePoint(utf16.begin()), toCodePoint(utf16.end()));
    }

    /** How many pairs begin at a UTF-16 index below {@code utf16Index}. */
    private int pairsBefore(int utf16Index) {
        int low = 0;
        int high = pairStarts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairStarts[mid] < utf16Index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
