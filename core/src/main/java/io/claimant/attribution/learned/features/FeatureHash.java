package io.claimant.attribution.learned.features;

/**
 * The 64-bit FNV-1a hash of a feature string, taken piece by piece: start, mix in each piece in order, finish. Both
 * {@link FeatureHashes} (tagging, without building strings) and a model's table of feature strings hash this way, so
 * the same characters give the same number on both sides.
 */
public final class FeatureHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The hash of a whole string, never 0 (0 marks an empty slot in a table of hashes). */
    public static long of(String s) {
        return finish(mix(start(), s));
    }

    public static long start() {
        return FNV_OFFSET;
    }

    public static long mix(long h, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    public static long mix(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    public static long finish(long h) {
        return h == 0 ? 1 : h;
    }
}
