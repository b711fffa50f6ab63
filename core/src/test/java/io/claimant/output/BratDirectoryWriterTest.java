package io.claimant.output;

import io.claimant.brat.BratWriter;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder written with --format brat opens in brat as it is: its configuration declares every type written. */
class BratDirectoryWriterTest {

    private static final Pattern TYPE = Pattern.compile("(?m)^[TEA#]\\d+\\t([^\\s:]+)");

    @Test
    void theFolderDeclaresEveryTypeItsAnnotationsUse(@TempDir Path dir) throws Exception {
        new BratDirectoryWriter(dir).close();

        Path annotationConf = dir.resolve("annotation.conf");
        Path visualConf = dir.resolve("visual.conf");
        assertTrue(Files.isRegularFile(annotationConf) && Files.isRegularFile(visualConf),
                "the folder holds brat's annotation.conf and visual.conf");
        Set<String> declared = declaredTypes(Files.readString(annotationConf));
        String ann = BratWriter.write(SampleDocuments.annotated());
        Matcher m = TYPE.matcher(ann);
        int used = 0;
        for (; m.find(); used++) {
            String type = m.group(1);
            assertTrue(declared.contains(type) || type.equals("AnnotatorNotes"), type + " is not declared in "
                    + declared + "\n" + ann);
        }
        assertTrue(used > 3, ann);
        // Gold and predictions look alike in brat: every type of the gold's configuration is declared here too.
        Set<String> gold = declaredTypes(Files.readString(SharedPipeline.repoDir().resolve("src-test-data/annotation.conf")));
        assertTrue(declared.containsAll(gold), "missing: " + gold.stream().filter(t -> !declared.contains(t)).toList());
        String visual = Files.readString(visualConf);
        for (String type : declared) {
            if (!type.equals("QuoteType") && !type.startsWith("<")) {
                assertTrue(visual.contains("\n" + type + " | "), type + " has no label in visual.conf");
            }
        }
    }

    @Test
    void onlyAFolderWithFilesHoldsFiles(@TempDir Path dir) throws Exception {
        assertFalse(BratDirectoryWriter.holdsFiles(dir.resolve("new")));
        assertFalse(BratDirectoryWriter.holdsFiles(dir));
        Files.writeString(dir.resolve("old.ann"), "");
        assertTrue(BratDirectoryWriter.holdsFiles(dir));
    }

    /** The first word of each line in a section, leaving out comments: the type names the file declares. */
    private static Set<String> declaredTypes(String conf) {
        Set<String> types = new HashSet<>();
        for (String line : conf.lines().toList()) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("[")) {
                types.add(s.split("[\\s]+")[0]);
            }
        }
        return types;
    }
}
