package io.claimant.attribution.learned.features;

import java.util.ArrayList;
import java.util.List;

/** Features as strings, for training rows and for the fingerprint. */
public final class FeatureStrings implements Features {

    private final List<String> strings;

    public FeatureStrings(List<String> strings) {
        this.strings = strings;
    }

    public FeatureStrings() {
        this(new ArrayList<>());
    }

    public List<String> strings() {
        return strings;
    }

    public void clear() {
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
