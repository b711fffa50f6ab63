package io.claimant.document;

import java.util.List;

/**
 * Who a claim is attributed to: the source's text as written, whole ("Ryan Ellis, a Republican tax consultant",
 * "He", "Massie’s bill", "Analysts"), the noun phrase in it that names the speaker (its core: "Ryan Ellis"), and
 * the entities the core resolves to (none for an unresolved group, two for "both lawmakers").
 */
public record ClaimSource(Span span, String text, Core core, List<Entity> entities) {

    /** The noun phrase of a source that names the speaker; the whole source when nothing describes it further. */
    public record Core(Span span, String text) {
    }

    public ClaimSource {
        entities = List.copyOf(entities);
    }

    /** A source that is its own core. */
    public ClaimSource(Span span, String text, List<Entity> entities) {
        this(span, text, new Core(span, text), entities);
    }
}
