package io.claimant.document;

/**
 * Small predicates on token text that the entity, quotation and attribution rules share. They live beside
 * {@link Token} so that none of those packages has to depend on another for them.
 */
public final class TokenText {

    private TokenText() {
    }

    /**
     * A quotation mark, or one char of the doubled marks ''…'' and ``…'' (which a tokenizer may also keep as
     * one token). A single apostrophe passes too: telling it from a quote mark takes the text around it.
     */
    public static boolean isQuoteMark(String s) {
        return s.length() == 1 && "\"'“”‘’«»„‚`".indexOf(s.charAt(0)) >= 0
                || s.equals("''") || s.equals("``");
    }

    /** "'s", "’s", or a bare apostrophe after a plural ("States’"). */
    public static boolean isPossessiveMarker(String s) {
        return s.equals("'s") || s.equals("’s") || s.equals("'") || s.equals("’") || s.equals("'S") || s.equals("’S");
    }

    public static boolean isCapitalized(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    public static boolean isPunctuation(Token t) {
        return "PUNCT".equals(t.pos()) || isQuoteMark(t.text()) || t.text().equals(",") || t.text().equals(".");
    }
}
