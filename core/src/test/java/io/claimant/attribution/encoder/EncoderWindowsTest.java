package io.claimant.attribution.encoder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EncoderWindowsTest {

    @Test
    void aShortDocumentIsOneWindow() {
        assertEquals(List.of(new EncoderWindows.Window(0, 7)), EncoderWindows.of(7, 10, 6));
        assertEquals(List.of(new EncoderWindows.Window(0, 10)), EncoderWindows.of(10, 10, 6));
    }

    @Test
    void windowsOverlapAndTheLastEndsAtTheLastPiece() {
        List<EncoderWindows.Window> w = EncoderWindows.of(25, 10, 6);
        assertEquals(List.of(new EncoderWindows.Window(0, 10), new EncoderWindows.Window(6, 10),
                new EncoderWindows.Window(12, 10), new EncoderWindows.Window(15, 10)), w);
    }

    @Test
    void eachPieceIsDecidedOnceByTheWindowWhereItIsMostCentral() {
        List<EncoderWindows.Window> w = EncoderWindows.of(25, 10, 6);
        int[] decider = EncoderWindows.decidingWindow(25, w);
        // pieces 0-7 sit best in window 0 (piece 7 is 2 from its end there, 1 from window 1's start)
        assertEquals(0, decider[0]);
        assertEquals(0, decider[7]);
        // piece 8: 1 from window 0's end, 2 from window 1's start
        assertEquals(1, decider[8]);
        assertEquals(1, decider[11]);
        assertEquals(2, decider[14]);
        // the tail lies only in the last window
        assertEquals(3, decider[24]);
        // every window that decides something does so over one contiguous run: the cost stays linear
        for (int k = 1; k < 25; k++) {
            org.junit.jupiter.api.Assertions.assertTrue(decider[k] >= decider[k - 1], "piece " + k);
        }
    }

    @Test
    void aStrideLongerThanTheWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EncoderWindows.of(30, 10, 11));
    }
}
