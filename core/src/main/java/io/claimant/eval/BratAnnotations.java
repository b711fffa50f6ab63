package io.claimant.eval;

import io.claimant.brat.BratDocument;
import io.claimant.brat.BratEvent;
import io.claimant.brat.BratSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a parsed .ann file into what the scorer compares. Events of any attribution type count
 * (PolNeAR also has "Attribution-no-source"); every role whose name starts with "Content" adds to the content
 * (PolNeAR's Content2); Discuss spans and other types are ignored.
 */
final class BratAnnotations {

    static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private BratAnnotations() {
    }

    /** Claimant's own files: entities, quotations, types and speaker names are all annotated. */
    static AnnotatedDocument full(String id, CodePointText text, BratDocument ann) {
        return convert(id, text, ann, true);
    }

    /** PolNeAR: attributions only, without types or speaker names. */
    static AnnotatedDocument attributionsOnly(String id, CodePointText text, BratDocument ann) {
        return convert(id, text, ann, false);
    }

    private static AnnotatedDocument convert(String id, CodePointText text, BratDocument ann, boolean full) {
        List<AttributionRecord> attributions = new ArrayList<>();
        for (BratEvent e : ann.events()) {
            if (!e.type().startsWith("Attribution")) {
                continue;
            }
            List<int[]> content = new ArrayList<>();
            for (var role : e.roles().entrySet()) {
                if (role.getKey().startsWith("Content")) {
                    for (String tid : role.getValue()) {
                        content.addAll(fragments(ann, tid));
                    }
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            String sourceId = e.role("Source").isEmpty() ? null : e.role("Source").get(0);
            SpanSet source = sourceId == null ? null : new SpanSet(fragments(ann, sourceId));
            SpanSet cue = e.role("Cue").isEmpty() ? null : new SpanSet(fragments(ann, e.role("Cue").get(0)));
            String type = null;
            List<String> speakers = null;
            if (full) {
                String value = ann.attribute("QuoteType", e.id());
                type = value == null ? null : value.toLowerCase(Locale.ROOT);
                speakers = sourceId == null ? null : names(ann.notes().get(sourceId));
            }
            attributions.add(new AttributionRecord(source, cue, new SpanSet(content), type, speakers));
        }
        List<EntityRecord> entities = new ArrayList<>();
        List<SpanSet> quotations = new ArrayList<>();
        for (BratSpan s : ann.spans().values()) {
            if (ENTITY_TYPES.contains(s.type())) {
                entities.add(new EntityRecord(s.type(), new SpanSet(s.fragments())));
            } else if (s.type().equals("Quotation")) {
                quotations.add(new SpanSet(s.fragments()));
            }
        }
        return new AnnotatedDocument(id, text, attributions, entities, quotations, full, full, full, full);
    }

    private static List<int[]> fragments(BratDocument ann, String id) {
        BratSpan span = ann.span(id);
        if (span == null) {
            throw new IllegalArgumentException("event refers to missing span " + id);
        }
        return span.fragments();
    }

    /** "Thomas Massie | Mike Lee" → both names; no note → an unresolved source. */
    static List<String> names(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String n : note.split("\\|")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        return names;
    }
}
