package io.claimant.quote;

/**
 * A pair of marks that opens and closes a quotation. A mark is one char, or two for the double apostrophes of
 * ''…'' and the backticks of ``…'', so a quotation's text starts {@code opener.length()} chars after its begin.
 */
enum QuoteStyle {
    STRAIGHT_DOUBLE("\"", false, "\""),
    CURLY_DOUBLE("“", false, "”"),
    /** German „…“; Polish and Hungarian close with ” instead. */
    LOW_DOUBLE("„", false, "“", "”"),
    /** ”…” as Swedish and Finnish print quotations, and as a typo for “ at the start of a quote. */
    RIGHT_DOUBLE("”", false, "”"),
    GUILLEMETS("«", false, "»"),
    /** »…« as in German and Danish. */
    REVERSED_GUILLEMETS("»", false, "«"),
    /**
     * ''…'' as the New York Times prints quotations: the same two apostrophes open and close. Unlike a single
     * apostrophe, two in a row are never part of a word, so these count as double quotations.
     */
    DOUBLE_APOSTROPHE(Marks.APOSTROPHES, false, Marks.APOSTROPHES),
    /** ``…'' as LaTeX and the Penn Treebank write quotations. */
    BACKTICKS(Marks.BACKTICKS, false, Marks.APOSTROPHES),
    STRAIGHT_SINGLE("'", true, "'"),
    CURLY_SINGLE("‘", true, "’");

    /** The two-char marks, named once: the scan and the styles must agree on them. */
    static final class Marks {
        static final String APOSTROPHES = "''";
        static final String BACKTICKS = "``";

        private Marks() {
        }
    }

    final String opener;
    private final String[] closers;
    /**
     * Single marks double as apostrophes, so a single quotation only counts once its closing mark is found;
     * double quotations are kept even when unclosed.
     */
    final boolean single;

    QuoteStyle(String opener, boolean single, String... closers) {
        this.opener = opener;
        this.closers = closers;
        this.single = single;
    }

    boolean closesWith(String mark) {
        for (String closer : closers) {
            if (closer.equals(mark)) {
                return true;
            }
        }
        return false;
    }
}
