package io.claimant.document;

import java.util.List;

/**
 * Text between quotation marks. {@code begin}/{@code end} include the marks; {@code parts} are the quoted
 * text without marks, one per paragraph when a quote runs over several paragraphs (each reopening the mark).
 * {@code depth} is 0 for an outermost quote and 1 or more for quotes nested inside it. {@code closed} is false
 * when no closing mark was found and the quote was cut at the end of its paragraph.
 */
public record Quotation(int begin, int end, List<Span> parts, int depth, boolean closed) {

    public Quotation {
        parts = List.copyOf(parts);
    }

    public Span span() {
        return new Span(begin, end);
    }

    /** From the start of the first part to the end of the last one: the marks left out at both ends. */
    public Span inner() {
        return new Span(parts.get(0).begin(), parts.get(parts.size() - 1).end());
    }

    public boolean isMultiParagraph() {
        return parts.size() > 1;
    }
}
