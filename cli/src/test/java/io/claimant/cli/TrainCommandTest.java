package io.claimant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.model.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code claimant train} on four invented articles: the same data and settings give the same model bytes, the
 * model records what it was trained on, and {@code claimant extract --model} uses it.
 */
class TrainCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path fixture() throws URISyntaxException {
        return Path.of(TrainCommandTest.class.getResource("/training-fixture").toURI());
    }

    private static byte[] train(Path fixture, Path validation, Path model) throws Exception {
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "train", "--gold", fixture.toString(),
                "--validation-list", validation.toString(), "--c", "10", "--cue-bias", "0,1", "--cutoff", "1",
                "-t", "2", "-o", model.toString());
        assertEquals(0, run.exitCode(), run.stderr() + new String(run.json(), StandardCharsets.UTF_8));
        return Files.readAllBytes(model);
    }

    @Test
    void trainingTwiceGivesTheSameBytesAndTheModelExtracts(@TempDir Path tmp) throws Exception {
        Path validation = tmp.resolve("validation.txt");
        Files.writeString(validation, "# held out\nriver-study.txt\n");
        byte[] first = train(fixture(), validation, tmp.resolve("a.model"));
        byte[] second = train(fixture(), validation, tmp.resolve("b.model"));
        assertArrayEquals(first, second, "two trainings on the same data gave different model bytes");

        AttributionModel model = ModelFile.read(tmp.resolve("a.model"));
        assertEquals(List.of("harbour-vote.ann", "rail-strike.ann", "school-meals.ann"), model.card().trainingFiles());
        assertEquals(List.of("river-study.txt"), model.card().validationFiles());
        assertTrue(model.card().scores().containsKey("validation.content_overlap.f1"), model.card().scores().toString());

        CliRun extract = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract",
                fixture().resolve("rail-strike.txt").toString(), "--profile", "fast", "--model",
                tmp.resolve("a.model").toString(), "-q");
        assertEquals(0, extract.exitCode(), extract.stderr());
        boolean found = false;
        for (String line : extract.lines()) {
            JsonNode claim = JSON.readTree(line);
            found |= claim.path("cue").path("text").asText().equals("claimed")
                    && claim.path("content").path("text").asText().startsWith("that wages had fallen");
        }
        assertTrue(found, "the trained model should find the claim it was trained on: " + extract.lines());
    }

    @Test
    void aModelFileThatIsNotAModelIsAUsageError(@TempDir Path tmp) throws Exception {
        Path bogus = tmp.resolve("bogus.model");
        Files.writeString(bogus, "not a zip");
        CliRun run = CliRun.withPipeline(TestPipeline.shared(), new byte[0], "extract",
                fixture().resolve("rail-strike.txt").toString(), "--profile", "fast", "--model", bogus.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("bogus.model"), run.stderr());
    }
}
