package io.claimant.attribution.learned.model;

import io.claimant.attribution.learned.table.TokenSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagSetTest {

    @Test
    void readsEachBeginInsideRunAsOneSpanShiftedByTheWindow() {
        String[] labels = {"O", "B-C", "I-C", "O", "B-S", "B-C", "I-C", "I-C"};
        assertEquals(List.of(new TokenSpan(11, 13), new TokenSpan(15, 18)),
                TagSet.ROLES.spans(labels, TagSet.Role.CONTENT, 10));
        assertEquals(List.of(new TokenSpan(14, 15)), TagSet.ROLES.spans(labels, TagSet.Role.SOURCE, 10));
    }

    @Test
    void aStrayInsideLabelStillStartsASpan() {
        assertEquals(List.of(new TokenSpan(0, 2)),
                TagSet.CUES.spans(new String[] {"I-CUE", "I-CUE", "O"}, TagSet.Role.CUE, 0));
    }

    @Test
    void theLabelsAreThoseTheShippedModelWasTrainedWith() {
        assertArrayEquals(new String[] {"O", "B-CUE", "I-CUE"}, TagSet.CUES.labels());
        assertArrayEquals(new String[] {"O", "B-S", "I-S", "B-C", "I-C"}, TagSet.ROLES.labels());
    }

    @Test
    void aRoleContinuesOnlyAfterItsOwnRole() {
        assertEquals("I-S", TagSet.ROLES.continuing(TagSet.Role.SOURCE, "B-S"));
        assertEquals("B-S", TagSet.ROLES.continuing(TagSet.Role.SOURCE, "I-C"));
        assertEquals("B-C", TagSet.ROLES.continuing(TagSet.Role.CONTENT, TagSet.OUTSIDE));
        assertTrue(TagSet.ROLES.allowed("B-C", "I-C"));
        assertFalse(TagSet.ROLES.allowed("B-S", "I-C"));
        assertFalse(TagSet.CUES.allowed(TagSet.OUTSIDE, "I-CUE"));
        assertTrue(TagSet.CUES.allowed("I-CUE", "B-CUE"));
        assertNull(TagSet.ROLES.roleOf(TagSet.OUTSIDE));
    }

    /** Encoding gold spans as labels and reading the labels back gives the spans again. */
    @Test
    void spansSurviveARoundTripThroughTheirLabels() {
        String[] labels = new String[9];
        java.util.Arrays.fill(labels, TagSet.OUTSIDE);
        String previous = TagSet.OUTSIDE;
        for (int i = 0; i < labels.length; i++) {
            TagSet.Role role = i >= 1 && i < 3 ? TagSet.Role.SOURCE : i >= 4 && i < 8 ? TagSet.Role.CONTENT : null;
            labels[i] = role == null ? TagSet.OUTSIDE : TagSet.ROLES.continuing(role, previous);
            previous = labels[i];
        }
        assertEquals(List.of(new TokenSpan(1, 3)), TagSet.ROLES.spans(labels, TagSet.Role.SOURCE, 0));
        assertEquals(List.of(new TokenSpan(4, 8)), TagSet.ROLES.spans(labels, TagSet.Role.CONTENT, 0));
    }
}
