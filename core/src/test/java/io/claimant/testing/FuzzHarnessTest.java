package io.claimant.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness the *FuzzTest classes run on: same samples every build, and a failure that says how to replay it. */
class FuzzHarnessTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(Fuzz.SEED_PROPERTY);
        System.clearProperty(Fuzz.TRIES_PROPERTY);
        System.clearProperty(Fuzz.REPLAY_PROPERTY);
    }

    @Test
    void everyRunDrawsTheSameSamples() {
        assertEquals(samples(), samples());
        assertEquals(50, samples().size());
        assertTrue(samples().stream().distinct().count() > 40, "tries draw different samples");
    }

    @Test
    void anotherBaseSeedDrawsOtherSamples() {
        List<Long> usual = samples();
        System.setProperty(Fuzz.SEED_PROPERTY, "12345");
        assertNotEquals(usual, samples());
    }

    @Test
    void theTriesFactorScalesEveryProperty() {
        System.setProperty(Fuzz.TRIES_PROPERTY, "3");
        assertEquals(150, samples().size());
        System.setProperty(Fuzz.TRIES_PROPERTY, "0.001");
        assertEquals(1, samples().size());
    }

    @Test
    void aFailureNamesItsSeedAndSampleAndTheReplayOfItDrawsTheSameSample() {
        List<Long> seen = samples();
        long bad = seen.get(17);
        IllegalStateException cause = new IllegalStateException("boom");
        AssertionError failure = assertThrows(AssertionError.class, () -> Fuzz.forAll(50,
                random -> random.nextLong(), sample -> "sample " + sample, sample -> {
                    if (sample == bad) {
                        throw cause;
                    }
                }));
        assertSame(cause, failure.getCause());
        String message = failure.getMessage();
        long seed = Fuzz.trySeed(Fuzz.DEFAULT_SEED, 17);
        assertTrue(message.contains("try 18 "), message);
        assertTrue(message.contains("seed " + seed), message);
        assertTrue(message.contains("sample " + bad), message);
        assertTrue(message.contains("-D" + Fuzz.REPLAY_PROPERTY + "=" + seed), message);

        System.setProperty(Fuzz.REPLAY_PROPERTY, Long.toString(seed));
        assertEquals(List.of(bad), samples());
    }

    @Test
    void coverageFailsWhenTooFewSamplesShowTheCase() {
        Fuzz.Coverage rare = new Fuzz.Coverage("something rare");
        for (int i = 0; i < 100; i++) {
            rare.count(i < 9);
        }
        AssertionError failure = assertThrows(AssertionError.class, () -> rare.assertAtLeast(0.10));
        assertTrue(failure.getMessage().contains("only 9 of 100 samples had something rare"), failure.getMessage());
        rare.assertAtLeast(0.09);

        Fuzz.Coverage replayed = new Fuzz.Coverage("anything");
        replayed.count(false);
        replayed.assertAtLeast(0.5); // one replayed sample says nothing about the generator
    }

    private static List<Long> samples() {
        List<Long> seen = new ArrayList<>();
        Fuzz.forAll(50, random -> random.nextLong(), String::valueOf, seen::add);
        return seen;
    }
}
