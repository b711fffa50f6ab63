package io.claimant.attribution.learned.steps;

import io.claimant.document.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanIndexTest {

    @Test
    void answersOverlapAndContainmentAtTheEdges() {
        SpanIndex index = new SpanIndex(List.of(new Span(10, 20), new Span(30, 60), new Span(35, 40)));
        assertTrue(index.overlapsAny(new Span(19, 25)));
        assertFalse(index.overlapsAny(new Span(20, 30)), "touching ends share no character");
        assertTrue(index.containsAny(new Span(30, 60)));
        assertTrue(index.containsAny(new Span(41, 59)), "inside the long span, after the short one ended");
        assertFalse(index.containsAny(new Span(15, 31)));
        assertFalse(new SpanIndex(List.of()).overlapsAny(new Span(0, 100)));
    }

    @Test
    void agreesWithCheckingEverySpan() {
        Random random = new Random(7);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int b = random.nextInt(1000);
            spans.add(new Span(b, b + 1 + random.nextInt(60)));
        }
        SpanIndex index = new SpanIndex(spans);
        for (int i = 0; i < 2000; i++) {
            int b = random.nextInt(1100);
            Span q = new Span(b, b + 1 + random.nextInt(30));
            assertEquals(spans.stream().anyMatch(s -> s.overlaps(q)), index.overlapsAny(q), q.toString());
            assertEquals(spans.stream().anyMatch(s -> s.contains(q)), index.containsAny(q), q.toString());
        }
    }
}
