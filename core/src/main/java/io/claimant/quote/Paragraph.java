package io.claimant.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of text with its surrounding whitespace left out: {@code [start, end)} runs from the first to just
 * after the last non-space char. In news text a line break ends a paragraph, and no quotation without
 * matching marks may run past one.
 */
record Paragraph(int start, int end) {

    /** The non-blank paragraphs of {@code text}, in order; lines end with \n, \r\n or \r. */
    static List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addTrimmed(text, lineStart, i, paragraphs);
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                lineStart = i;
            } else {
                i++;
            }
        }
        addTrimmed(text, lineStart, text.length(), paragraphs);
        return paragraphs;
    }

    private static void addTrimmed(String text, int start, int end, List<Paragraph> paragraphs) {
        while (start < end && MarkContext.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && MarkContext.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            paragraphs.add(new Paragraph(start, end));
        }
    }
}
