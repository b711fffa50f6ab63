package io.claimant.attribution.learned.model;

import io.claimant.attribution.learned.features.FeatureHash;

/**
 * Feature strings to row numbers, for scoring: an open-addressing table of 64-bit hashes of the strings. Most
 * features looked up while tagging are unknown to the model, and a miss here costs one probe into a flat array of
 * longs, where a HashMap walks to a node and a string (profiling showed map lookups taking a quarter of the
 * tagging time). Two strings sharing a 64-bit hash are about as likely as a cosmic-ray bit flip; the table
 * refuses to be built if two of its own features collide.
 */
final class FeatureTable {

    private final long[] keys;
    private final int[] rows;
    private final int mask;

    FeatureTable(String[] features) {
        // At most two thirds full: a miss then probes about three slots, and the arrays stay small.
        int capacity = Integer.highestOneBit(Math.max(2, features.length * 3 / 2) - 1) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        for (int row = 0; row < features.length; row++) {
            long h = FeatureHash.of(features[row]);
            int slot = slot(h);
            while (keys[slot] != 0) {
                if (keys[slot] == h) {
                    throw new IllegalArgumentException("two features share a 64-bit hash: " + features[row]
                            + " and " + features[rows[slot]]);
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = h;
            rows[slot] = row;
        }
    }

    /** The row of {@code feature}, or -1 when the model does not know it. */
    int row(String feature) {
        return row(FeatureHash.of(feature));
    }

    /** The row of the feature with this {@link FeatureHash}, or -1 when the model does not know it. */
    int row(long h) {
        for (int slot = slot(h); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == h) {
                return rows[slot];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    private int slot(long h) {
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
