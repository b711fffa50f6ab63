package io.claimant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileTest {

    @Test
    void everyProfileIsFoundByItsIdInAnyCase() {
        for (Profile p : Profile.values()) {
            assertSame(p, Profile.of(p.id()));
            assertSame(p, Profile.of(" " + p.id().toUpperCase(java.util.Locale.ROOT) + " "));
        }
        assertEquals("fast", Profile.FAST.id());
        assertEquals("rules", Profile.RULES.id());
    }

    @Test
    void theFormerNameLearnedIsTheFastProfile() {
        assertSame(Profile.FAST, Profile.of("learned"));
        assertSame(Profile.FAST, Profile.of("Learned"));
        assertEquals("fast", Profile.of("learned").id(), "settings written with the old name come back with the new one");
    }

    @Test
    void anUnknownNameIsRefusedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.of("fancy"));
        assertTrue(e.getMessage().startsWith("unknown profile 'fancy'; expected one of: "), e.getMessage());
        for (Profile p : Profile.values()) {
            assertTrue(e.getMessage().contains(p.id()), e.getMessage());
        }
        assertTrue(e.getMessage().contains("learned for fast"), e.getMessage());
    }
}
