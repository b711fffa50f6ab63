package io.claimant.brat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed .ann file: text-bound spans, events, attributes ("A" lines: name → target → value) and
 * AnnotatorNotes ("#" lines: target → note). Relations and equivalences are kept out: nothing here uses them.
 */
public record BratDocument(Map<String, BratSpan> spans, List<BratEvent> events,
                           Map<String, Map<String, String>> attributes, Map<String, String> notes) {

    public BratDocument {
        spans = new LinkedHashMap<>(spans);
        events = List.copyOf(events);
    }

    public BratSpan span(String id) {
        return spans.get(id);
    }

    /** The value of attribute {@code name} on {@code target}, or null. */
    public String attribute(String name, String target) {
        Map<String, String> byTarget = attributes.get(name);
        return byTarget == null ? null : byTarget.get(target);
    }
}
