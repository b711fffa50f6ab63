package io.claimant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code claimant eval} gives the same scores whichever way the predictions reach it. */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dev() {
        String repo = System.getProperty("claimant.repo.dir", "..");
        return Path.of(repo, "src-test-data", "dev");
    }

    private static JsonNode eval(Path report, String... predArgs) throws Exception {
        String[] base = {"eval", "--gold", dev().toString(), "--report", report.toString(), "-t", "2"};
        String[] args = new String[base.length + predArgs.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(predArgs, 0, args, base.length, predArgs.length);
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0], args);
        assertEquals(0, run.exitCode(), run.stderr());
        String table = new String(run.json(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(table.contains("content (overlap)"), table);
        return JSON.readTree(Files.readString(report));
    }

    @Test
    void pipelineBratAndJsonLinesGiveTheSameNumbers(@TempDir Path tmp) throws Exception {
        JsonNode direct = eval(tmp.resolve("direct.json"));

        Path brat = tmp.resolve("brat");
        CliRun extractBrat = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", dev().toString(), "--format", "brat", "-o", brat.toString(), "-q");
        assertEquals(0, extractBrat.exitCode(), extractBrat.stderr());
        assertTrue(Files.exists(brat.resolve("port-levy.ann")) && Files.exists(brat.resolve("port-levy.txt")));
        JsonNode fromBrat = eval(tmp.resolve("brat.json"), "--pred", brat.toString());

        Path documents = tmp.resolve("documents.jsonl");
        CliRun extractDocs = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", dev().toString(), "--format", "document", "-o", documents.toString(), "-q");
        assertEquals(0, extractDocs.exitCode(), extractDocs.stderr());
        JsonNode fromDocuments = eval(tmp.resolve("documents.json"), "--pred", documents.toString());

        Path claims = tmp.resolve("claims.jsonl");
        CliRun extractClaims = CliRun.withPipeline(TestPipeline.shared(), new byte[0],
                "extract", dev().toString(), "-o", claims.toString(), "-q");
        assertEquals(0, extractClaims.exitCode(), extractClaims.stderr());
        JsonNode fromClaims = eval(tmp.resolve("claims.json"), "--pred", claims.toString());

        assertTrue(direct.path("metrics").path("content (overlap)").path("tp").asInt() > 40, direct.toString());
        assertEquals(direct.path("metrics"), fromBrat.path("metrics"));
        assertEquals(direct.path("metrics"), fromDocuments.path("metrics"));
        assertEquals(direct.path("speaker_accuracy"), fromBrat.path("speaker_accuracy"));
        // Claim lines carry no entity or quotation layer: those are n/a, the attribution scores are the same.
        for (String metric : new String[] {"content (exact)", "content (overlap)", "source (overlap)", "cue (overlap)",
                "attribution (content + source)"}) {
            assertEquals(direct.path("metrics").path(metric), fromClaims.path("metrics").path(metric), metric);
        }
        assertTrue(fromClaims.path("metrics").path("entities (CoNLL strict)").isNull());
    }

    @Test
    void missingGoldIsAUsageError() {
        CliRun run = CliRun.withoutPipeline("eval");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("--gold"), run.stderr());
    }

    @Test
    void goldFolderWithoutAnnotationsIsFatal(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("lonely.txt"), "Nobody annotated this.");
        CliRun run = CliRun.withoutPipeline("eval", "--gold", tmp.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.stderr().contains("no annotated articles"), run.stderr());
    }

    /** A claim line as extract writes it, cut to what the scorer reads. */
    private static String claimLine(String doc) {
        return "{\"doc\":\"" + doc + "\",\"type\":\"indirect\",\"source\":null,\"cue\":null,"
                + "\"content\":{\"text\":\"x\",\"begin\":0,\"end\":5,\"segments\":[[0,5]]}}\n";
    }

    @Test
    void aFileThatIsNotPredictionsIsFatalNotAZeroScore(@TempDir Path tmp) throws Exception {
        Path notPredictions = Files.writeString(tmp.resolve("report.json"), "{\"metrics\": {}}\n");

        CliRun run = CliRun.withoutPipeline("eval", "--gold", dev().toString(), "--pred", notPredictions.toString());

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("not a line of claimant extract's output"), run.stderr());
    }

    @Test
    void predictionsThatMatchNoGoldNameAreFatalAndNameBothSides(@TempDir Path tmp) throws Exception {
        Path pred = Files.writeString(tmp.resolve("claims.jsonl"), claimLine("a-bus-depot.txt.bak"));

        CliRun run = CliRun.withoutPipeline("eval", "--gold", dev().toString(), "--pred", pred.toString());

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("no predicted document in " + pred + " matches a gold document: "
                + "the predictions name a-bus-depot.txt.bak, the gold names a-bus-depot.txt"), run.stderr());
    }

    @Test
    void aBratFolderWithoutTheGoldsAnnFilesIsFatal(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("other.ann"), "");

        CliRun run = CliRun.withoutPipeline("eval", "--gold", dev().toString(), "--pred", tmp.toString());

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("no .ann file in " + tmp + " matches a gold document"), run.stderr());
    }

    /** extract run on the folder above the gold one names documents "dev/NAME.txt"; the gold says "NAME.txt". */
    @Test
    void aPredictedPathEndingInTheGoldNameIsThatDocument(@TempDir Path tmp) throws Exception {
        Path pred = Files.writeString(tmp.resolve("claims.jsonl"), claimLine("data/dev/a-bus-depot.txt"));
        Path report = tmp.resolve("report.json");

        CliRun run = CliRun.withoutPipeline("eval", "--gold", dev().toString(), "--pred", pred.toString(),
                "--only-predicted", "--report", report.toString());

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, JSON.readTree(Files.readString(report)).path("documents").asInt(), Files.readString(report));
        String table = new String(run.json(), java.nio.charset.StandardCharsets.UTF_8);
        // Quotations exact and overlap, entities strict and overlap: the rows claim lines cannot fill.
        assertEquals(4, table.lines().filter(l -> l.contains(
                "n/a (claims format has no quotations/entities; use --format document)")).count(), table);
    }

    @Test
    void aMissingPolnearFolderSaysWhereToGetIt(@TempDir Path tmp) {
        Path polnear = tmp.resolve("shared/polnear/dev");

        CliRun run = CliRun.withoutPipeline("eval", "--gold", polnear.toString());

        assertEquals(3, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("cannot list " + polnear + ": no such file or folder"), run.stderr());
        assertTrue(run.stderr().contains("https://github.com/networkdynamics/PolNeAR"), run.stderr());
    }
}
