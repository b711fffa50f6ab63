package io.claimant.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * Generated news-like text for the fuzz tests: words that start claims (names, pronouns, cue verbs), every kind
 * of quotation mark and apostrophe, punctuation, emoji outside the BMP and all three line ends. The text is a
 * list of pieces, so jqwik shrinks a failing sample piece by piece to a short one.
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

    /** Texts of up to {@code maxPieces} pieces; about half the pieces are words and spaces. */
    public static Arbitrary<String> upTo(int maxPieces) {
        return noise().list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    /** The same noise with whole claim-shaped phrases mixed in, for tests of the claims themselves. */
    public static Arbitrary<String> withClaims(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(3, noise()), Tuple.of(1, Arbitraries.of(PHRASES)));
        return piece.list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    private static Arbitrary<String> noise() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(WORDS)),
                Tuple.of(5, Arbitraries.of(SPACES)),
                Tuple.of(4, Arbitraries.of(MARKS)),
                Tuple.of(2, Arbitraries.of(PUNCTUATION)),
                Tuple.of(2, Arbitraries.of(LINE_ENDS)),
                Tuple.of(1, Arbitraries.of(ASTRAL)));
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
