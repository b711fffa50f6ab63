package io.claimant.quote;

/**
 * A pair of marks that opens and closes a quotation. Every opening mark is a single UTF-16 char, so a
 * quotation's text always starts one char after its opening mark.
 */
enum QuoteStyle {
    STRAIGHT_DOUBLE('"', "\"", false),
    CURLY_DOUBLE('“', "”", false),
    /** German „…“; Polish and Hungarian close with ” instead. */
    LOW_DOUBLE('„', "“”", false),
    GUILLEMETS('«', "»", false),
    /** »…« as in German and Danish. */
    REVERSED_GUILLEMETS('»', "«", false),
    STRAIGHT_SINGLE('\'', "'", true),
    CURLY_SINGLE('‘', "’", true);

    final char opener;
    private final String closers;
    /**
     * Single marks double as apostrophes, so a single quotation only counts once its closing mark is found;
     * double quotations are kept even when unclosed.
     */
    final boolean single;

    QuoteStyle(char opener, String closers, boolean single) {
        this.opener = opener;
        this.closers = closers;
        this.single = single;
    }

    boolean closesWith(char mark) {
        return closers.indexOf(mark) >= 0;
    }
}
