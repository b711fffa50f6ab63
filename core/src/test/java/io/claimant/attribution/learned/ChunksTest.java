package io.claimant.attribution.learned;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChunksTest {

    @Test
    void readsEachBeginInsideRunAsOneChunkOffsetByTheWindow() {
        String[] labels = {"O", "B-C", "I-C", "O", "B-S", "B-C", "I-C", "I-C"};
        List<int[]> contents = Chunks.of(labels, "C", 10);
        assertEquals(2, contents.size());
        assertArrayEquals(new int[] {11, 13}, contents.get(0));
        assertArrayEquals(new int[] {15, 18}, contents.get(1));
        List<int[]> sources = Chunks.of(labels, "S", 10);
        assertEquals(1, sources.size());
        assertArrayEquals(new int[] {14, 15}, sources.get(0));
    }

    @Test
    void aStrayInsideLabelStillStartsAChunk() {
        List<int[]> chunks = Chunks.of(new String[] {"I-CUE", "I-CUE", "O"}, "CUE", 0);
        assertEquals(1, chunks.size());
        assertArrayEquals(new int[] {0, 2}, chunks.get(0));
    }
}
