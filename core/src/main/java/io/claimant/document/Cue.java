package io.claimant.document;

/**
 * The words that mark a report: "said", "argued", "according to", "in a statement".
 *
 * @param lemma    the cue's base form ("say", "call for", "according to", ":" for a transcript line)
 * @param cueClass the kind of claim the cue reports: {@code speech}, {@code belief}, {@code stance} or
 *                 {@code evidence}, from the verb table ({@code cue-verbs.tsv}); null when the lemma is not in it
 */
public record Cue(Span span, String text, String lemma, String cueClass) {

    /** A cue whose class is unknown. */
    public Cue(Span span, String text, String lemma) {
        this(span, text, lemma, null);
    }
}
