package io.claimant.testing;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A small seeded fuzz harness for plain JUnit tests (home-made because the jqwik maintainer asks that AI coding
 * agents not use jqwik). {@link #forAll} runs a property on a fixed number of generated samples; try {@code i}
 * draws its sample from {@code new Random(seed)} with a seed derived from a fixed base seed and {@code i}, so a
 * build checks the same samples every time and never fails at random.
 *
 * <p>System properties, for runs by hand:
 * <ul>
 *   <li>{@code -Dclaimant.fuzz.seed=N}: another base seed, so new samples (any long);</li>
 *   <li>{@code -Dclaimant.fuzz.tries=F}: a factor on every property's number of tries (e.g. 10, or 0.1);</li>
 *   <li>{@code -Dclaimant.fuzz.replay=S}: run only the try whose seed is S, as a failure message prints it.</li>
 * </ul>
 * A failure is an AssertionError naming the try, its seed, the sample and the replay setting, with the
 * property's own failure as its cause. There is no shrinking: a failing sample is found again by its seed, and
 * a short form of it belongs in a plain regression test.
 */
public final class Fuzz {

    public static final String SEED_PROPERTY = "claimant.fuzz.seed";
    public static final String TRIES_PROPERTY = "claimant.fuzz.tries";
    public static final String REPLAY_PROPERTY = "claimant.fuzz.replay";

    /** The base seed of every build; changing it changes which samples CI checks. */
    static final long DEFAULT_SEED = 20240607L;
    private static final int MAX_DESCRIPTION = 2000;

    private Fuzz() {
    }

    /** Draws one sample from the try's Random. */
    @FunctionalInterface
    public interface Generator<T> {
        T next(Random random);
    }

    /** The property: throws (usually an AssertionError) when the sample breaks it. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T sample) throws Exception;
    }

    /**
     * Checks {@code property} on {@code tries} samples (scaled by {@value #TRIES_PROPERTY}, or one sample when
     * replaying) and returns how many it checked. {@code describe} turns a sample into the text a failure shows.
     */
    public static <T> int forAll(int tries, Generator<T> generator, Function<? super T, String> describe,
                                 Property<? super T> property) {
        Long replay = longProperty(REPLAY_PROPERTY);
        if (replay != null) {
            runTry(-1, replay, generator, describe, property);
            return 1;
        }
        int scaled = scaledTries(tries);
        for (int i = 0; i < scaled; i++) {
            runTry(i, trySeed(baseSeed(), i), generator, describe, property);
        }
        return scaled;
    }

    /** The seed of try {@code i} under {@code base}: mixed so that neighbouring tries share no pattern. */
    static long trySeed(long base, int i) {
        long z = base + 0x9E3779B97F4A7C15L * (i + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> void runTry(int i, long seed, Generator<T> generator, Function<? super T, String> describe,
                                   Property<? super T> property) {
        T sample = null;
        String description = "(not generated)";
        try {
            sample = generator.next(new Random(seed));
            description = shortened(describe.apply(sample));
            property.check(sample);
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError error) {
                throw error;
            }
            String which = i < 0 ? "replayed try" : "try " + (i + 1) + " (base seed " + baseSeed() + ")";
            throw new AssertionError("fuzz " + which + " failed with seed " + seed + ": " + failure
                    + "\n  sample: " + description
                    + "\n  replay it alone: -D" + REPLAY_PROPERTY + "=" + seed
                    + " -Dtest=<FuzzTestClass>#<method>", failure);
        }
    }

    private static String shortened(String description) {
        return description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION) + "… (" + description.length()
                + " characters; replay the seed for the whole sample)";
    }

    static long baseSeed() {
        Long seed = longProperty(SEED_PROPERTY);
        return seed == null ? DEFAULT_SEED : seed;
    }

    static int scaledTries(int tries) {
        String factor = System.getProperty(TRIES_PROPERTY);
        if (factor == null || factor.isBlank()) {
            return tries;
        }
        return (int) Math.max(1, Math.round(tries * Double.parseDouble(factor.trim())));
    }

    private static Long longProperty(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : Long.parseLong(value.trim());
    }

    /**
     * Guards a property against checking nothing: counts how many samples show something (several quotations, a
     * claim) and asserts a least share of them once enough samples ran. A replay, or a run scaled down below
     * fifty samples, checks no share.
     */
    public static final class Coverage {
        private static final int MIN_SAMPLES = 50;
        private final String what;
        private int samples;
        private int hits;

        public Coverage(String what) {
            this.what = what;
        }

        public void count(boolean hit) {
            samples++;
            if (hit) {
                hits++;
            }
        }

        public void assertAtLeast(double share) {
            if (samples >= MIN_SAMPLES && hits < share * samples) {
                throw new AssertionError("only " + hits + " of " + samples + " samples had " + what
                        + ", fewer than " + Math.round(share * 100) + "%: the generator no longer exercises the"
                        + " property (base seed " + baseSeed() + ")");
            }
        }
    }

    // Helpers for generators.

    /** One of {@code items}, uniformly. */
    public static <T> T oneOf(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A size in [0, max]; the empty and the one-element case come up more often than uniformly. */
    public static int size(Random random, int max) {
        int roll = random.nextInt(20);
        if (roll == 0 || max == 0) {
            return 0;
        }
        if (roll == 1) {
            return Math.min(1, max);
        }
        return random.nextInt(max + 1);
    }

    /** A number in [0, 1], with the ends themselves now and then. */
    public static double fraction(Random random) {
        int roll = random.nextInt(40);
        return roll == 0 ? 0.0 : roll == 1 ? 1.0 : random.nextDouble();
    }
}
