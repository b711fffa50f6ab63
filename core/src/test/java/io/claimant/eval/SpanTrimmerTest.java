package io.claimant.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanTrimmerTest {

    @Test
    void trimsMarksPunctuationSpacesAndLeadingThat() {
        CodePointText text = new CodePointText("He said “that it is over.” Then he left.");
        SpanSet trimmed = SpanTrimmer.trim(SpanSet.of(8, 26), text);
        assertEquals("it is over", trimmed.text(text));
    }

    @Test
    void keepsAWordThatMerelyStartsWithThat() {
        CodePointText text = new CodePointText("Thatcher spoke.");
        assertEquals("Thatcher spoke", SpanTrimmer.trim(SpanSet.of(0, 15), text).text(text));
    }
}
