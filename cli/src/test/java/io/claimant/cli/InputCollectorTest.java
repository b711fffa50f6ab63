package io.claimant.cli;

import io.claimant.input.FileInput;
import io.claimant.pipeline.DocumentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputCollectorTest {

    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void foldersGiveSortedIdsRelativeToTheFolderWithSlashes() throws IOException {
        touch("b.txt", "a/z.txt", "a/b/c.txt", "a.txt", "skip.md", "a/skip.TXT");

        List<String> ids = ids(collect("*.txt", root.toString()));

        assertEquals(List.of("a.txt", "a/b/c.txt", "a/z.txt", "b.txt"), ids);
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aPatternWithASlashIsMatchedAgainstThePathInsideTheFolder() throws IOException {
        touch("top.txt", "news/one.txt", "news/deep/two.txt", "other/three.txt");

        assertEquals(List.of("news/deep/two.txt", "news/one.txt"), ids(collect("news/**", root.toString())));
        assertEquals(List.of("news/deep/two.txt", "news/one.txt", "other/three.txt"),
                ids(collect("*/**.txt", root.toString())));
    }

    @Test
    void namedFilesKeepTheirNameWhateverTheGlobAndStayInCommandLineOrder() throws IOException {
        touch("x/notes.md", "y/a.txt");

        List<DocumentInput> inputs = collect("*.txt", root.resolve("x/notes.md").toString(), "-",
                root.resolve("y/a.txt").toString(), root.resolve("gone.txt").toString());

        assertEquals(List.of("notes.md", "-", "a.txt", "gone.txt"), ids(inputs));
        assertInstanceOf(FileInput.class, inputs.get(3), "a missing file fails when read, as a document");
        assertEquals(root.resolve("gone.txt").toString(), InputCollector.where(inputs.get(3)));
        assertEquals("standard input", InputCollector.where(inputs.get(1)));
    }

    @Test
    void anEmptyFolderIsAWarningAndTheOutputFileIsNeverAnInput() throws IOException {
        touch("in/a.txt", "in/out.txt");
        Files.createDirectories(root.resolve("empty"));

        InputCollector collector = new InputCollector("*.txt", InputStream.nullInputStream(),
                root.resolve("in/out.txt"), new io.claimant.input.TextDecoder(), warnings::add);
        List<DocumentInput> inputs = collector.collect(List.of(root.resolve("empty").toString(),
                root.resolve("in").toString()));

        assertEquals(List.of("a.txt"), ids(inputs));
        assertEquals(List.of("warning: no files matching *.txt in " + root.resolve("empty")), warnings);
    }

    @Test
    void aSymlinkLoopIsNamedAndEveryFileIsTakenOnce() throws IOException {
        touch("in/a.txt", "in/sub/b.txt");
        // A link back up the tree (a loop) and a second way into a folder already walked.
        Files.createSymbolicLink(root.resolve("in/sub/loop"), root.resolve("in"));
        Files.createSymbolicLink(root.resolve("in/also-sub"), root.resolve("in/sub"));

        List<DocumentInput> inputs = collect("*.txt", root.resolve("in").toString());

        assertEquals(List.of("a.txt", "also-sub/b.txt"), ids(inputs));
        // The loop is met once along each way into sub/, and named each time.
        assertTrue(warnings.contains("warning: " + root.resolve("in/sub/loop") + " is a symbolic link loop; not followed"),
                warnings.toString());
        assertTrue(warnings.stream().allMatch(w -> w.endsWith("/loop is a symbolic link loop; not followed")),
                warnings.toString());
    }

    /** Ids key the output, the failures file and the journal: two roots holding a.txt must not both write "a.txt". */
    @Test
    void aSecondRootWithTheSameRelativePathsIsPrefixedWithItsFolderName() throws IOException {
        touch("dev/a.txt", "dev/sub/b.txt", "test/a.txt", "test/c.txt", "other/test/a.txt", "other/d.txt");

        List<String> ids = ids(collect("*.txt", root.resolve("dev").toString(), root.resolve("test").toString(),
                root.resolve("other/test").toString(), root.resolve("other/d.txt").toString()));

        // A root with no clash keeps its plain ids; when the folder's name clashes too, the whole path is used.
        assertEquals(List.of("a.txt", "sub/b.txt", "test/a.txt", "test/c.txt",
                root.resolve("other/test") + "/a.txt", "d.txt"), ids);
    }

    private List<DocumentInput> collect(String glob, String... paths) throws IOException {
        return new InputCollector(glob, InputStream.nullInputStream(), null, new io.claimant.input.TextDecoder(), warnings::add).collect(List.of(paths));
    }

    private void touch(String... relative) throws IOException {
        for (String path : relative) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "text");
        }
    }

    private static List<String> ids(List<DocumentInput> inputs) {
        return inputs.stream().map(DocumentInput::id).toList();
    }
}
