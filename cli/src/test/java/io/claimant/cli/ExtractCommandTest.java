package io.claimant.cli;

import io.claimant.testing.SchemaCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end with the real models; kept to a few runs because every document costs real NLP time. */
class ExtractCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path folder;

    @BeforeAll
    static void createArticles() throws IOException {
        ArticleFolder.create(folder);
    }

    @Test
    void claimLinesForGoodFilesAndOneErrorLinePerBadFile() throws IOException {
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", folder.toString(), "--threads", "2");

        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.stderr());
        List<String> errors = run.errorLines().stream().filter(l -> !l.contains(" documents, ")).toList();
        assertEquals(2, errors.size(), run.stderr());
        assertTrue(errors.get(0).contains(folder.resolve("binary.txt").toString()) && errors.get(0).contains("binary"),
                errors.get(0));
        assertTrue(errors.get(1).contains(folder.resolve("latin1.txt").toString()) && errors.get(1).contains("UTF-8"),
                errors.get(1));
        assertTrue(run.stderr().contains("claimant: 6 documents, "), "summary line: " + run.stderr());

        Set<String> docs = new LinkedHashSet<>();
        for (String line : run.lines()) {
            JsonNode claim = MAPPER.readTree(line);
            SchemaCheck.CLAIM.assertValid(claim);
            String doc = claim.get("doc").asText();
            docs.add(doc);
            assertSlicesInCodePoints(ArticleFolder.decoded(doc), claim.get("content"));
        }
        assertEquals(ArticleFolder.GOOD_IDS, List.copyOf(docs), "claims of good files, in input order");
    }

    /**
     * --segments split on a real article: a quote interrupted by its speech tag is one claim with two segments,
     * and becomes two lines with the claim's id and a suffix; the other claims' lines are the same as without it.
     */
    @Test
    void segmentsSplitWritesOneLinePerSegmentWithTheClaimsIdAndASuffix() throws IOException {
        String court = Path.of("..", "src-test-data", "dev", "a-court-ruling.txt").toString();
        CliRun whole = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract", court, "-q");
        CliRun split = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract", court, "-q",
                "--segments", "split");
        assertEquals(ExitCodes.OK, split.exitCode(), split.stderr());

        List<String> expected = new ArrayList<>();
        String judgeId = null;
        for (String line : whole.lines()) {
            JsonNode claim = MAPPER.readTree(line);
            int segments = claim.at("/content/segments").size();
            if (segments == 1) {
                expected.add(line);
            }
            for (int k = 1; segments > 1 && k <= segments; k++) {
                expected.add(claim.get("id").asText() + "." + k);
            }
            if (claim.at("/content/text").asText().startsWith("“A city may regulate its streets")) {
                judgeId = claim.get("id").asText();
                assertEquals(2, segments, line);
            }
        }
        assertTrue(judgeId != null, "the judge's quote is one claim: " + whole.lines());
        List<String> got = new ArrayList<>();
        List<JsonNode> judge = new ArrayList<>();
        for (String line : split.lines()) {
            JsonNode record = MAPPER.readTree(line);
            SchemaCheck.CLAIM.assertValid(record);
            assertSlicesInCodePoints(java.nio.file.Files.readString(Path.of(court)), record.get("content"));
            boolean part = record.get("id").asText().matches(".*#\\d+\\.\\d+");
            got.add(part ? record.get("id").asText() : line);
            if (record.get("id").asText().startsWith(judgeId + ".")) {
                judge.add(record);
            }
        }
        assertEquals(expected, got, "parts where a claim had several segments, the same lines elsewhere");
        assertEquals(List.of("“A city may regulate its streets, but it may not do so in the dark,”",
                        "“The council heard from no one who would be affected.”"),
                judge.stream().map(r -> r.at("/content/text").asText()).toList());
        for (JsonNode record : judge) {
            assertEquals("direct", record.get("type").asText());
            assertEquals("the judge", record.at("/source/text").asText());
            assertEquals("wrote", record.at("/cue/text").asText());
            assertEquals(1, record.get("quotes").size());
        }
    }

    @Test
    void segmentsSplitIsForTheLineFormats() {
        for (String format : new String[] {"brat", "html"}) {
            CliRun run = CliRun.withoutPipeline("extract", "x.txt", "--segments", "split", "--format", format, "-o", "out");
            assertEquals(ExitCodes.USAGE, run.exitCode(), format);
            assertTrue(run.stderr().contains("--segments split is for --format claims or document, not " + format),
                    run.stderr());
        }
    }

    /** Writing into a folder that holds files may overwrite some of them: the user hears so before it happens. */
    @Test
    void bratIntoAFolderThatHoldsFilesWarnsAndWritesBratsConfiguration(@TempDir Path out) throws IOException {
        java.nio.file.Files.writeString(out.resolve("notes.txt"), "mine");

        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract",
                folder.resolve("sub/emoji.txt").toString(), "--format", "brat", "-o", out.toString(), "--quiet");

        assertEquals(ExitCodes.OK, run.exitCode(), run.stderr());
        assertEquals("claimant: warning: " + out + " is not empty; files with the same names are overwritten",
                run.stderr().strip());
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("annotation.conf"))
                && java.nio.file.Files.isRegularFile(out.resolve("visual.conf")));
    }

    @Test
    void documentFormatHasOneLinePerInputInInputOrderWithTwoThreads() throws IOException {
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", folder.toString(), "--format", "document", "--threads", "2", "--quiet");

        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.stderr());
        assertEquals(2, run.errorLines().size(), "errors only, no summary with --quiet: " + run.stderr());
        List<String> docs = new ArrayList<>();
        for (String line : run.lines()) {
            JsonNode doc = MAPPER.readTree(line);
            SchemaCheck.DOCUMENT.assertValid(doc);
            String id = doc.get("doc").asText();
            docs.add(id);
            boolean bad = id.equals("binary.txt") || id.equals("latin1.txt");
            assertEquals(bad, !doc.get("error").isNull(), line);
            if (bad) {
                assertTrue(doc.get("error").asText().contains(id), line);
            } else {
                String text = ArticleFolder.decoded(id);
                assertEquals(text.codePointCount(0, text.length()), doc.get("text_length").asInt(), line);
            }
        }
        assertEquals(ArticleFolder.IDS, docs);
    }

    @Test
    void standardInputAndNamedFilesKeepTheirOrderAndNames() throws IOException {
        byte[] stdin = ArticleFolder.EMOJI.getBytes(StandardCharsets.UTF_8);
        Path missing = folder.resolve("missing.txt");
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), stdin, "extract", "--format=document",
                "-", folder.resolve("sub/emoji.txt").toString(), missing.toString());

        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.stderr());
        List<String> docs = run.lines().stream().map(l -> read(l).get("doc").asText()).toList();
        assertEquals(List.of("-", "emoji.txt", "missing.txt"), docs);
        assertEquals(run.lines().get(0).replace("\"doc\":\"-\"", ""),
                run.lines().get(1).replace("\"doc\":\"emoji.txt\"", "").replace("emoji.txt#", "-#"),
                "standard input is processed like a file");
        assertTrue(run.stderr().contains(missing + ": no such file"), run.stderr());
    }

    private static void assertSlicesInCodePoints(String text, JsonNode span) {
        int begin = text.offsetByCodePoints(0, span.get("begin").asInt());
        int end = text.offsetByCodePoints(0, span.get("end").asInt());
        assertEquals(span.get("text").asText(), text.substring(begin, end));
    }

    private static JsonNode read(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
