package io.claimant.lexicon;

import java.util.Map;

/**
 * One entry of a lexicon list with where it came from, so that whatever later finds fault with it can say
 * which file and line to fix. A word list's entry is a row with the single column {@code word}.
 */
public record Row(String origin, int line, Map<String, String> values) {

    public Row {
        values = Map.copyOf(values);
    }

    public String get(String column) {
        String v = values.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no column " + column + " in " + where());
        }
        return v;
    }

    public boolean flag(String column) {
        return get(column).equals("y");
    }

    /** The number in a strength column; call only where it is not {@code -}. */
    public double number(String column) {
        return Double.parseDouble(get(column));
    }

    /** "cue-verbs.tsv (built-in) line 12": for messages. */
    public String where() {
        return origin + " line " + line;
    }
}
