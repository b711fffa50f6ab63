package io.claimant.document;

import java.util.List;

/**
 * What was reported. {@code span} runs from the content's start to its end; {@code segments} leave out an
 * inserted speech tag ("“We will stay,” she said, “and we will win.”" has two segments).
 */
public record ClaimContent(Span span, String text, List<Span> segments) {

    public ClaimContent {
        segments = List.copyOf(segments);
    }
}
