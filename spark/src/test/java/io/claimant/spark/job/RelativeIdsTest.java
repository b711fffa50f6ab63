package io.claimant.spark.job;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeIdsTest {

    @Test
    void idsArePathsUnderTheFolderWithSlashes() {
        RelativeIds ids = new RelativeIds("file:/data/news");
        assertEquals("a.txt", ids.idOf("file:/data/news/a.txt"));
        assertEquals("2016/10/b.txt", ids.idOf("file:/data/news/2016/10/b.txt"));
        assertEquals("a.txt", new RelativeIds("file:/data/news/").idOf("file:/data/news/a.txt"));
    }

    @Test
    void spacesAndOtherCharactersAreKeptAsTheyAre() {
        RelativeIds ids = new RelativeIds("file:/data/my news");
        assertEquals("Übersicht 1.txt", ids.idOf("file:/data/my news/Übersicht 1.txt"));
        assertEquals("100%20.txt", ids.idOf("file:/data/my news/100%20.txt"));
        assertEquals("x y.txt", new RelativeIds("/data/my news").idOf("file:/data/my news/x y.txt"));
    }

    @Test
    void aSingleFileIsNamedByItsFileName() {
        assertEquals("seed.txt", new RelativeIds("hdfs://nn:8020/corpus/seed.txt").idOf("hdfs://nn:8020/corpus/seed.txt"));
    }

    @Test
    void aFileOutsideTheFolderKeepsItsWholePath() {
        assertEquals("/elsewhere/c.txt", new RelativeIds("file:/data/news").idOf("file:/elsewhere/c.txt"));
        assertEquals("/data/newsroom/c.txt", new RelativeIds("file:/data/news").idOf("file:/data/newsroom/c.txt"));
    }
}
