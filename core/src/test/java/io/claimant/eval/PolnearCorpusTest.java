package io.claimant.eval;

import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of PolNeAR's train and dev splits loads: texts, and every annotator's .ann file. PolNeAR lives in
 * ../shared, outside the repository, so these tests skip where it is absent.
 */
class PolnearCorpusTest {

    static Path polnear(String split) {
        String shared = System.getProperty("claimant.shared.dir", SharedPipeline.repoDir().resolve("../shared").toString());
        Path dir = Path.of(shared, "polnear", split);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "PolNeAR is not at " + dir + " (it lives in ../shared, outside the repository); skipping");
        return dir;
    }

    @Test
    void everyTrainFileLoads() throws IOException {
        assertLoads(polnear("train"), 840, 919);
    }

    @Test
    void everyDevFileLoads() throws IOException {
        assertLoads(polnear("dev"), 84, 94);
    }

    private static void assertLoads(Path dir, int texts, int annotationFiles) throws IOException {
        List<GoldCorpus.GoldFile> files = GoldCorpus.readEveryAnnotation(dir);
        Set<String> textIds = new HashSet<>();
        int attributions = 0;
        for (GoldCorpus.GoldFile f : files) {
            textIds.add(f.document().id());
            attributions += f.document().attributions().size();
            for (AttributionRecord a : f.document().attributions()) {
                for (int[] fragment : a.content().fragments()) {
                    assertTrue(fragment[1] <= f.document().text().length(), f.annotationFile() + ": content past the text");
                }
            }
        }
        assertEquals(texts, textIds.size(), "texts with annotations in " + dir);
        assertEquals(annotationFiles, files.size(), ".ann files in " + dir);
        assertTrue(attributions > 10 * texts, "attributions read: " + attributions);
        // The scorer's reading, one annotator per article, covers every text too.
        assertEquals(texts, GoldCorpus.read(dir).size());
    }
}
