package io.claimant.brat;

import io.claimant.testing.Fuzz;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The parser on what brat itself writes and on garbage. brat writes a span's text as it is, line breaks
 * included (PolNeAR has such spans), so the text field runs over several lines; and any malformed .ann must fail
 * with an IllegalArgumentException naming file and line, never with another kind of exception.
 */
class BratParserFuzzTest {

    /** Pieces of annotation lines, well-formed and not, joined at random into lines. */
    private static final List<String> LINE_PIECES = List.of("T1", "T2", "E1", "A1", "M1", "#1", "R1", "N1", "*",
            "X", "T", "E", "\t", "\t", "\t", " ", "Cue", "Content", "Quotation", "0", "4", "12", "-1", "x",
            "99999999999", " 0 4", "4 0", "0 4;6 9", ";", "; ", "Attribution:T1", "Source:T2", "Content:", ":",
            "Content2:T1", "QuoteType", "E1", "Direct", "AnnotatorNotes", "said", "\u00A0", "🙂");
    private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r");

    @Test
    void spansWhoseTextHoldsLineBreaksParseAsBratWroteThem() {
        // No annotation-like line starts ("T1<tab>") in the text: brat's format cannot tell those apart either.
        Fuzz.forAll(500, random -> BratRoundTripFuzzTest.Sample.of(random, 40, 10),
                BratRoundTripFuzzTest.Sample::describe, sample -> parseAsWritten(sample.text(), sample.draws()));
    }

    private static void parseAsWritten(String text, List<Double> draws) {
        BratRoundTripFuzzTest.Draws draw = new BratRoundTripFuzzTest.Draws(draws);
        int[] codePoints = text.codePoints().toArray();
        StringBuilder ann = new StringBuilder();
        List<int[]> written = new ArrayList<>();
        int count = 1 + draw.below(4);
        for (int n = 1; n <= count; n++) {
            int a = draw.below(codePoints.length + 1);
            int b = draw.below(codePoints.length + 1);
            int begin = Math.min(a, b);
            int end = Math.max(a, b);
            written.add(new int[] {begin, end});
            ann.append('T').append(n).append("\tContent ").append(begin).append(' ').append(end).append('\t')
                    .append(new String(codePoints, begin, end - begin)).append('\n');
        }
        BratDocument parsed = BratParser.parse(ann.toString(), "raw.ann");

        assertEquals(count, parsed.spans().size(), ann.toString());
        for (int n = 1; n <= count; n++) {
            BratSpan span = parsed.span("T" + n);
            int[] w = written.get(n - 1);
            assertEquals(List.of(w[0], w[1]), List.of(span.begin(), span.end()));
            assertEquals(asRead(new String(codePoints, w[0], w[1] - w[0])), span.text(), "T" + n);
        }
    }

    /**
     * What a text field keeps once split into lines: each line end reads back as \n, and blank lines at its end
     * cannot be told from the blank lines between annotations.
     */
    private static String asRead(String written) {
        List<String> lines = new ArrayList<>(Arrays.asList(written.split("\r?\n|\r", -1)));
        while (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    @Test
    void malformedAnnotationsFailNamingFileAndLine() {
        Fuzz.forAll(2000, BratParserFuzzTest::garbage,
                ann -> "ann <" + ann.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n") + ">",
                BratParserFuzzTest::failsNamingFileAndLine);
    }

    private static void failsNamingFileAndLine(String ann) {
        try {
            BratParser.parse(ann, "bad.ann");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && e.getMessage().matches("(?s)bad\\.ann:\\d+: .*"), e.getMessage());
            int line = Integer.parseInt(e.getMessage().split(":")[1]);
            int lines = ann.split("\r?\n|\r", -1).length;
            assertTrue(line >= 1 && line <= lines, "line " + line + " of " + lines);
        } catch (RuntimeException e) {
            fail("not an IllegalArgumentException for " + ann.replace("\t", "\\t").replace("\n", "\\n"), e);
        }
    }

    /** Up to six lines of up to eight pieces each, every line ended by one of the three line ends. */
    private static String garbage(Random random) {
        StringBuilder ann = new StringBuilder();
        for (int lines = Fuzz.size(random, 6); lines > 0; lines--) {
            for (int pieces = Fuzz.size(random, 8); pieces > 0; pieces--) {
                ann.append(Fuzz.oneOf(random, LINE_PIECES));
            }
            ann.append(Fuzz.oneOf(random, LINE_ENDS));
        }
        return ann.toString();
    }
}
