package io.claimant.adapter.opennlp;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mends to OpenNLP's sentence and token splits, on spans given by hand (no model loaded). */
class RepairTest {

    private static final Set<String> ABBREVIATIONS = Set.of("sen", "mrs", "dr");

    /** Spans of the space-separated words of {@code text}, with "." split off as OpenNLP does. */
    private static Span[] words(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && text.charAt(j) != ' ' && text.charAt(j) != '.') {
                j++;
            }
            if (j > i) {
                spans.add(new Span(i, j));
            }
            if (j < text.length() && text.charAt(j) == '.') {
                spans.add(new Span(j, j + 1));
                j++;
            }
            i = j;
        }
        return spans.toArray(new Span[0]);
    }

    private static List<String> texts(String text, Span[] spans) {
        List<String> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(text.substring(s.getStart(), s.getEnd()));
        }
        return out;
    }

    @Test
    void aPeriodAfterANameAbbreviationOrAnInitialStaysOnItsWord() {
        String text = "Sen. Barry Goldwater met Lyndon B. Johnson at noon.";
        Span[] repaired = new TokenRepair(ABBREVIATIONS).repair(text, words(text));
        assertEquals(List.of("Sen.", "Barry", "Goldwater", "met", "Lyndon", "B.", "Johnson", "at", "noon", "."),
                texts(text, repaired));
    }

    @Test
    void aPeriodThatEndsTheSentenceOrPrecedesALowerCaseWordStaysApart() {
        String text = "He met the Sen. then left for Plan B.";
        Span[] repaired = new TokenRepair(ABBREVIATIONS).repair(text, words(text));
        assertEquals(List.of("He", "met", "the", "Sen", ".", "then", "left", "for", "Plan", "B", "."), texts(text, repaired));
    }

    @Test
    void possessivesAndDoubledMarksBecomeTokensOfTheirOwn() {
        String text = "''Tax is Massie's idea,'' he said";
        Span[] spans = {new Span(0, 5), new Span(6, 8), new Span(9, 17), new Span(18, 22), new Span(22, 23),
            new Span(23, 25), new Span(26, 28), new Span(29, 33)};
        assertEquals(List.of("'", "'", "Tax", "is", "Massie", "'s", "idea", ",", "'", "'", "he", "said"),
                texts(text, new TokenRepair(ABBREVIATIONS).repair(text, spans)));
    }

    @Test
    void aSentenceSplitAfterANameAbbreviationIsUndone() {
        String line = "Republicans nominated Sen. Barry Goldwater in 1964. He lost.";
        Span[] detected = {new Span(0, 26), new Span(27, 51), new Span(52, 60)};
        Span[] joined = new SentenceRepair(ABBREVIATIONS).join(line, detected);
        assertEquals(List.of("Republicans nominated Sen. Barry Goldwater in 1964.", "He lost."), texts(line, joined));
    }

    @Test
    void aSplitAfterAnOrdinaryWordOrBeforeALowerCaseWordStays() {
        String line = "They met in the U.S. Then they left. the end";
        Span[] detected = {new Span(0, 20), new Span(21, 36), new Span(37, 44)};
        assertEquals(3, new SentenceRepair(ABBREVIATIONS).join(line, detected).length);
    }
}
