package io.claimant.attribution.learned.features;

import java.util.Arrays;

/**
 * Features as the 64-bit hashes a model's feature table looks up ({@link FeatureHash}), computed over the same
 * characters {@link FeatureStrings} would join, without building the strings: tagging a document makes millions of
 * features, and building them was most of its cost.
 */
public final class FeatureHashes implements Features {

    private long[] hashes = new long[128];
    private int size;

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public long get(int index) {
        return hashes[index];
    }

    @Override
    public void add(String name) {
        push(FeatureHash.finish(FeatureHash.mix(FeatureHash.start(), name)));
    }

    @Override
    public void add(String name, String value) {
        long h = FeatureHash.mix(FeatureHash.start(), name);
        h = FeatureHash.mix(h, '=');
        push(FeatureHash.finish(FeatureHash.mix(h, value)));
    }

    @Override
    public void add(String name, String a, String b) {
        long h = FeatureHash.mix(FeatureHash.start(), name);
        h = FeatureHash.mix(FeatureHash.mix(h, '='), a);
        push(FeatureHash.finish(FeatureHash.mix(FeatureHash.mix(h, '|'), b)));
    }

    @Override
    public void add(String name, String a, String b, String c) {
        long h = FeatureHash.mix(FeatureHash.start(), name);
        h = FeatureHash.mix(FeatureHash.mix(h, '='), a);
        h = FeatureHash.mix(FeatureHash.mix(h, '|'), b);
        push(FeatureHash.finish(FeatureHash.mix(FeatureHash.mix(h, '|'), c)));
    }

    private void push(long h) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = h;
    }
}
