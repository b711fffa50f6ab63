package io.claimant.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ByteSizesTest {

    @Test
    void suffixesArePowersOf1024AndCaseDoesNotMatter() {
        assertEquals(5_000_000L, ByteSizes.parse("5000000"));
        assertEquals(500L * 1024, ByteSizes.parse("500K"));
        assertEquals(10L << 20, ByteSizes.parse("10m"));
        assertEquals(10L << 20, ByteSizes.parse("10MiB"));
        assertEquals(10L << 20, ByteSizes.parse(" 10 MB "));
        assertEquals(1L << 30, ByteSizes.parse("1G"));
    }

    @Test
    void anythingElseIsRefusedWithAnExample() {
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("ten"));
        assertTrue(words.getMessage().contains("e.g. 5000000, 500K, 10M"), words.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("-5"));
        assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("1.5M"));
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> ByteSizes.parse("99999999999G"));
        assertTrue(huge.getMessage().contains("too large"), huge.getMessage());
    }
}
