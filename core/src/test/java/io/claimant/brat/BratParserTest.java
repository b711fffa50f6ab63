package io.claimant.brat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BratParserTest {

    @Test
    void aSpanWhoseTextHoldsALineBreakContinuesOnTheNextLines() {
        // As in PolNeAR's wash-post_2016-06-27_byline-amber-phillips_4e07.ann: a fragment ends at "3." and the
        // next starts in the following paragraph, so brat writes the text field over three lines.
        String ann = "T38\tContent 1866 1890;1921 1979\t3.\n"
                + "\n"
                + "The number of people Hillary Clinton is actively vetting\n"
                + "T39\tCue 1912 1920\treported\n"
                + "E1\tAttribution:T39 Content:T38\n";
        BratDocument doc = BratParser.parse(ann, "x.ann");
        assertEquals(2, doc.spans().size());
        assertEquals("3.\n\nThe number of people Hillary Clinton is actively vetting", doc.span("T38").text());
        assertEquals(2, doc.span("T38").fragments().size());
        assertEquals("reported", doc.span("T39").text());
        assertEquals(1, doc.events().size());
    }

    @Test
    void aLineThatIsNeitherAnAnnotationNorAContinuationIsAnErrorNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BratParser.parse("stray words\nT1\tCue 0 4\tsaid\n", "bad.ann"));
        assertTrue(e.getMessage().startsWith("bad.ann:1:"), e.getMessage());
    }

    @Test
    void aMalformedAnnotationLineStillFailsWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BratParser.parse("T1\tCue 0 4\tsaid\nT2\tCue x y\tsaid\n", "bad.ann"));
        assertTrue(e.getMessage().startsWith("bad.ann:2:"), e.getMessage());
    }
}
