package io.claimant.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * One column of a lexicon table and the values it accepts. Values are checked when the file is read, so a typo
 * in a user's file stops the run at load time with the file and line, not halfway through a batch.
 */
public record Column(String name, Kind kind, List<String> choices) {

    public enum Kind {
        /** One word or lemma, no spaces: what a token is compared with. */
        WORD,
        /** Words separated by spaces, stored with one space between them: what a run of tokens is compared with. */
        PHRASE,
        /** {@code y} or {@code n}. */
        FLAG,
        /** A number in [0, 1], or {@code -} where the row has none. */
        STRENGTH,
        /** One of {@link #choices()}. */
        CHOICE
    }

    public Column {
        choices = List.copyOf(choices);
    }

    public static Column word(String name) {
        return new Column(name, Kind.WORD, List.of());
    }

    public static Column phrase(String name) {
        return new Column(name, Kind.PHRASE, List.of());
    }

    public static Column flag(String name) {
        return new Column(name, Kind.FLAG, List.of());
    }

    public static Column strength(String name) {
        return new Column(name, Kind.STRENGTH, List.of());
    }

    public static Column choice(String name, List<String> choices) {
        return new Column(name, Kind.CHOICE, choices);
    }

    /** The value as stored (lower-cased where the list ignores case), or an explanation of what is wrong. */
    String check(String value, boolean caseSensitive) throws BadValue {
        switch (kind) {
            case WORD -> {
                if (value.codePoints().anyMatch(Character::isWhitespace)) {
                    throw new BadValue("'" + value + "' in column " + name + " is more than one word");
                }
                return caseSensitive ? value : value.toLowerCase(Locale.ROOT);
            }
            case PHRASE -> {
                String words = String.join(" ", value.strip().split("\\s+"));
                return caseSensitive ? words : words.toLowerCase(Locale.ROOT);
            }
            case FLAG -> {
                if (!value.equals("y") && !value.equals("n")) {
                    throw new BadValue("column " + name + " takes y or n, not '" + value + "'");
                }
                return value;
            }
            case STRENGTH -> {
                if (value.equals("-")) {
                    return value;
                }
                try {
                    double d = Double.parseDouble(value);
                    if (d >= 0 && d <= 1) {
                        return value;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new BadValue("column " + name + " takes a number from 0 to 1 or -, not '" + value + "'");
            }
            case CHOICE -> {
                if (!choices.contains(value)) {
                    throw new BadValue("column " + name + " takes one of " + String.join(", ", choices)
                            + ", not '" + value + "'");
                }
                return value;
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** A value that does not fit its column; the reader adds file and line. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }
}
