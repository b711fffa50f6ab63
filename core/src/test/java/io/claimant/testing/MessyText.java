package io.claimant.testing;

import java.util.List;
import java.util.Random;

/**
 * Generated news-like text for the fuzz tests: words that start claims (names, pronouns, cue verbs), every kind
 * of quotation mark and apostrophe, punctuation, emoji outside the BMP and all three line ends, drawn from the
 * {@link Random} of one {@link Fuzz} try.
 */
public final class MessyText {

    private static final List<String> WORDS = List.of("NATO", "Rutte", "Mark", "Secretary", "General", "Ms.",
            "Smith", "he", "she", "They", "said", "told", "reporters", "added", "according", "to", "the", "alliance",
            "is", "strong", "we", "will", "not", "leave", "don’t", "O'Neill", "States’", "Joneses'", "’90s", "'Tis",
            "it's", "rock'n'roll", "1990", "U.S.");
    private static final List<String> MARKS = List.of("\"", "'", "“", "”", "‘", "’", "«", "»", "„", "''", "``",
            "‹", "›");
    private static final List<String> PUNCTUATION = List.of(",", ".", ":", ";", "?", "!", "—", "-", "(", ")", "…",
            "...");
    private static final List<String> SPACES = List.of(" ", " ", " ", "\t", "\u00A0");
    private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r", "\n\n", "\r\n\r\n");
    /** Each takes two UTF-16 units, so UTF-16 and code point offsets part ways after it. */
    private static final List<String> ASTRAL = List.of("🙂", "😀", "🇺🇸", "𝒜");

    /** Claim-shaped phrases: word noise alone rarely makes a claim, and then the claim checks check nothing. */
    private static final List<String> PHRASES = List.of("Mark Rutte said ", " she said", "said Ms. Smith",
            "“We are totally committed,” ", "\"The alliance is strong\" ", " told reporters ", "according to NATO, ",
            "The minister said that the talks would go on.", "He added: ", "‘not leaving’", "«Nous restons»");

    private MessyText() {
    }

    /** A text of up to {@code maxPieces} pieces; about half the pieces are words and spaces. */
    public static String upTo(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int n = Fuzz.size(random, maxPieces); n > 0; n--) {
            text.append(noise(random));
        }
        return text.toString();
    }

    /** The same noise with whole claim-shaped phrases mixed in (one piece in four), for tests of the claims. */
    public static String withClaims(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int n = Fuzz.size(random, maxPieces); n > 0; n--) {
            text.append(random.nextInt(4) == 0 ? Fuzz.oneOf(random, PHRASES) : noise(random));
        }
        return text.toString();
    }

    /** Words 6, spaces 5, marks 4, punctuation 2, line ends 2, astral characters 1 in 20. */
    private static String noise(Random random) {
        int roll = random.nextInt(20);
        List<String> kind = roll < 6 ? WORDS : roll < 11 ? SPACES : roll < 15 ? MARKS : roll < 17 ? PUNCTUATION
                : roll < 19 ? LINE_ENDS : ASTRAL;
        return Fuzz.oneOf(random, kind);
    }

    /**
     * The UTF-16 index at {@code fraction} of the text, moved back one when it falls between the halves of a
     * surrogate pair: spans the fuzz tests draw must cut between whole characters, as every annotator's do.
     */
    public static int wholeCharacterIndex(String text, double fraction) {
        int i = (int) Math.round(fraction * text.length());
        boolean insidePair = i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
        return insidePair ? i - 1 : i;
    }

    /** The text on one line, line ends visible, for failure messages. */
    public static String describe(String text) {
        return "text <" + text.replace("\r", "\\r").replace("\n", "\\n") + ">";
    }
}
