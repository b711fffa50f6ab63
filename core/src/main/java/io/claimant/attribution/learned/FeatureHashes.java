package io.claimant.attribution.learned;

import java.util.Arrays;

/**
 * Features as the 64-bit hashes {@link FeatureTable} looks up, computed over the same characters
 * {@link FeatureStrings} would join, without building the strings: tagging a document makes millions of features,
 * and building them was most of its cost.
 */
final class FeatureHashes implements Features {

    private long[] hashes = new long[128];
    private int size;

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    long get(int index) {
        return hashes[index];
    }

    @Override
    public void add(String name) {
        push(FeatureTable.finish(FeatureTable.mix(FeatureTable.start(), name)));
    }

    @Override
    public void add(String name, String value) {
        long h = FeatureTable.mix(FeatureTable.start(), name);
        h = FeatureTable.mix(h, '=');
        push(FeatureTable.finish(FeatureTable.mix(h, value)));
    }

    @Override
    public void add(String name, String a, String b) {
        long h = FeatureTable.mix(FeatureTable.start(), name);
        h = FeatureTable.mix(FeatureTable.mix(h, '='), a);
        push(FeatureTable.finish(FeatureTable.mix(FeatureTable.mix(h, '|'), b)));
    }

    @Override
    public void add(String name, String a, String b, String c) {
        long h = FeatureTable.mix(FeatureTable.start(), name);
        h = FeatureTable.mix(FeatureTable.mix(h, '='), a);
        h = FeatureTable.mix(FeatureTable.mix(h, '|'), b);
        push(FeatureTable.finish(FeatureTable.mix(FeatureTable.mix(h, '|'), c)));
    }

    private void push(long h) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = h;
    }
}
