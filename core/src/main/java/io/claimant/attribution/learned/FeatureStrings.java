package io.claimant.attribution.learned;

import java.util.ArrayList;
import java.util.List;

/** Features as strings, for training rows and for the fingerprint. */
final class FeatureStrings implements Features {

    private final List<String> strings;

    FeatureStrings(List<String> strings) {
        this.strings = strings;
    }

    FeatureStrings() {
        this(new ArrayList<>());
    }

    List<String> strings() {
        return strings;
    }

    void clear() {
        strings.clear();
    }

    @Override
    public void add(String name) {
        strings.add(name);
    }

    @Override
    public void add(String name, String value) {
        strings.add(name + '=' + value);
    }

    @Override
    public void add(String name, String a, String b) {
        strings.add(name + '=' + a + '|' + b);
    }

    @Override
    public void add(String name, String a, String b, String c) {
        strings.add(name + '=' + a + '|' + b + '|' + c);
    }
}
