package io.claimant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --steps}: the learned stage's steps after decoding, chosen at run time, without retraining. */
class StepsOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Speech reported within reported speech: PolNeAR, and so the shipped model, keeps only the outer one. */
    private static final byte[] NESTED = "Karel Voss said that the mayor warned that the pier was unsafe.\n"
            .getBytes(StandardCharsets.UTF_8);

    private static List<String> cues(CliRun run) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : run.lines()) {
            JsonNode claim = JSON.readTree(line);
            out.add(claim.path("cue").path("text").asText());
        }
        return out;
    }

    @Test
    void anUnknownStepOrTheRulesProfileIsAUsageErrorBeforeAnythingLoads() {
        CliRun bogus = CliRun.withoutPipeline("extract", "-", "--steps", "outermost-only,fallback");
        assertEquals(ExitCodes.USAGE, bogus.exitCode());
        assertTrue(bogus.stderr().contains("no step named 'fallback'") && bogus.stderr().contains("rule-fallback"),
                bogus.stderr());
        CliRun rules = CliRun.withoutPipeline("eval", "--gold", "x", "--profile", "rules", "--steps", "outermost-only");
        assertEquals(ExitCodes.USAGE, rules.exitCode());
        assertTrue(rules.stderr().contains("--steps is for the fast and accurate profiles, not rules"), rules.stderr());
    }

    @Test
    void theStepsGivenRunInsteadOfTheModels() throws Exception {
        CliRun all = CliRun.withPipeline(TestPipeline.shared(), NESTED, "extract", "-", "-q");
        CliRun withoutOutermost = CliRun.withPipeline(TestPipeline.shared(), NESTED, "extract", "-", "-q", "--steps",
                "relative-pronoun-source,source-from-rules,quote-continuation-from-rules,split-coordinated-claims,"
                        + "rule-fallback");
        CliRun none = CliRun.withPipeline(TestPipeline.shared(), NESTED, "extract", "-", "-q", "--steps", "");
        assertEquals(List.of("said"), cues(all), all.stderr());
        assertEquals(List.of("said", "warned"), cues(withoutOutermost), withoutOutermost.stderr());
        assertEquals(List.of("said", "warned"), cues(none), none.stderr());
    }
}
